/**
 * polityPaymaster against stand-in answers of the city's server (a local HTTP server): what it sends
 * is what the server's own request schema accepts, and each refusal becomes the SDK's error.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getAddress, type Hex } from 'viem';
import { entryPoint08Address } from 'viem/account-abstraction';
import { userOperationRequestSchema } from '../../server/src/sponsorship/user-operation.js';
import { SponsorshipRefusedError } from '../src/account/errors.js';
import { polityPaymaster } from '../src/account/polityPaymaster.js';
import { PolityServerUnreachableError } from '../src/server/errors.js';
import { freePort } from '../src/node/anvil.js';

const paymasterAddress = getAddress('0x610178da211fef7d417bc0e6fed39f05609ad788');
const operation = {
  chainId: 31337,
  entryPointAddress: entryPoint08Address,
  sender: getAddress('0x4187ef74e712d6ef96978ea6bb3027ed01bb5045'),
  nonce: 7n,
  factory: getAddress('0x9b9c7b96aa0512be61d120ee346d1f98d85c1b31'),
  factoryData: '0x0b7eb161' as Hex,
  callData: '0xe9ae5c53' as Hex,
  callGasLimit: 123_456n,
  verificationGasLimit: 320_000n,
  preVerificationGas: 51_234n,
  maxFeePerGas: 3_000_000_000n,
  maxPriorityFeePerGas: 1_000_000_000n,
  paymasterVerificationGasLimit: 61_000n,
  paymasterPostOpGasLimit: 0n,
};

describe('polityPaymaster', () => {
  let server: Server;
  let url: string;
  /** What the stand-in answers next: status and JSON body, per path. */
  const answers = new Map<string, { status: number; body: unknown }>();
  const received: { path: string; body: unknown }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        const path = request.url ?? '';
        received.push({ path, body: text ? JSON.parse(text) : undefined });
        const answer = answers.get(path) ?? { status: 404, body: { error: { code: 'not_found', message: 'no such route' } } };
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => new Promise<void>((closed) => server.close(() => closed())));

  test("asks for an approval in the server's own request format and returns its paymaster fields", async () => {
    answers.set('/sponsorship/approve', {
      status: 200,
      body: { paymaster: paymasterAddress.toLowerCase(), paymasterVerificationGasLimit: '61000', paymasterPostOpGasLimit: '0', paymasterData: '0xabcdef', validAfter: 0, validUntil: 1, userOperationHash: '0x00', maxCostWei: '1', remainingToday: 2 },
    });
    const fields = await polityPaymaster({ serverUrl: url }).getPaymasterData(operation);
    expect(fields).toEqual({ paymaster: paymasterAddress, paymasterData: '0xabcdef', paymasterVerificationGasLimit: 61_000n, paymasterPostOpGasLimit: 0n });
    const sent = received.at(-1)!;
    expect(sent.path).toBe('/sponsorship/approve');
    // The server's schema reads back exactly the operation's fields.
    const parsed = userOperationRequestSchema.parse(sent.body);
    const { chainId: _, entryPointAddress: __, ...fieldsSent } = operation;
    expect(parsed).toEqual({ ...fieldsSent, factory: operation.factory, factoryData: operation.factoryData });
  });

  test('the stub names the paymaster from the policy, with an approval of the real size', async () => {
    answers.set('/sponsorship/policy', { status: 200, body: { ready: true, unavailableReason: null, paymaster: paymasterAddress } });
    const stub = await polityPaymaster({ serverUrl: url }).getPaymasterStubData(operation);
    expect(stub.paymaster).toBe(paymasterAddress);
    expect(((stub.paymasterData as Hex).length - 2) / 2).toBe(6 + 6 + 65);
  });

  test('sponsorship off: SponsorshipRefusedError sponsorship_unavailable with the server reason, before any gas estimate', async () => {
    answers.set('/sponsorship/policy', { status: 200, body: { ready: false, unavailableReason: 'no key in POLITY_SPONSOR_KEY', paymaster: null } });
    const stub = polityPaymaster({ serverUrl: url }).getPaymasterStubData(operation);
    await expect(stub).rejects.toBeInstanceOf(SponsorshipRefusedError);
    await expect(stub).rejects.toMatchObject({ code: 'sponsorship_unavailable' });
    await expect(stub).rejects.toThrow('no key in POLITY_SPONSOR_KEY');
  });

  test("the period's budget used up: SponsorshipRefusedError budget_exhausted with the server's message", async () => {
    const message = "the city's budget for paying residents' transactions is used up until 2027-01-01; try again after that date";
    answers.set('/sponsorship/approve', { status: 429, body: { error: { code: 'budget_exhausted', message } } });
    const approval = polityPaymaster({ serverUrl: url }).getPaymasterData(operation);
    await expect(approval).rejects.toBeInstanceOf(SponsorshipRefusedError);
    await expect(approval).rejects.toMatchObject({ code: 'budget_exhausted', status: 429, source: 'server', serverMessage: message });
  });

  test('another entry point is refused before asking the server', async () => {
    const before = received.length;
    await expect(polityPaymaster({ serverUrl: url }).getPaymasterData({ ...operation, entryPointAddress: '0x0000000071727De22E5E9d8BAf0edAc6f37da032' })).rejects.toThrow(/not the v0\.8 EntryPoint/);
    expect(received.length).toBe(before);
  });

  test('the server unreachable: PolityServerUnreachableError naming it', async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    await expect(polityPaymaster({ serverUrl: down }).getPaymasterData(operation)).rejects.toBeInstanceOf(PolityServerUnreachableError);
  });
});
