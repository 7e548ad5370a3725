import { keccak256, type Hex } from 'viem';
import { requireBytes32 } from '../chain/client.js';
import type { PolityInvalidInputError } from '../chain/errors/base.js';
import { PolityContentMismatchError, PolityServerError, type PolityServerUnreachableError } from './errors.js';
import { mediaTypeEssence } from './media.js';
import { requestServer, serverBase } from './request.js';

/** Content as published, checked against its hash. */
export interface PublishedContent {
  readonly hash: Hex;
  /** As the server stored it: `text/markdown; charset=utf-8`, `text/plain; charset=utf-8`, `image/png`, `image/jpeg`, `image/webp`. */
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  /** The text, for a text; undefined for an image. */
  readonly text: string | undefined;
}

/** The content, or undefined when nothing was published under the hash. */
export type ReadContentReturnType = PublishedContent | undefined;

export type ReadContentErrorType = PolityInvalidInputError | PolityContentMismatchError | PolityServerError | PolityServerUnreachableError;

/**
 * Reads what was published under a content hash from a Polity server, and returns it only when its
 * bytes hash to that hash: a faulty or hostile server cannot make an app show anything else
 * ({@link PolityContentMismatchError}). Undefined when the server has nothing under the hash.
 */
export async function readContent(serverUrl: string, hash: Hex): Promise<ReadContentReturnType> {
  const expected = requireBytes32(hash, 'hash').toLowerCase() as Hex;
  const url = `${serverBase(serverUrl)}/content/${expected}`;
  const response = await requestServer(url, {}, { accept: [404] });
  if (response.status === 404) {
    // Only the server's own "nothing published under this hash" means absent; any other 404 (a
    // wrong server URL) is an error worth seeing.
    const answer = (await response.json().catch(() => undefined)) as { error?: { code?: unknown } } | undefined;
    if (answer?.error?.code === 'content_not_found') return undefined;
    throw new PolityServerError({ status: 404, code: 'not_found', message: `${url} is not a Polity server's content route: check the server URL`, url });
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const receivedHash = keccak256(bytes);
  if (receivedHash !== expected) throw new PolityContentMismatchError({ hash: expected, receivedHash, url });
  const mediaType = response.headers.get('content-type') ?? 'application/octet-stream';
  const text = mediaTypeEssence(mediaType).startsWith('text/') ? new TextDecoder('utf-8').decode(bytes) : undefined;
  return { hash: expected, mediaType, bytes, text };
}
