import { count } from 'drizzle-orm';
import { pino } from 'pino';
import { keccak256, toHex } from 'viem';
import { getCode } from 'viem/actions';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PolityServerError, publicationHeaders, publishContent, readContent, revokeResidents } from '@polity/sdk';
import { contents, publishSignatures } from '../src/db/schema.js';
import { startServer, type RunningServer } from '../src/server.js';
import { freePort } from './support/postgres.js';
import { startContentCity, temporaryDirectory, type ContentCity } from './support/content-city.js';
import { counterfactualErc1271Wallet, deployErc1271Wallet } from './support/erc1271-wallet.js';
import { jpeg, pdf, png, svg, webp } from './support/images.js';
import { nowSeconds, preparePublish, send } from './support/publish-request.js';

// Each request is checked on the chain: on a busy shared machine a test takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

let city: ContentCity;
let server: RunningServer;
let dataDir: ReturnType<typeof temporaryDirectory>;

beforeAll(async () => {
  city = await startContentCity();
  dataDir = temporaryDirectory('polity-content-');
  server = await startServer(city.config(dataDir.path), { logger: pino({ level: 'silent' }) });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await city?.stop();
  dataDir?.remove();
});

/** Rows in the content table and the used-signature table. */
async function stored(): Promise<{ contents: number; signatures: number }> {
  const [[c], [s]] = await Promise.all([
    server.context.db.select({ n: count() }).from(contents),
    server.context.db.select({ n: count() }).from(publishSignatures),
  ]);
  return { contents: Number(c!.n), signatures: Number(s!.n) };
}

/** Sends a request that must be refused with this status and code, and checks that nothing was stored. */
async function expectRefused(prepared: Parameters<typeof send>[1], status: number, code: string, message: RegExp) {
  const before = await stored();
  const answer = await send(server.url, prepared);
  expect(answer.status).toBe(status);
  expect(answer.body.error.code).toBe(code);
  expect(answer.body.error.message).toMatch(message);
  expect(await stored()).toEqual(before);
}

const unique = (label: string) => `# ${label}\n\nWritten at ${process.hrtime.bigint()}.\n`;

describe('POST /content: who may publish', () => {
  it('publishes an admitted resident\'s text (201), then answers 200 with the same hash for the same bytes', async () => {
    const text = unique('A bench by the river');
    const signedAt = nowSeconds();
    const first = await send(server.url, await preparePublish({ wallet: city.resident, polity: city.polity, content: text, signedAt }));
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ hash: keccak256(toHex(text)), mediaType: 'text/markdown; charset=utf-8', size: new TextEncoder().encode(text).length });
    const before = await stored();
    const again = await send(server.url, await preparePublish({ wallet: city.resident, polity: city.polity, content: text, signedAt: signedAt - 1n }));
    expect(again.status).toBe(200);
    expect(again.body.hash).toBe(first.body.hash);
    expect(await stored()).toEqual({ contents: before.contents, signatures: before.signatures + 1 });
  });

  it('publishes with the SDK from a council member whose key the node holds (eth_signTypedData_v4) and reads it back checked', async () => {
    const text = unique('Review: accepted');
    const hash = await publishContent(city.council, { serverUrl: server.url, polity: city.polity, content: text });
    expect(hash).toBe(keccak256(toHex(text)));
    const read = await readContent(server.url, hash);
    expect(read?.text).toBe(text);
    expect(read?.mediaType).toBe('text/markdown; charset=utf-8');
    const meta = await (await fetch(`${server.url}/content/${hash}/meta`)).json();
    expect(meta).toMatchObject({ hash, mediaType: 'text/markdown; charset=utf-8', publisher: city.councilAddress });
    expect(Number.isNaN(Date.parse(meta.publishedAt))).toBe(false);
  });

  it('publishes the same text twice in a row with the SDK: the second signature is not a replay of the first', async () => {
    const text = unique('Same text twice');
    const first = await publishContent(city.council, { serverUrl: server.url, polity: city.polity, content: text });
    const second = await publishContent(city.council, { serverUrl: server.url, polity: city.polity, content: text });
    expect(second).toBe(first);
    expect((await readContent(server.url, first))?.text).toBe(text);
  });

  it('publishes the registrar\'s images with the type their bytes show, whatever was declared', async () => {
    for (const [bytes, type, declared] of [
      [png, 'image/png', 'application/octet-stream'],
      [jpeg, 'image/jpeg', 'image/png'],
      [webp, 'image/webp', 'image/webp'],
    ] as const) {
      const answer = await send(server.url, await preparePublish({ wallet: city.registrar, polity: city.polity, content: bytes, contentType: declared }));
      expect(answer.status).toBe(201);
      expect(answer.body.mediaType).toBe(type);
      const response = await fetch(`${server.url}/content/${answer.body.hash}`);
      expect(response.headers.get('content-type')).toBe(type);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    }
  });

  it('asks the chain on every request: a revoked resident may no longer publish', async () => {
    const leaving = city.walletOf(5);
    await city.admit(leaving.account.address);
    expect((await send(server.url, await preparePublish({ wallet: leaving, polity: city.polity, content: unique('Before moving away') }))).status).toBe(201);
    await revokeResidents(city.registrar, { polity: city.polity, accounts: [leaving.account.address], reason: 'moved-away' });
    await expectRefused(await preparePublish({ wallet: leaving, polity: city.polity, content: unique('After moving away') }), 403, 'not_allowed', /may not publish/);
  });

  it('refuses an account with no role that is not a resident (403), saying who may publish', async () => {
    await expectRefused(await preparePublish({ wallet: city.outsider, polity: city.polity, content: unique('Spam') }), 403, 'not_allowed', /may not publish.*council members.*admitted residents/);
    const error = await publishContent(city.outsider, { serverUrl: server.url, polity: city.polity, content: unique('Spam') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PolityServerError);
    expect(error).toMatchObject({ status: 403, code: 'not_allowed' });
  });
});

