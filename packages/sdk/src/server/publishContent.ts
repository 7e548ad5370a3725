import { type Account, type Address, type Hex } from 'viem';
import { signTypedData } from 'viem/actions';
import { addressOf, requireAddress, senderOf, type PolityClient } from '../chain/client.js';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import type { PolityAddresses } from '../chain/polity.js';
import type { PolityServerError, PolityServerUnreachableError } from './errors.js';
import { imageTypeOf } from './media.js';
import { contentBytes, contentHash, publicationHeaders, publicationTypedData } from './publication.js';
import { requestServer, serverBase } from './request.js';

export interface PublishContentParameters {
  /** The city's Polity server, e.g. `https://polity.example.org` (content goes to `<serverUrl>/content`). */
  readonly serverUrl: string;
  readonly polity: Pick<PolityAddresses, 'chainId' | 'registry'>;
  /** A markdown text, or the bytes of a text or an image (PNG, JPEG, WebP). */
  readonly content: string | Uint8Array;
  /**
   * The declared type. Default: `text/markdown; charset=utf-8` for a string; for bytes, the image type
   * their first bytes show. The server checks an image's type from its bytes whatever is declared.
   */
  readonly mediaType?: string;
  /** Signs with this account instead of the client's (a local account, an address the node holds, a wallet's). */
  readonly account?: Account | Address;
}

/** The content hash to put on chain (keccak256 of the published bytes). */
export type PublishContentReturnType = Hex;

export type PublishContentErrorType = PolityInvalidInputError | PolityServerError | PolityServerUnreachableError;

/**
 * Publishes a text or an image on the city's Polity server, signed by the client's account (EIP-712
 * `Publication`, {@link publicationTypedData}), and returns its content hash. Publishing the same bytes
 * again is harmless. The server accepts it from council members, round managers, the registrar,
 * governance and admitted residents; anything else is refused with a {@link PolityServerError} whose
 * `code` and message say why.
 */
export async function publishContent(client: PolityClient, parameters: PublishContentParameters): Promise<PublishContentReturnType> {
  const { polity } = parameters;
  const registry = requireAddress(polity.registry, 'polity.registry');
  const bytes = contentBytes(parameters.content);
  if (bytes.length === 0) throw new PolityInvalidInputError('content', 'is empty: there is nothing to publish');
  const mediaType = parameters.mediaType ?? (typeof parameters.content === 'string' ? 'text/markdown; charset=utf-8' : (imageTypeOf(bytes) ?? 'application/octet-stream'));
  const account = senderOf(client, parameters.account);
  const publisher = addressOf(account);
  const hash = contentHash(bytes);
  const signedAt = await freshSecond(`${publisher.toLowerCase()}:${hash}`);
  const signature = await signTypedData(client, { account, ...publicationTypedData({ chainId: polity.chainId, registry }, { contentHash: hash, publisher, signedAt }) });
  const url = `${serverBase(parameters.serverUrl)}/content`;
  const response = await requestServer(url, {
    method: 'POST',
    headers: {
      'content-type': mediaType,
      [publicationHeaders.publisher]: publisher,
      [publicationHeaders.signedAt]: signedAt.toString(),
      [publicationHeaders.signature]: signature,
      [publicationHeaders.contentHash]: hash,
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  const answer = (await response.json().catch(() => ({}))) as { hash?: unknown };
  if (typeof answer.hash === 'string' && answer.hash.toLowerCase() !== hash) {
    throw new PolityInvalidInputError('serverUrl', `${url} stored the content under ${answer.hash} instead of ${hash}: it is not a Polity content server`);
  }
  return hash;
}

/** The second of the publications this process signed in the last second it signed one, by publisher and content hash. */
let recent: { second: bigint; keys: Set<string> } = { second: -1n, keys: new Set() };

/**
 * The current second as `signedAt`, or the next one if this publisher already signed these bytes in the
 * current second: the signature would be the same, and the server refuses a signature it has seen
 * (409 `replayed`), so publishing the same text twice in one second (a round's identical project texts,
 * a script publishing fast) would fail although publishing the same bytes again is harmless.
 */
async function freshSecond(key: string): Promise<bigint> {
  let second = BigInt(Math.floor(Date.now() / 1000));
  // A loop, not one wait: another call for the same bytes may have taken the next second meanwhile.
  while (second === recent.second && recent.keys.has(key)) {
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 1));
    second = BigInt(Math.floor(Date.now() / 1000));
  }
  if (second !== recent.second) recent = { second, keys: new Set() };
  recent.keys.add(key);
  return second;
}
