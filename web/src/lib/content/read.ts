import { keccak256, type Hex } from 'viem';
import { imageTypeOf, readContent } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';

/** What was published under a hash, its bytes checked against the hash. */
interface Published {
  readonly bytes: Uint8Array;
  readonly text: string | undefined;
}

const cache = new Map<Hex, Promise<Published | undefined>>();
const images = new Map<Hex, Promise<string | undefined>>();
const zero = /^0x0{64}$/;

/**
 * The bytes published under `hash`, or undefined when there are none or they do not match (a faulty
 * server's answer is never shown). Read once per page load: published content never changes.
 */
function readPublished(hash: Hex): Promise<Published | undefined> {
  if (zero.test(hash)) return Promise.resolve(undefined);
  const key = hash.toLowerCase() as Hex;
  let entry = cache.get(key);
  if (!entry) {
    entry = fetchPublished(key).catch(() => undefined);
    // A failed read is not remembered: the server may answer the next time the page asks.
    void entry.then((found) => {
      if (!found) cache.delete(key);
    });
    cache.set(key, entry);
  }
  return entry;
}

async function fetchPublished(hash: Hex): Promise<Published | undefined> {
  const config = session.config;
  if (!config) return undefined;
  if (config.serverUrl !== undefined) {
    // The SDK checks the bytes against the hash and throws on a mismatch.
    const found = await readContent(config.serverUrl, hash);
    return found && { bytes: found.bytes, text: found.text ?? decodeText(found.bytes) };
  }
  const response = await fetch(`${config.contentUrl}/${hash}`);
  if (!response.ok) return undefined;
  const bytes = new Uint8Array(await response.arrayBuffer());
  return keccak256(bytes) === hash ? { bytes, text: decodeText(bytes) } : undefined;
}

function decodeText(bytes: Uint8Array): string | undefined {
  if (imageTypeOf(bytes)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The text published under `hash`, or undefined when the service does not have it or it does not match. */
export async function readText(hash: Hex): Promise<string | undefined> {
  return (await readPublished(hash))?.text;
}

/**
 * A photo published under `hash`, as an object URL of its checked bytes (never the address the
 * text gave: the browser loads nothing the hash does not cover), or undefined when it is missing,
 * does not match, or is not a PNG, JPEG or WebP image.
 */
export function readImage(hash: Hex): Promise<string | undefined> {
  const key = hash.toLowerCase() as Hex;
  let entry = images.get(key);
  if (!entry) {
    entry = readPublished(key).then((found) => {
      const type = found && imageTypeOf(found.bytes);
      if (!found || !type) {
        images.delete(key);
        return undefined;
      }
      return URL.createObjectURL(new Blob([found.bytes as Uint8Array<ArrayBuffer>], { type }));
    });
    images.set(key, entry);
  }
  return entry;
}

/** Publishing put these bytes there: later reads need not ask the server. */
export function remember(hash: Hex, bytes: Uint8Array, text: string | undefined): void {
  cache.set(hash.toLowerCase() as Hex, Promise.resolve({ bytes, text }));
}