describe('POST /content: smart accounts', () => {
  it('publishes for a deployed smart account that is a resident, its signature checked by ERC-1271', async () => {
    const wallet = await deployErc1271Wallet(city.outsider, city.outsider.account.address);
    await city.admit(wallet);
    const text = unique('From a smart account');
    const answer = await send(server.url, await preparePublish({ wallet: city.outsider, polity: city.polity, content: text, publisher: wallet }));
    expect(answer.status).toBe(201);
    expect((await (await fetch(`${server.url}/content/${answer.body.hash}/meta`)).json()).publisher).toBe(wallet);
    // The owner's signature in its own name is still refused: the owner is no resident.
    await expectRefused(await preparePublish({ wallet: city.outsider, polity: city.polity, content: unique('Owner') }), 403, 'not_allowed', /may not publish/);
  });

  it('publishes for a resident smart account not deployed yet, with an ERC-6492 signature', async () => {
    const account = counterfactualErc1271Wallet(city.outsider.account.address, `content-test-${process.hrtime.bigint()}`);
    expect(await getCode(city.resident, { address: account.address })).toBeUndefined();
    await city.admit(account.address);
    const answer = await send(server.url, await preparePublish({ wallet: city.outsider, polity: city.polity, content: unique('Counterfactual'), publisher: account.address, wrapSignature: account.wrap }));
    expect(answer.status).toBe(201);
    // Verifying simulated the deployment; nothing was deployed.
    expect(await getCode(city.resident, { address: account.address })).toBeUndefined();
    // Another key's signature, wrapped the same way, is refused.
    await expectRefused(
      await preparePublish({ wallet: city.registrar, polity: city.polity, content: unique('Not the owner'), publisher: account.address, wrapSignature: account.wrap }),
      401,
      'invalid_signature',
      /sign exactly that/,
    );
  });
});

