/**
 * Translations through the content service: a text that declares "translation-of" and "language" is
 * published like any text, checked as a translation (its original known, its publisher allowed), and
 * indexed so that readers find the newest one per language; the original keeps its hash.
 */
import { count } from 'drizzle-orm';
import { pino } from 'pino';
import { keccak256, toHex, type Hex } from 'viem';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getTopics, publishContent, readContent } from '@polity/sdk';
import { contents, translations } from '../src/db/schema.js';
import { startServer, type RunningServer } from '../src/server.js';
import { startContentCity, temporaryDirectory, type ContentCity } from './support/content-city.js';
import { png } from './support/images.js';
import { preparePublish, send } from './support/publish-request.js';

vi.setConfig({ testTimeout: 60_000 });

let city: ContentCity;
let server: RunningServer;
let dataDir: ReturnType<typeof temporaryDirectory>;

beforeAll(async () => {
  city = await startContentCity();
  dataDir = temporaryDirectory('polity-translations-');
  server = await startServer(city.config(dataDir.path), { logger: pino({ level: 'silent' }) });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await city?.stop();
  dataDir?.remove();
});

const unique = (label: string) => `# ${label}\n\nWritten at ${process.hrtime.bigint()}.\n`;
const translation = (original: string, language: string, text: string) => `---\ntranslation-of: ${original}\nlanguage: ${language}\n---\n${text}`;
const names = (language: string, value: unknown) => `---\ntranslation-of: names\nlanguage: ${language}\n---\n${JSON.stringify(value)}\n`;

async function stored(): Promise<{ contents: number; translations: number }> {
  const [[c], [t]] = await Promise.all([server.context.db.select({ n: count() }).from(contents), server.context.db.select({ n: count() }).from(translations)]);
  return { contents: Number(c!.n), translations: Number(t!.n) };
}

async function translationsOf(original: string): Promise<{ language: string; hash: string; publisher: string }[]> {
  const response = await fetch(`${server.url}/content/${original}/translations`);
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body.original).toBe(original.toLowerCase());
  return body.translations;
}

/** Publishes as `wallet` and expects a refusal with this status and code; nothing may be stored. */
async function expectRefused(wallet: ContentCity['resident'], content: string, status: number, code: string, message: RegExp) {
  const before = await stored();
  const answer = await send(server.url, await preparePublish({ wallet, polity: city.polity, content }));
  expect({ status: answer.status, code: answer.body.error.code }).toEqual({ status, code });
  expect(answer.body.error.message).toMatch(message);
  expect(await stored()).toEqual(before);
}

const councilPublishes = (content: string) => publishContent(city.council, { serverUrl: server.url, polity: city.polity, content });

