/**
 * A translation is a published text of its own that says, in its settings block (front matter), which
 * original it translates and in which language:
 *
 *     ---
 *     translation-of: 0x8a35…   (the original's content hash, or a proposal description's keccak256)
 *     language: pl
 *     ---
 *     # Zielona Wesoła 2026
 *
 * or, for the city's topic and district names (on chain a topic is a string and a district a number):
 *
 *     ---
 *     translation-of: names
 *     language: pl
 *     ---
 *     {"topics":{"transport":"transport publiczny"},"districts":{"0":"Całe miasto"}}
 *
 * The original's hash stays the one the chain references; a translation is found through the index
 * (translations table) and checked by readers like any published text. Pure: no I/O.
 */
import type { Hex } from 'viem';
import { Problem } from '../http/problem.js';

/** What a translation declares: the original (a hash or `names`) and its language (a BCP 47 tag, lower case). */
export type TranslationClaim = { readonly kind: 'text'; readonly original: Hex; readonly language: string } | { readonly kind: 'names'; readonly original: 'names'; readonly language: string; readonly names: CityNames };

/** Topic names (keyed by the name on chain) and district names (keyed by the district number). */
export interface CityNames {
  readonly topics: Readonly<Record<string, string>>;
  readonly districts: Readonly<Record<string, string>>;
}

export const namesOriginal = 'names';

/** A language tag as BCP 47 writes the common ones: `pl`, `en`, `uk`, `pt-br`, `sr-latn`. */
const languageTag = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$/;
const settingsBlock = /^---\r?\n([\s\S]*?)\r?\n---\r?\n*/;
const maxNameLength = 200;

const invalid = (message: string) => new Problem(400, 'invalid_translation', message);

/** The settings of a text (keys in lower case) and what follows them. */
function settingsOf(text: string): { settings: Map<string, string>; body: string } {
  const match = settingsBlock.exec(text);
  const settings = new Map<string, string>();
  if (!match) return { settings, body: text };
  for (const line of match[1]!.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) settings.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { settings, body: text.slice(match[0].length) };
}

/**
 * What a published text declares as a translation, or undefined for any other text. A text that says
 * `translation-of` but is not a well-formed translation is refused (400), so nothing half-declared is
 * stored.
 */
export function translationClaim(text: string): TranslationClaim | undefined {
  const { settings, body } = settingsOf(text);
  const original = settings.get('translation-of');
  if (original === undefined) return undefined;
  const language = (settings.get('language') ?? '').toLowerCase();
  if (!languageTag.test(language)) {
    throw invalid(`a translation names its language in its settings as "language: pl" (a language tag such as pl, en, uk or pt-br); this one says "${settings.get('language') ?? ''}"`);
  }
  if (original.toLowerCase() === namesOriginal) return { kind: 'names', original: namesOriginal, language, names: parseNames(body) };
  if (!/^0x[0-9a-fA-F]{64}$/.test(original)) {
    throw invalid(`"translation-of" must be the content hash of the text it translates (0x followed by 64 hexadecimal digits) or "names"; this one says "${original}"`);
  }
  if (body.trim() === '') throw invalid('the translation has no text after its settings: write the translated title and text below them');
  return { kind: 'text', original: original.toLowerCase() as Hex, language };
}

function parseNames(body: string): CityNames {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw invalid('a names translation holds, after its settings, a JSON object such as {"topics":{"transport":"transport"},"districts":{"1":"Stara Miłosna"}}: this one is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid('a names translation holds a JSON object with "topics" and "districts"');
  const { topics = {}, districts = {}, ...rest } = parsed as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) throw invalid(`a names translation holds only "topics" and "districts", not ${extra.map((key) => `"${key}"`).join(', ')}`);
  const names = { topics: nameMap(topics, 'topics'), districts: nameMap(districts, 'districts') };
  for (const district of Object.keys(names.districts)) {
    if (!/^\d{1,5}$/.test(district)) throw invalid(`districts are named by their number, as the registry stores them: "${district}" is not one`);
  }
  if (Object.keys(names.topics).length + Object.keys(names.districts).length === 0) throw invalid('the names translation names no topic and no district: add at least one');
  return names;
}

function nameMap(value: unknown, what: string): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`"${what}" must be an object from each original name to its translation`);
  const names: Record<string, string> = {};
  for (const [key, name] of Object.entries(value)) {
    if (typeof name !== 'string' || name.trim() === '' || name.length > maxNameLength) {
      throw invalid(`the translation of ${what} "${key}" must be a name of 1 to ${maxNameLength} characters`);
    }
    names[key] = name.trim();
  }
  return names;
}