describe('POST /content: what may be published', () => {
  it('refuses a text over the limit (413) without storing anything, with or without a declared length', async () => {
    const text = 'a'.repeat(64 * 1024 + 1);
    const prepared = await preparePublish({ wallet: city.resident, polity: city.polity, content: text });
    await expectRefused(prepared, 413, 'content_too_large', /a text may be at most 65,536 bytes; this one is 65,537/);
    // Sent in chunks without a length: read only until it passes the limit.
    const before = await stored();
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < prepared.body.length; offset += 8192) controller.enqueue(prepared.body.slice(offset, offset + 8192));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/content`, { method: 'POST', headers: prepared.headers, body: chunked, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toMatch(/at most 65,536 bytes/);
    expect(await stored()).toEqual(before);
  });

  it('refuses an image over its limit (413) as soon as its declared length says so', async () => {
    const large = new Uint8Array(2 * 1024 * 1024 + 1);
    large.set(png);
    await expectRefused(await preparePublish({ wallet: city.registrar, polity: city.polity, content: large, contentType: 'image/png' }), 413, 'content_too_large', /an image may be at most 2,097,152 bytes; this one is 2,097,153/);
  });

  it('refuses a body that does not hash to the signed content hash (400 hash_mismatch)', async () => {
    const signed = unique('What was signed');
    const prepared = await preparePublish({ wallet: city.resident, polity: city.polity, content: signed });
    await expectRefused({ headers: prepared.headers, body: new TextEncoder().encode(`${signed} and more`) }, 400, 'hash_mismatch', /is not the hash of the body/);
  });

  it('refuses bytes altered on the way when no hash is declared: the signature does not verify (401)', async () => {
    const prepared = await preparePublish({ wallet: city.resident, polity: city.polity, content: unique('Signed'), sendHash: false });
    await expectRefused({ headers: prepared.headers, body: new TextEncoder().encode('altered') }, 401, 'invalid_signature', /sign exactly that/);
  });

  it('refuses what is not a PNG, JPEG or WebP image (415), listing what is accepted', async () => {
    for (const [bytes, declared] of [
      [svg, 'image/svg+xml'],
      [svg, 'image/png'],
      [pdf, 'image/png'],
      [pdf, 'application/pdf'],
    ] as const) {
      await expectRefused(
        await preparePublish({ wallet: city.registrar, polity: city.polity, content: bytes, contentType: declared }),
        415,
        'unsupported_media_type',
        /accepts text\/markdown or text\/plain in UTF-8 \(up to 64 KiB\), or a PNG, JPEG or WebP image \(up to 2,048 KiB\)/,
      );
    }
  });

  it('refuses a text that is not UTF-8 (400) or declared in another charset (415)', async () => {
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]);
    await expectRefused(await preparePublish({ wallet: city.resident, polity: city.polity, content: latin1, contentType: 'text/plain' }), 400, 'invalid_utf8', /first bad byte is at offset 3/);
    await expectRefused(await preparePublish({ wallet: city.resident, polity: city.polity, content: 'Café', contentType: 'text/plain; charset=iso-8859-1' }), 415, 'unsupported_media_type', /convert the text to UTF-8/);
  });

  it('refuses an empty body (400)', async () => {
    await expectRefused(await preparePublish({ wallet: city.resident, polity: city.polity, content: '' }), 400, 'empty_content', /body is empty/);
  });
});

describe('POST /content: the signature', () => {
  it('refuses an unsigned request (400), naming the missing headers', async () => {
    await expectRefused({ headers: { 'content-type': 'text/markdown' }, body: new TextEncoder().encode(unique('Unsigned')) }, 400, 'invalid_request', /x-polity-publisher: is missing.*x-polity-signed-at: is missing.*x-polity-signature: is missing/);
  });

  it('refuses malformed headers (400), saying which and what they must be', async () => {
    const prepared = await preparePublish({ wallet: city.resident, polity: city.polity, content: unique('Malformed') });
    await expectRefused({ ...prepared, headers: { ...prepared.headers, [publicationHeaders.publisher]: 'alice' } }, 400, 'invalid_request', /x-polity-publisher: must be the address/);
    await expectRefused({ ...prepared, headers: { ...prepared.headers, [publicationHeaders.signedAt]: 'yesterday' } }, 400, 'invalid_request', /x-polity-signed-at: must be when the request was signed, in whole seconds/);
    await expectRefused({ ...prepared, headers: { ...prepared.headers, [publicationHeaders.signature]: 'signed' } }, 400, 'invalid_request', /x-polity-signature: must be the EIP-712 signature/);
    await expectRefused({ ...prepared, headers: { ...prepared.headers, [publicationHeaders.contentHash]: '0x1234' } }, 400, 'invalid_request', /x-polity-content-hash: must be the signed content hash/);
    const { 'content-type': _, ...withoutType } = prepared.headers;
    await expectRefused({ ...prepared, headers: withoutType }, 400, 'invalid_request', /content-type: is missing/);
  });

  it('refuses a replayed signature (409)', async () => {
    const prepared = await preparePublish({ wallet: city.resident, polity: city.polity, content: unique('Once') });
    expect((await send(server.url, prepared)).status).toBe(201);
    await expectRefused(prepared, 409, 'replayed', /used before: sign the publication again/);
  });

  it('refuses a request signed too long ago or too far ahead (401), saying to sign again', async () => {
    const old = nowSeconds() - 301n;
    await expectRefused(await preparePublish({ wallet: city.resident, polity: city.polity, content: unique('Old'), signedAt: old }), 401, 'stale_signature', new RegExp(`sign again: the request was signed at .*\\(${old}\\), more than 300 s ago`));
    await expectRefused(await preparePublish({ wallet: city.resident, polity: city.polity, content: unique('Future'), signedAt: nowSeconds() + 400n }), 401, 'stale_signature', /more than 300 s from now/);
  });

  it("refuses a signature by someone else than the publisher it names (401)", async () => {
    await expectRefused(
      await preparePublish({ wallet: city.outsider, polity: city.polity, content: unique('Impersonation'), publisher: city.resident.account.address }),
      401,
      'invalid_signature',
      new RegExp(`not ${city.resident.account.address}'s`),
    );
  });

  it('refuses a signature for another polity (401)', async () => {
    await expectRefused(
      await preparePublish({ wallet: city.resident, polity: { ...city.polity, registry: city.polity.rounds }, content: unique('Elsewhere') }),
      401,
      'invalid_signature',
      /"Polity content" domain/,
    );
  });
});

