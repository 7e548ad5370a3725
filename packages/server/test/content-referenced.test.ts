/**
 * POST /content/referenced: a resident's project description published with no signature, because the
 * transaction that submitted the project already carries its hash; the description's photos because the
 * published description links them. Anything the reference does not name is refused and nothing is stored.
 */
import { count } from 'drizzle-orm';
import { pino } from 'pino';
import { createTestClient, createWalletClient, encodeFunctionData, http, keccak256, toHex, zeroHash, type Hash, type Hex } from 'viem';
import { foundry } from 'viem/chains';
import { getBlock } from 'viem/actions';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { budgetRoundsAbi, openRound, PolityServerError, publishReferencedContent, readContent, referenceHeaders, submitProject } from '@polity/sdk';
import { contents } from '../src/db/schema.js';
import { startServer, type RunningServer } from '../src/server.js';
import { startContentCity, temporaryDirectory, type ContentCity } from './support/content-city.js';
import { png } from './support/images.js';

vi.setConfig({ testTimeout: 60_000 });

let city: ContentCity;
let server: RunningServer;
let dataDir: ReturnType<typeof temporaryDirectory>;
let roundId: bigint;

beforeAll(async () => {
  city = await startContentCity();
  dataDir = temporaryDirectory('polity-referenced-');
  server = await startServer(city.config(dataDir.path), { logger: pino({ level: 'silent' }) });
  // A fresh polity's rounds are opened by governance (the timelock holds ROUND_MANAGER_ROLE): the node acts for it.
  const transport = http(city.anvil.url, { retryCount: 0 });
  const node = createTestClient({ mode: 'anvil', chain: foundry, transport });
  await node.impersonateAccount({ address: city.polity.timelock });
  await node.setBalance({ address: city.polity.timelock, value: 10n ** 18n });
  const governance = createWalletClient({ account: city.polity.timelock, chain: foundry, transport });
  const now = Number((await getBlock(node)).timestamp);
  const opened = await openRound(governance, {
    polity: city.polity,
    categories: ['streets'],
    config: {
      token: city.polity.registry,
      district: 0,
      delegation: false,
      topic: 0,
      maxSubmissionsPerResident: 5,
      budget: 10_000n,
      ballot: { kind: 0, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
      timeline: { reviewStart: now + 86_400, votingStart: now + 2 * 86_400, votingEnd: now + 3 * 86_400 },
      counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
      descriptionHash: keccak256(toHex('# Streets\n')),
    },
  });
  roundId = opened.roundId;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await city?.stop();
  dataDir?.remove();
});

const unique = (label: string) => `# ${label}\n\nWritten at ${process.hrtime.bigint()}.\n`;

async function storedCount(): Promise<number> {
  const [row] = await server.context.db.select({ n: count() }).from(contents);
  return Number(row!.n);
}

/** The resident submits a project whose description hash is `text`'s; the transaction's hash. */
async function submitWith(text: string): Promise<Hash> {
  const { hash } = await submitProject(city.resident, { polity: city.polity, roundId, cost: 1_000n, category: 0, descriptionHash: keccak256(toHex(text)) });
  return hash;
}

async function post(body: string | Uint8Array, headers: Record<string, string>): Promise<{ status: number; body: { hash?: string; error?: { code: string; message: string } } }> {
  const response = await fetch(`${server.url}/content/referenced`, {
    method: 'POST',
    headers: { 'content-type': typeof body === 'string' ? 'text/markdown; charset=utf-8' : 'image/png', ...headers },
    body: (typeof body === 'string' ? new TextEncoder().encode(body) : body) as Uint8Array<ArrayBuffer>,
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** A refusal with this status and code, and nothing stored. */
async function expectRefused(body: string | Uint8Array, headers: Record<string, string>, status: number, code: string, message: RegExp) {
  const before = await storedCount();
  const answer = await post(body, headers);
  expect(answer.status).toBe(status);
  expect(answer.body.error?.code).toBe(code);
  expect(answer.body.error?.message).toMatch(message);
  expect(await storedCount()).toBe(before);
}

describe('POST /content/referenced: a project description named by its transaction', () => {
  it("publishes the text the project was submitted with, as the proposer's, with the SDK; again is 200", async () => {
    const text = unique('Benches on Jana Pawła');
    const transaction = await submitWith(text);
    const hash = await publishReferencedContent({ serverUrl: server.url, content: text, referencedIn: { transaction } });
    expect(hash).toBe(keccak256(toHex(text)));
    expect((await readContent(server.url, hash))?.text).toBe(text);
    const meta = await (await fetch(`${server.url}/content/${hash}/meta`)).json();
    expect(meta.publisher).toBe(city.resident.account.address);
    const again = await post(text, { [referenceHeaders.transaction]: transaction });
    expect(again.status).toBe(200);
    expect(again.body.hash).toBe(hash);
  });

  it('refuses a text the transaction does not carry (422 not_referenced), nothing stored', async () => {
    const transaction = await submitWith(unique('The real description'));
    await expectRefused(unique('Another text'), { [referenceHeaders.transaction]: transaction }, 422, 'not_referenced', /has no ProjectSubmitted .* with hash 0x[0-9a-f]{64}: send the exact text/);
    const error = await publishReferencedContent({ serverUrl: server.url, content: unique('Another text'), referencedIn: { transaction } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PolityServerError);
    expect(error).toMatchObject({ status: 422, code: 'not_referenced' });
  });

  it("refuses a transaction that is not the polity's project submission: an event from another contract does not count", async () => {
    // The text's hash on chain in calldata to some other address (a look-alike could emit anything there).
    const text = unique('Sent elsewhere');
    const data = encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'submitProject', args: [roundId, 1_000n, 0, 0, 0, keccak256(toHex(text))] });
    const transaction = await city.outsider.sendTransaction({ to: city.outsider.account.address, data });
    await expectRefused(text, { [referenceHeaders.transaction]: transaction }, 422, 'not_referenced', /has no ProjectSubmitted/);
  });

  it('says a transaction not mined yet is not found (404), so the client sends the text again later', async () => {
    await expectRefused(unique('Too early'), { [referenceHeaders.transaction]: keccak256(toHex('no such transaction')) }, 404, 'transaction_not_found', /no mined transaction 0x[0-9a-f]{64}: send the text again once/);
  });

  it('asks for exactly one reference, each a 32-byte hash (400 invalid_request)', async () => {
    const text = unique('No reference');
    const cases: Record<string, string>[] = [{}, { [referenceHeaders.transaction]: zeroHash, [referenceHeaders.text]: zeroHash }, { [referenceHeaders.transaction]: '0x1234' }];
    for (const headers of cases) {
      const before = await storedCount();
      const answer = await post(text, headers);
      expect(answer.status).toBe(400);
      expect(answer.body.error?.code).toBe('invalid_request');
      expect(answer.body.error?.message).toMatch(/exactly one of x-polity-referenced-in|64 hexadecimal digits/);
      expect(await storedCount()).toBe(before);
    }
  });
});

describe('POST /content/referenced: photos named by a published description', () => {
  it('publishes the photo the published description links, as the description\'s publisher; refuses one it does not link', async () => {
    const photoHash: Hex = keccak256(png);
    const text = `${unique('Benches with a photo')}\n![The square](/content/${photoHash})\n`;
    const transaction = await submitWith(text);
    // Before the description is published, nothing names the photo here.
    await expectRefused(png, { [referenceHeaders.text]: keccak256(toHex(text)) }, 404, 'content_not_found', /publish the text that shows this image first/);
    const textHash = await publishReferencedContent({ serverUrl: server.url, content: text, referencedIn: { transaction } });
    const published = await publishReferencedContent({ serverUrl: server.url, content: png, referencedIn: { text: textHash } });
    expect(published).toBe(photoHash);
    const meta = await (await fetch(`${server.url}/content/${photoHash}/meta`)).json();
    expect(meta).toMatchObject({ mediaType: 'image/png', publisher: city.resident.account.address });
    const other = new Uint8Array([...png, 0]);
    await expectRefused(other, { [referenceHeaders.text]: textHash }, 422, 'not_referenced', /does not name/);
  });
});

describe('POST /content/referenced in the OpenAPI document', () => {
  it('is described with both reference headers and its refusals', async () => {
    const document = await (await fetch(`${server.url}/openapi.json`)).json();
    const route = document.paths['/content/referenced']?.post;
    expect(route).toBeDefined();
    const headers = (route.parameters as { in: string; name: string }[]).filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name);
    expect(headers).toEqual(expect.arrayContaining([referenceHeaders.transaction, referenceHeaders.text]));
    expect(Object.keys(route.responses)).toEqual(expect.arrayContaining(['201', '404', '422']));
  });
});