describe('translations of texts', () => {
  it("indexes a council member's translation under its original and language; the original keeps its hash and bytes", async () => {
    const original = unique('Green Wesoła 2026');
    const originalHash = await councilPublishes(original);
    expect(await translationsOf(originalHash)).toEqual([]);
    const polish = translation(originalHash, 'pl', '# Zielona Wesoła 2026\n\nMiasto przeznacza 150 000 zł.\n');
    const polishHash = await councilPublishes(polish);
    expect(polishHash).toBe(keccak256(toHex(polish)));
    const listed = await translationsOf(originalHash);
    expect(listed).toEqual([{ language: 'pl', hash: polishHash, publisher: city.councilAddress, publishedAt: expect.any(String) }]);
    // Readers check the translation like any text, and the original is untouched under the chain's hash.
    expect((await readContent(server.url, polishHash))?.text).toBe(polish);
    expect((await readContent(server.url, originalHash))?.text).toBe(original);
  });

  it("lets a resident translate their own text, and not someone else's", async () => {
    const own = unique('A bench by the river');
    const first = await send(server.url, await preparePublish({ wallet: city.resident, polity: city.polity, content: own }));
    expect(first.status).toBe(201);
    const mine = translation(first.body.hash, 'pl', '# Ławka nad rzeką\n\nNowa ławka.\n');
    const answer = await send(server.url, await preparePublish({ wallet: city.resident, polity: city.polity, content: mine }));
    expect(answer.status).toBe(201);
    expect((await translationsOf(first.body.hash)).map((entry) => [entry.language, entry.hash])).toEqual([['pl', answer.body.hash]]);

    const councils = await councilPublishes(unique('Review: accepted'));
    await expectRefused(city.resident, translation(councils, 'pl', '# Recenzja\n\nPrzyjęty.\n'), 403, 'not_allowed', /translated by its author .* or a council member/);
    // The registrar publishes texts, but is not the council: a council text is not theirs to translate.
    await expectRefused(city.registrar, translation(councils, 'pl', '# Recenzja\n\nPrzyjęty.\n'), 403, 'not_allowed', /may not publish this translation/);
    // Someone who may not publish at all is refused as before.
    await expectRefused(city.outsider, translation(councils, 'pl', '# Recenzja\n\nPrzyjęty.\n'), 403, 'not_allowed', /may not publish on this server/);
    expect(await translationsOf(councils)).toEqual([]);
  });

  it('refuses a translation of an unknown original (404), of an image, and of a translation (422), storing nothing', async () => {
    const unknown = keccak256(toHex(unique('never published')));
    await expectRefused(city.resident, translation(unknown, 'pl', '# Nic\n\nNic.\n'), 404, 'original_not_found', /nothing was published under .* publish the original first/);
    const imageHash = await publishContent(city.council, { serverUrl: server.url, polity: city.polity, content: png });
    expect(imageHash).toBe(keccak256(png));
    await expect(councilPublishes(translation(imageHash, 'pl', '# Zdjęcie\n\nZdjęcie.\n'))).rejects.toThrow(/is an image, not a text/);
    const original = await councilPublishes(unique('Culture in Wesoła'));
    const polish = await councilPublishes(translation(original, 'pl', '# Kultura w Wesołej\n\nTekst.\n'));
    const before = await stored();
    await expect(councilPublishes(translation(polish, 'uk', '# Культура\n\nТекст.\n'))).rejects.toThrow(/is itself a translation: translate the original/);
    expect(await stored()).toEqual(before);
  });

  it('refuses a malformed translation (400) saying what to write', async () => {
    const original = await councilPublishes(unique('Trees'));
    await expectRefused(city.resident, translation(original, 'Polish', '# Drzewa\n\nTekst.\n'), 400, 'invalid_translation', /"language: pl"/);
    await expectRefused(city.resident, translation('round 5', 'pl', '# Drzewa\n\nTekst.\n'), 400, 'invalid_translation', /content hash of the text it translates/);
    await expectRefused(city.resident, translation(original, 'pl', '\n'), 400, 'invalid_translation', /no text after its settings/);
  });

  it('serves the newest translation per language (a correction replaces the earlier one), every language listed', async () => {
    const byResident = async (content: string, signedAt?: bigint): Promise<{ status: number; hash: Hex }> => {
      const answer = await send(server.url, await preparePublish({ wallet: city.resident, polity: city.polity, content, ...(signedAt === undefined ? {} : { signedAt }) }));
      return { status: answer.status, hash: answer.body.hash };
    };
    const { hash: original } = await byResident(unique('Night bus'));
    const { hash: first } = await byResident(translation(original, 'pl', '# Nocny autobs\n\nLiterówka.\n'));
    const { hash: ukrainian } = await byResident(translation(original, 'uk', '# Нічний автобус\n\nТекст.\n'));
    const newest = async () => Object.fromEntries((await translationsOf(original)).map((entry) => [entry.language, entry.hash]));
    expect(await newest()).toEqual({ pl: first, uk: ukrainian });
    const corrected = translation(original, 'pl', '# Nocny autobus\n\nPoprawione.\n');
    const { hash: correctedHash } = await byResident(corrected);
    expect(await newest()).toEqual({ pl: correctedHash, uk: ukrainian });
    // Publishing the same bytes again (another signature) answers 200 and indexes nothing new.
    const before = await stored();
    expect(await byResident(corrected, BigInt(Math.floor(Date.now() / 1000)) - 5n)).toEqual({ status: 200, hash: correctedHash });
    expect((await stored()).translations).toBe(before.translations);
    expect(await newest()).toEqual({ pl: correctedHash, uk: ukrainian });
  });

  it('answers 400 for a path that is not a content hash', async () => {
    const response = await fetch(`${server.url}/content/round-5/translations`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/content hash/);
  });
});

describe('topic and district names', () => {
  it("takes the council's names text for a language, refuses unknown topics and anyone else", async () => {
    const { topics } = await getTopics(city.council, { polity: city.polity });
    const topic = topics[0]!.name;
    const polish = names('pl', { topics: { [topic]: 'sprawy ogólne' }, districts: { '0': 'Całe miasto' } });
    const hash = await councilPublishes(polish);
    const response = await fetch(`${server.url}/translations/names`);
    expect(response.status).toBe(200);
    expect((await response.json()).translations).toEqual([{ language: 'pl', hash, publisher: city.councilAddress, publishedAt: expect.any(String) }]);

    await expect(councilPublishes(names('pl', { topics: { 'no such topic': 'nic' } }))).rejects.toThrow(/no topic named "no such topic"/);
    await expectRefused(city.resident, names('pl', { districts: { '1': 'Stara Miłosna' } }), 403, 'not_allowed', /names are translated by the council/);
    await expectRefused(city.resident, names('pl', { districts: { north: 'Północ' } }), 400, 'invalid_translation', /districts are named by their number/);
    await expectRefused(city.resident, '---\ntranslation-of: names\nlanguage: pl\n---\nnot json\n', 400, 'invalid_translation', /not JSON/);
    const listed = (await (await fetch(`${server.url}/translations/names`)).json()).translations as { hash: Hex }[];
    expect(listed.map((entry) => entry.hash)).toEqual([hash]);
  });
});
