/**
 * A project description submitted with one passkey prompt. A signed publication would be a second
 * prompt, so the order is turned round: the description's hash (covering its photos' links) goes on
 * chain with the project, and then the city's server takes the text on the strength of that
 * transaction, and the photos on the strength of the published text (`POST /content/referenced`,
 * docs/server.md). Until the server has them, the text and photos stay in this browser and are sent
 * again on the next visit: the project is on chain already, so its description must not be lost.
 */
import { bytesToHex, hexToBytes, type Hash, type Hex } from 'viem';
import { contentBytes, contentHash, PolityServerError, publishReferencedContent } from '@polity/sdk';
import { photoMarkdown } from '$lib/content/images';
import { remember } from '$lib/content/read';
import type { Photo } from '$lib/content/photos';

export interface ProjectDescription {
  /** The markdown, photo links included: the hash on chain is this text's. */
  readonly text: string;
  readonly hash: Hex;
  readonly photos: readonly Pick<Photo, 'bytes' | 'hash'>[];
}

/** The description as it will be published, the photos linked from `contentBase` (the server's /content). */
export function projectDescription(text: string, photos: readonly Pick<Photo, 'bytes' | 'hash'>[], alt: (index: number) => string, contentBase: string): ProjectDescription {
  const full = photos.length === 0 ? text : `${text.trimEnd()}\n\n${photoMarkdown(photos.map((photo) => photo.hash), alt, contentBase)}\n`;
  return { text: full, hash: contentHash(full), photos };
}

/** Publishes the text by the transaction that submitted the project, then each photo by the text. */
export async function publishDescription(serverUrl: string, description: ProjectDescription, transaction: Hash): Promise<void> {
  await publishReferencedContent({ serverUrl, content: description.text, referencedIn: { transaction } });
  remember(description.hash, contentBytes(description.text), description.text);
  for (const photo of description.photos) {
    await publishReferencedContent({ serverUrl, content: photo.bytes, referencedIn: { text: description.hash } });
    remember(photo.hash, photo.bytes, undefined);
  }
}

const storageKey = 'polity.unpublished-descriptions';

interface KeptDescription {
  readonly text: string;
  readonly transaction: Hash;
  /** Hex of each photo's bytes. */
  readonly photos: readonly Hex[];
}

function kept(): KeptDescription[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(value) ? (value as KeptDescription[]) : [];
  } catch {
    return [];
  }
}

function keep(list: readonly KeptDescription[]): void {
  try {
    if (list.length === 0) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify(list));
  } catch {
    // Storage full (large photos): the text is still sent again while this page stays open.
  }
}

/**
 * Publishes a submitted project's description, keeping it in this browser until the server has it.
 * Returns whether it is published now (false: it will be sent again, see `publishKeptDescriptions`).
 */
export async function publishSubmittedDescription(serverUrl: string, description: ProjectDescription, transaction: Hash): Promise<boolean> {
  const entry: KeptDescription = { text: description.text, transaction, photos: description.photos.map((photo) => bytesToHex(photo.bytes)) };
  keep([...kept().filter((other) => other.transaction !== transaction || other.text !== entry.text), entry]);
  return publishKept(serverUrl, entry);
}

/** Sends again what an earlier visit could not publish (the server was down, the page was closed). */
export async function publishKeptDescriptions(serverUrl: string): Promise<void> {
  for (const entry of kept()) await publishKept(serverUrl, entry);
}

async function publishKept(serverUrl: string, entry: KeptDescription): Promise<boolean> {
  const photos = entry.photos.map((hex) => {
    const bytes = hexToBytes(hex);
    return { bytes, hash: contentHash(bytes) };
  });
  let published = true;
  try {
    await publishDescription(serverUrl, { text: entry.text, hash: contentHash(entry.text), photos }, entry.transaction);
  } catch (error) {
    // A reference the server will never accept (not this transaction's text) is dropped; anything else is tried again.
    if (!(error instanceof PolityServerError && error.code === 'not_referenced')) return false;
    published = false;
  }
  keep(kept().filter((other) => other.transaction !== entry.transaction || other.text !== entry.text));
  return published;
}
