/**
 * Texts in several languages. A translation is a published text of its own whose settings say which
 * original it translates (the original's content hash, the one the chain references) and its language;
 * the city's topic and district names are one such text per language (`translation-of: names`, then
 * JSON). The city's server indexes them (docs/server.md#translations). Pure: which version a reader
 * sees is decided here, from texts already read and checked.
 */
import type { Hex } from 'viem';
import { splitMetadata, withMetadata } from './metadata';

export const namesOriginal = 'names';

/** Topic names keyed by the name on chain, district names keyed by the district number. */
export interface CityNames {
  readonly topics: Readonly<Record<string, string>>;
  readonly districts: Readonly<Record<string, string>>;
}

/** What a text declares itself a translation of, and in which language; undefined for any other text. */
export function declaredTranslation(text: string): { readonly original: string; readonly language: string } | undefined {
  const { metadata } = splitMetadata(text);
  const original = metadata['translation-of']?.toLowerCase();
  const language = metadata.language?.toLowerCase();
  return original && language ? { original, language } : undefined;
}

/** A translation of the text published under `original`: its title and text in `language`. */
export function translationText(original: Hex, language: string, title: string, body: string): string {
  return withMetadata(`# ${title.trim().replace(/\s+/g, ' ')}\n\n${body.trim()}\n`, { 'translation-of': original.toLowerCase(), language });
}

/** The city's topic and district names in `language` (empty names left out). */
export function namesText(language: string, names: CityNames): string {
  const filled = (record: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(record).map(([key, name]) => [key, name.trim()]).filter(([, name]) => name !== ''));
  return withMetadata(`${JSON.stringify({ topics: filled(names.topics), districts: filled(names.districts) })}\n`, { 'translation-of': namesOriginal, language });
}

/** The names a names text holds, or undefined when it is not one (for `language`) or is malformed. */
export function parseNames(text: string, language: string): CityNames | undefined {
  const declared = declaredTranslation(text);
  if (declared?.original !== namesOriginal || declared.language !== language) return undefined;
  try {
    const parsed = JSON.parse(splitMetadata(text).text) as { topics?: unknown; districts?: unknown };
    return { topics: stringsOf(parsed.topics), districts: stringsOf(parsed.districts) };
  } catch {
    return undefined;
  }
}

function stringsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The language a text is written in: the one its settings declare, else the city's (`cityLanguage`). */
export function languageOf(text: string, cityLanguage: string): string {
  return splitMetadata(text).metadata.language?.toLowerCase() ?? cityLanguage;
}

/** The version of a text a reader sees. */
export interface ShownVersion {
  readonly text: string;
  readonly language: string;
  /** 'translation': in the reader's language; 'original': as written (the reader's language or not). */
  readonly version: 'translation' | 'original';
  /** Whether to mark it "original language": shown as written, in another language than the reader's. */
  readonly foreign: boolean;
}

/**
 * The reader's language when the original is in it or a translation into it exists (one that declares
 * exactly this original and language: a translation of another text is never shown for this one);
 * otherwise the original, marked. `wantOriginal` shows the original whatever the reader's language.
 */
export function chooseVersion(options: {
  readonly original: Hex;
  readonly originalText: string;
  readonly translation: string | undefined;
  readonly reader: string;
  readonly cityLanguage: string;
  readonly wantOriginal?: boolean;
}): ShownVersion {
  const reader = options.reader.toLowerCase();
  const originalLanguage = languageOf(options.originalText, options.cityLanguage);
  const original: ShownVersion = { text: options.originalText, language: originalLanguage, version: 'original', foreign: originalLanguage !== reader };
  if (options.wantOriginal || originalLanguage === reader || options.translation === undefined) return original;
  const declared = declaredTranslation(options.translation);
  if (declared?.original !== options.original.toLowerCase() || declared.language !== reader) return original;
  return { text: options.translation, language: reader, version: 'translation', foreign: false };
}

/** A name in the reader's language when the city published one, else the name as it is. */
export function translatedName(names: CityNames | undefined, kind: 'topics' | 'districts', key: string, fallback: string): string {
  return names?.[kind][key] ?? fallback;
}
