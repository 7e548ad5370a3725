import { createServer, type Server } from 'node:http';
import { createPublicClient, http } from 'viem';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getTopics } from '../actions/membership/getTopics.js';
import { startAnvil, type Anvil } from '../node/anvil.js';
import { PolityNoContractError, PolityNotAnRpcEndpointError, PolityRpcUnavailableError } from './errors/base.js';
import type { PolityAddresses } from './polity.js';

const polity: PolityAddresses = {
  chainId: 31337,
  registry: '0x1000000000000000000000000000000000000001',
  governor: '0x1000000000000000000000000000000000000002',
  timelock: '0x1000000000000000000000000000000000000003',
  rounds: '0x1000000000000000000000000000000000000004',
  results: '0x1000000000000000000000000000000000000005',
  escrow: '0x1000000000000000000000000000000000000006',
};

/** A server that answers every request with this status, type and body: a web app, a 404. */
async function serve(status: number, type: string, body: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

const clientAt = (url: string) => createPublicClient({ chain: foundry, transport: http(url, { retryCount: 0 }) });

describe('connections that are not what they should be', () => {
  const servers: Server[] = [];
  let anvil: Anvil;
  beforeAll(async () => {
    anvil = await startAnvil();
  });
  afterAll(async () => {
    await anvil?.stop();
    await Promise.all(servers.map((server) => new Promise((closed) => server.close(closed))));
  });

  test.each([
    ['a web page', 200, 'text/html', '<!doctype html><title>Polity</title>', /answered with something that is not JSON, not as an Ethereum JSON-RPC node/],
    ['a 404', 404, 'text/plain', 'Not Found', /answered with HTTP 404, not as an Ethereum JSON-RPC node: give the URL of a node's RPC endpoint/],
    ['a JSON API of another kind', 200, 'application/json', '{"status":"ok"}', /answered with JSON that is not a JSON-RPC result, not as an Ethereum JSON-RPC node/],
    ['an endpoint that wants a key', 401, 'text/plain', 'Unauthorized', /refused access \(HTTP 401\): check the provider's API key/],
  ])('%s at the RPC URL is named for what it is', async (_, status, type, body, message) => {
    const { url, server } = await serve(status, type, body);
    servers.push(server);
    const reading = getTopics(clientAt(url), { polity });
    await expect(reading).rejects.toThrow(PolityNotAnRpcEndpointError);
    await expect(reading).rejects.toThrow(message);
    await expect(reading).rejects.toThrow(url);
    // A subclass of the unavailable endpoint, so code that handles that handles this too.
    await expect(reading).rejects.toBeInstanceOf(PolityRpcUnavailableError);
  });

  test('addresses without code on the connected chain are refused before anything is read or sent', async () => {
    const reading = getTopics(clientAt(anvil.url), { polity });
    await expect(reading).rejects.toThrow(PolityNoContractError);
    await expect(reading).rejects.toThrow(
      "no contract at 0x1000000000000000000000000000000000000001 (the polity's registry) on chain 31337: is this the right network?",
    );
  });
});
