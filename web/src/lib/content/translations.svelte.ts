/**
 * Reading translations through the city's server (docs/server.md#translations). The
 * server says which published text translates an original into a language; the translation's bytes are
 * read by their own hash and checked like any text, and `chooseVersion` shows one only if it declares
 * exactly that original and language. Without a server there are no translations: originals are shown.
 */
import type { Hex } from 'viem';
import { SvelteSet } from 'svelte/reactivity';
import { baseLocale } from '$lib/paraglide/runtime.js';
import { session } from '$lib/chain/session.svelte';
import { readText } from './read';
import { namesOriginal, parseNames, type CityNames } from './translation';

interface TranslationEntry {
  readonly language: string;
  readonly hash: Hex;
}

/** The language texts are written in when they do not say: the app's base language. */
export const cityLanguage = baseLocale;

const lists = new Map<string, Promise<readonly TranslationEntry[]>>();

/** Bumped when a translation is published here, so that shown texts read their list again. */
export const translationRevision = $state({ value: 0 });

/** Originals the reader chose to see as written (shared by a text's title and body on one page). */
export const originalsWanted = new SvelteSet<string>();

function listOf(original: string): Promise<readonly TranslationEntry[]> {
  const serverUrl = session.config?.serverUrl;
  if (serverUrl === undefined) return Promise.resolve([]);
  const key = original.toLowerCase();
  let entry = lists.get(key);
  if (!entry) {
    const path = key === namesOriginal ? '/translations/names' : `/content/${key}/translations`;
    // The server lets browsers keep a list for a minute; after publishing here, it is asked again.
    entry = fetch(`${serverUrl}${path}`, translationRevision.value > 0 ? { cache: 'no-cache' } : {})
      .then(async (response) => (response.ok ? ((await response.json()) as { translations: TranslationEntry[] }).translations : []))
      .catch(() => []);
    // An unanswered list is asked again next time; an answered one holds until something is published here.
    void entry.then((list) => {
      if (list.length === 0) lists.delete(key);
    });
    lists.set(key, entry);
  }
  return entry;
}

/** The newest translation of `original` into `language` (its text, checked against its hash), if any. */
export async function readTranslation(original: Hex, language: string): Promise<string | undefined> {
  const found = (await listOf(original)).find((entry) => entry.language === language.toLowerCase());
  return found && readText(found.hash);
}

/** The city's topic and district names in `language`, if the council published them. */
export async function readNames(language: string): Promise<CityNames | undefined> {
  const found = (await listOf(namesOriginal)).find((entry) => entry.language === language.toLowerCase());
  const text = found && (await readText(found.hash));
  return text === undefined ? undefined : parseNames(text, language.toLowerCase());
}

/** Something was published for `original` here: its list is read again, and shown texts follow. */
export function translationPublished(original: string): void {
  lists.delete(original.toLowerCase());
  translationRevision.value += 1;
}

/** Whether translations can be read and published: only through the city's Polity server. */
export function translationsAvailable(): boolean {
  return session.config?.serverUrl !== undefined;
}