describe('POST /content when the chain does not answer', () => {
  it('answers 503 chain_unavailable and stores nothing, whether the signature or the roles could not be checked', async () => {
    const otherDir = temporaryDirectory('polity-content-no-chain-');
    const config = city.config(otherDir.path);
    const unreachable = await startServer({ ...config, chain: { ...config.chain, rpcUrls: [`http://127.0.0.1:${await freePort()}`] } }, { logger: pino({ level: 'silent' }) });
    try {
      const stored = async () => (await unreachable.context.db.select({ n: count() }).from(contents))[0]!.n;
      // An account's own signature verifies without the chain; who it is cannot be checked.
      let answer = await send(unreachable.url, await preparePublish({ wallet: city.resident, polity: city.polity, content: unique('No chain') }));
      expect(answer.status).toBe(503);
      expect(answer.body.error).toMatchObject({ code: 'chain_unavailable', message: expect.stringMatching(/check the publisher's roles.*nothing was stored: try again/) });
      // A smart account's signature needs the chain.
      const account = counterfactualErc1271Wallet(city.outsider.account.address, 'no-chain');
      answer = await send(unreachable.url, await preparePublish({ wallet: city.outsider, polity: city.polity, content: unique('No chain'), publisher: account.address, wrapSignature: account.wrap }));
      expect(answer.status).toBe(503);
      expect(answer.body.error.message).toMatch(/could not verify the publisher's signature/);
      expect(await stored()).toBe(0);
    } finally {
      await unreachable.stop();
      otherDir.remove();
    }
  }, 120_000);
});

describe('GET /content/{hash}', () => {
  it('serves the bytes immutable, with an ETag, and answers HEAD and If-None-Match', async () => {
    const text = unique('Cached');
    const { hash } = (await send(server.url, await preparePublish({ wallet: city.resident, polity: city.polity, content: text }))).body;
    const response = await fetch(`${server.url}/content/${hash.toUpperCase().replace('0X', '0x')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('etag')).toBe(`"${hash}"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(text);
    const head = await fetch(`${server.url}/content/${hash}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(new TextEncoder().encode(text).length));
    expect(head.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const revalidated = await fetch(`${server.url}/content/${hash}`, { headers: { 'if-none-match': `"${hash}"` } });
    expect(revalidated.status).toBe(304);
  });

  it('answers 404 with JSON for an unknown hash, and readContent answers undefined', async () => {
    const unknown = keccak256(toHex('never published'));
    for (const path of [`/content/${unknown}`, `/content/${unknown}/meta`]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      expect((await response.json()).error).toMatchObject({ code: 'content_not_found', message: expect.stringMatching(/nothing was published under/) });
    }
    expect((await fetch(`${server.url}/content/${unknown}`, { method: 'HEAD' })).status).toBe(404);
    expect(await readContent(server.url, unknown)).toBeUndefined();
  });

  it('answers 400 for a path that is not a content hash, and 404 for unknown routes', async () => {
    for (const path of ['/content/0x1234', '/content/readme.md', '/content/0x1234/meta']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toMatch(/hash: must be a content hash: 0x followed by 64 hexadecimal digits/);
    }
    for (const [method, path] of [['GET', '/content'], ['DELETE', `/content/${keccak256(toHex('x'))}`], ['GET', '/contents/0x00']]) {
      const response = await fetch(`${server.url}${path}`, { method });
      expect(response.status).toBe(404);
      expect((await response.json()).error.message).toMatch(/there is no route .* see \/openapi.json/);
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes every content route with its headers and every error status', async () => {
    const document = await (await fetch(`${server.url}/openapi.json`)).json();
    const post = document.paths['/content'].post;
    expect(post.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(expect.arrayContaining(['content-type', 'x-polity-publisher', 'x-polity-signed-at', 'x-polity-signature', 'x-polity-content-hash']));
    expect(Object.keys(post.requestBody.content)).toEqual(['text/markdown', 'text/plain', 'image/png', 'image/jpeg', 'image/webp']);
    expect(Object.keys(post.responses)).toEqual(['200', '201', '400', '401', '403', '409', '413', '415', '503']);
    expect(Object.keys(document.paths['/content/{hash}'])).toEqual(expect.arrayContaining(['get', 'head']));
    expect(Object.keys(document.paths['/content/{hash}'].get.responses)).toEqual(['200', '304', '400', '404']);
    expect(Object.keys(document.paths['/content/{hash}/meta'].get.responses)).toEqual(['200', '400', '404']);
  });
});
