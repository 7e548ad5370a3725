import { createServer, type Server } from 'node:http';
import { keccak256, toHex } from 'viem';
import { afterEach, describe, expect, it } from 'vitest';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import { PolityContentMismatchError, PolityServerError, PolityServerUnreachableError } from './errors.js';
import { readContent } from './readContent.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A stand-in server answering every request the same way. */
async function fakeServer(status: number, body: Uint8Array | string, type: string): Promise<string> {
  server = createServer((_, response) => response.writeHead(status, { 'content-type': type }).end(body));
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const text = '# Plac zabaw\n\nNowe huśtawki.\n';
const hash = keccak256(toHex(text));

describe('readContent', () => {
  it('returns the bytes and the text when they hash to the hash asked for', async () => {
    const url = await fakeServer(200, text, 'text/markdown; charset=utf-8');
    const content = await readContent(url, hash);
    expect(content).toMatchObject({ hash, mediaType: 'text/markdown; charset=utf-8', text });
    expect(content?.bytes).toEqual(new TextEncoder().encode(text));
  });

  it('returns an image without a text', async () => {
    const image = Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]);
    const url = await fakeServer(200, image, 'image/jpeg');
    expect(await readContent(url, keccak256(image))).toMatchObject({ mediaType: 'image/jpeg', bytes: image, text: undefined });
  });

  it('refuses bytes that do not hash to the hash (a faulty or hostile server)', async () => {
    const url = await fakeServer(200, `${text} (edited)`, 'text/markdown; charset=utf-8');
    const error = await readContent(url, hash).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PolityContentMismatchError);
    expect(error).toMatchObject({ hash, receivedHash: keccak256(toHex(`${text} (edited)`)) });
  });

  it("answers undefined for the server's 'nothing published under this hash', and throws for any other 404", async () => {
    let url = await fakeServer(404, JSON.stringify({ error: { code: 'content_not_found', message: 'nothing was published under it' } }), 'application/json');
    expect(await readContent(url, hash)).toBeUndefined();
    await new Promise<void>((done) => server!.close(() => done()));
    url = await fakeServer(404, '<h1>Not found</h1>', 'text/html');
    await expect(readContent(url, hash)).rejects.toThrow(/is not a Polity server's content route: check the server URL/);
  });

  it('throws server errors and an unreachable server as such', async () => {
    const url = await fakeServer(503, JSON.stringify({ error: { code: 'unavailable', message: 'the database does not answer' } }), 'application/json');
    await expect(readContent(url, hash)).rejects.toBeInstanceOf(PolityServerError);
    await new Promise<void>((done) => server!.close(() => done()));
    server = undefined;
    await expect(readContent(url, hash)).rejects.toBeInstanceOf(PolityServerUnreachableError);
  });

  it('refuses a hash that is not one before asking anything', async () => {
    await expect(readContent('http://127.0.0.1:9', '0x1234')).rejects.toBeInstanceOf(PolityInvalidInputError);
  });
});
