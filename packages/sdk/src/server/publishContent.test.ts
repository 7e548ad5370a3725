import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createWalletClient, custom, keccak256, verifyTypedData, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { afterEach, describe, expect, it } from 'vitest';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import { PolityServerError, PolityServerUnreachableError } from './errors.js';
import { publicationHeaders, publicationTypedData } from './publication.js';
import { publishContent } from './publishContent.js';

const account = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
// Signing with a local account needs no node: the transport is never asked.
const client = createWalletClient({ account, transport: custom({ request: async () => { throw new Error('no node in this test'); } }) });
const polity = { chainId: 31337, registry: '0x5FbDB2315678afecb367f032d93F642f64180aa3' } as const;

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: Uint8Array;
}

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A stand-in for the Polity server that records the request and answers as told. */
async function fakeServer(status: number, answer: string, type = 'application/json'): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: new Uint8Array(Buffer.concat(chunks)) });
      response.writeHead(status, { 'content-type': type }).end(answer);
    });
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, received };
}

describe('publishContent', () => {
  it('posts the bytes signed by the account, with the headers the server reads, and returns the hash', async () => {
    const text = '# Zielony skwer\n\nDrzewa przy szkole.\n';
    const hash = keccak256(new TextEncoder().encode(text));
    const { url, received } = await fakeServer(201, JSON.stringify({ hash, mediaType: 'text/markdown; charset=utf-8', size: 40 }));
    expect(await publishContent(client, { serverUrl: url, polity, content: text })).toBe(hash);
    const [request] = received;
    expect(new TextDecoder().decode(request!.body)).toBe(text);
    expect(request!.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(request!.headers[publicationHeaders.publisher]).toBe(account.address);
    expect(request!.headers[publicationHeaders.contentHash]).toBe(hash);
    const signedAt = BigInt(request!.headers[publicationHeaders.signedAt] as string);
    const signature = request!.headers[publicationHeaders.signature] as Hex;
    expect(await verifyTypedData({ address: account.address, signature, ...publicationTypedData(polity, { contentHash: hash, publisher: account.address, signedAt }) })).toBe(true);
  });

  it('declares bytes by the image type they show, and other bytes as application/octet-stream', async () => {
    const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001', 'hex'));
    const { url, received } = await fakeServer(201, '{}');
    await publishContent(client, { serverUrl: url, polity, content: png });
    await publishContent(client, { serverUrl: url, polity, content: Uint8Array.from([1, 2, 3]) });
    expect(received.map((request) => request.headers['content-type'])).toEqual(['image/png', 'application/octet-stream']);
  });

  it("throws the server's refusal as a PolityServerError with its status, code and message", async () => {
    const { url } = await fakeServer(403, JSON.stringify({ error: { code: 'not_allowed', message: '0xabc may not publish on this server' } }));
    const error = await publishContent(client, { serverUrl: url, polity, content: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PolityServerError);
    expect(error).toMatchObject({ status: 403, code: 'not_allowed', serverMessage: '0xabc may not publish on this server', url: `${url}content` });
    expect((error as Error).message).toMatch(/may not publish on this server \(the Polity server at .* answered 403 not_allowed\)/);
  });

  it("keeps a proxy's error page as the message when the answer is not the server's JSON", async () => {
    const { url } = await fakeServer(502, 'Bad gateway: upstream closed', 'text/plain');
    await expect(publishContent(client, { serverUrl: url, polity, content: 'x' })).rejects.toMatchObject({ status: 502, code: 'http_502', serverMessage: 'Bad gateway: upstream closed' });
  });

  it('says the server cannot be reached at its URL when nothing listens there', async () => {
    const { url } = await fakeServer(200, '{}');
    await new Promise<void>((done) => server!.close(() => done()));
    server = undefined;
    const error = await publishContent(client, { serverUrl: url, polity, content: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PolityServerUnreachableError);
    expect((error as Error).message).toMatch(new RegExp(`the Polity server cannot be reached at ${url}content .*check the server URL and that the server is running`));
  });

  it('refuses empty content and a polity without a registry address before signing anything', async () => {
    await expect(publishContent(client, { serverUrl: 'http://127.0.0.1:9', polity, content: '' })).rejects.toBeInstanceOf(PolityInvalidInputError);
    await expect(publishContent(client, { serverUrl: 'http://127.0.0.1:9', polity: { ...polity, registry: '0x12' as Hex }, content: 'x' })).rejects.toThrow(/polity.registry/);
  });
});
