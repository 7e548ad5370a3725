import type { Hash, Hex } from 'viem';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import type { PolityServerError, PolityServerUnreachableError } from './errors.js';
import { imageTypeOf } from './media.js';
import { contentBytes, contentHash } from './publication.js';
import { requestServer, serverBase } from './request.js';

/** The headers of `POST /content/referenced`: where the body's hash is referenced (exactly one). */
export const referenceHeaders = {
  /** A mined transaction whose polity event names the body's hash (a project's description). */
  transaction: 'x-polity-referenced-in',
  /** The hash of a text published on the server that names the body's hash (a description's photo). */
  text: 'x-polity-referenced-by',
} as const;

export interface PublishReferencedContentParameters {
  /** The city's Polity server (content goes to `<serverUrl>/content/referenced`). */
  readonly serverUrl: string;
  /** A markdown text, or the bytes of a text or an image. */
  readonly content: string | Uint8Array;
  /** Default: `text/markdown; charset=utf-8` for a string; for bytes, the image type their first bytes show. */
  readonly mediaType?: string;
  /** Where its hash is referenced: the transaction that put it on chain, or a published text that links it. */
  readonly referencedIn: { readonly transaction: Hash } | { readonly text: Hex };
}

export type PublishReferencedContentReturnType = Hex;

export type PublishReferencedContentErrorType = PolityInvalidInputError | PolityServerError | PolityServerUnreachableError;

/**
 * Publishes a text whose hash is already on chain (a project submitted with it as its description), or
 * an image a published text links to, with no signature: the on-chain action was the author's word on
 * these exact bytes, so a passkey resident confirms once. The server answers `not_referenced` (422) when
 * the reference does not name the content's hash, and `transaction_not_found` (404) before it is mined.
 * Councils and wallets keep publishing before acting with {@link publishContent}.
 */
export async function publishReferencedContent(parameters: PublishReferencedContentParameters): Promise<PublishReferencedContentReturnType> {
  const bytes = contentBytes(parameters.content);
  if (bytes.length === 0) throw new PolityInvalidInputError('content', 'is empty: there is nothing to publish');
  const mediaType = parameters.mediaType ?? (typeof parameters.content === 'string' ? 'text/markdown; charset=utf-8' : (imageTypeOf(bytes) ?? 'application/octet-stream'));
  const reference = parameters.referencedIn;
  const [header, value] = 'transaction' in reference ? [referenceHeaders.transaction, reference.transaction] : [referenceHeaders.text, reference.text];
  if (!/^0x[0-9a-fA-F]{64}$/.test(value)) throw new PolityInvalidInputError('referencedIn', `${value} is not a 32-byte hash (0x and 64 hexadecimal digits)`);
  const url = `${serverBase(parameters.serverUrl)}/content/referenced`;
  await requestServer(url, { method: 'POST', headers: { 'content-type': mediaType, [header]: value }, body: bytes as Uint8Array<ArrayBuffer> });
  return contentHash(bytes);
}
