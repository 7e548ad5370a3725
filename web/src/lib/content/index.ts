/**
 * Published texts: project descriptions, round descriptions, rejection reasons, milestone evidence.
 * The chain keeps only each text's content hash; the text itself lives with a content service
 * (`contentUrl` in the config). Every text read is checked against its hash before it is shown.
 */
import { keccak256, toBytes, type Hex } from 'viem';

export interface PublishedText {
  readonly title: string;
  readonly body: string;
}

const cache = new Map<Hex, Promise<string | undefined>>();

/** The hash a text is published under: keccak256 of its UTF-8 bytes. */
export function contentHash(text: string): Hex {
  return keccak256(toBytes(text));
}

/** Splits a markdown text into its first-level heading and the rest. */
export function splitTitle(text: string): PublishedText {
  const match = /^#\s+(.+)\n*/.exec(text);
  return match ? { title: match[1]!.trim(), body: text.slice(match[0].length) } : { title: text.split('\n')[0] ?? '', body: text };
}

/** The text published under `hash`, or undefined when the service does not have it or it does not match. */
export function readContent(contentUrl: string, hash: Hex): Promise<string | undefined> {
  if (/^0x0{64}$/.test(hash)) return Promise.resolve(undefined);
  let entry = cache.get(hash);
  if (!entry) {
    entry = fetch(`${contentUrl}/${hash}`)
      .then(async (response) => (response.ok ? response.text() : undefined))
      .then((text) => (text !== undefined && contentHash(text) === hash ? text : undefined))
      .catch(() => undefined);
    cache.set(hash, entry);
  }
  return entry;
}

/** Publishes a text and returns its hash (to put on chain). */
export async function publishContent(contentUrl: string, text: string): Promise<Hex> {
  const hash = contentHash(text);
  const response = await fetch(contentUrl, { method: 'POST', headers: { 'content-type': 'text/markdown; charset=utf-8' }, body: text });
  if (!response.ok) throw new Error(`the content service refused the text (HTTP ${response.status})`);
  cache.set(hash, Promise.resolve(text));
  return hash;
}
