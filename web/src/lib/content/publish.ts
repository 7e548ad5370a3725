import type { Hex } from 'viem';
import { contentBytes, contentHash, PolityServerError, publishContent, type PolityClient } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';
import { remember } from './read';
import { photoMarkdown } from './images';
import type { Photo } from './photos';

/**
 * Publishing, one request at a time: with a wallet each one is a signature prompt ("Polity content"),
 * and a resident should see them one after another, never several at once.
 */
let queue: Promise<unknown> = Promise.resolve();

function inTurn<result>(work: () => Promise<result>): Promise<result> {
  const turn = queue.then(work, work);
  queue = turn.catch(() => undefined);
  return turn;
}

/** What this page already published: the same text twice (two milestones called "Start") is published once. */
const published = new Set<Hex>();

/**
 * Signs and publishes through the server, once per content. A signature publishes once: the server
 * answers `replayed` when the same account sent the same bytes in the same second, and then the
 * content is already there.
 */
async function publishSigned(client: PolityClient, serverUrl: string, content: string | Uint8Array): Promise<Hex> {
  const hash = contentHash(content);
  if (published.has(hash)) return hash;
  try {
    await publishContent(client, { serverUrl, polity: session.polity, content });
  } catch (error) {
    if (!(error instanceof PolityServerError && error.code === 'replayed')) throw error;
  }
  published.add(hash);
  return hash;
}

/** Whether photos can be published: only through the city's Polity server (a plain content service takes texts). */
export function canPublishPhotos(): boolean {
  return session.config?.serverUrl !== undefined;
}

/**
 * Publishes a markdown text and returns its hash (to put on chain). Through the city's server it is
 * signed by `client`'s account (the wallet asks to sign "Polity content": it proves who published it
 * and sends nothing to the chain); without a server it goes to the plain content service.
 */
export function publishText(client: PolityClient, text: string): Promise<Hex> {
  return inTurn(async () => {
    const config = session.config;
    if (!config) throw new Error('the app is not configured yet');
    const hash = config.serverUrl === undefined ? await postUnsigned(config.contentUrl, text) : await publishSigned(client, config.serverUrl, text);
    remember(hash, contentBytes(text), text);
    return hash;
  });
}

/** Publishes a photo's bytes (already checked by `checkPhoto`) through the city's server, signed like a text. */
export function publishPhoto(client: PolityClient, bytes: Uint8Array): Promise<Hex> {
  return inTurn(async () => {
    const config = session.config;
    if (config?.serverUrl === undefined) throw new Error('photos can be published only through the city\'s Polity server (serverUrl in config.json)');
    const hash = await publishSigned(client, config.serverUrl, bytes);
    remember(hash, bytes, undefined);
    return hash;
  });
}

/**
 * Publishes the photos first, then the text that shows them (each by its content URL, with `alt` as
 * its alternative text), so the text's hash — the one on chain — covers the photos too.
 */
export async function publishTextWithPhotos(client: PolityClient, text: string, photos: readonly Photo[], alt: (index: number) => string): Promise<Hex> {
  if (photos.length === 0) return publishText(client, text);
  const hashes: Hex[] = [];
  for (const photo of photos) hashes.push(await publishPhoto(client, photo.bytes));
  const contentBase = `${session.config?.serverUrl ?? ''}/content`;
  return publishText(client, `${text.trimEnd()}\n\n${photoMarkdown(hashes, alt, contentBase)}\n`);
}

/** A plain content service (no server): `POST <contentUrl>` with the text. */
async function postUnsigned(contentUrl: string, text: string): Promise<Hex> {
  const response = await fetch(contentUrl, { method: 'POST', headers: { 'content-type': 'text/markdown; charset=utf-8' }, body: text });
  if (!response.ok) throw new Error(`the content service refused the text (HTTP ${response.status})`);
  return contentHash(text);
}
