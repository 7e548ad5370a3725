/** Builds signed `POST /content` requests by hand, so that tests can get every part of one wrong. */
import { keccak256, type Address, type Hex } from 'viem';
import { signTypedData } from 'viem/actions';
import { contentBytes, publicationHeaders, publicationTypedData, type PolityAddresses } from '@polity/sdk';
import type { Wallet } from './content-city.js';

export interface PublishRequestOptions {
  readonly wallet: Wallet;
  readonly polity: PolityAddresses;
  readonly content: string | Uint8Array;
  readonly contentType?: string;
  /** Default: now. */
  readonly signedAt?: bigint;
  /** Default: the wallet's address. */
  readonly publisher?: Address;
  /** The hash to sign; default: the content's. */
  readonly signedHash?: Hex;
  /** Turns the wallet's signature into the one sent (an ERC-6492 wrapper). */
  readonly wrapSignature?: (signature: Hex) => Hex;
  /** Whether to send x-polity-content-hash (default: yes). */
  readonly sendHash?: boolean;
}

export interface PreparedPublish {
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
  readonly hash: Hex;
  readonly signature: Hex;
}

export const nowSeconds = (): bigint => BigInt(Math.floor(Date.now() / 1000));

export async function preparePublish(options: PublishRequestOptions): Promise<PreparedPublish> {
  const body = contentBytes(options.content);
  const hash = keccak256(body);
  const signedHash = options.signedHash ?? hash;
  const publisher = options.publisher ?? options.wallet.account.address;
  const signedAt = options.signedAt ?? nowSeconds();
  const signed = await signTypedData(options.wallet, { account: options.wallet.account, ...publicationTypedData(options.polity, { contentHash: signedHash, publisher, signedAt }) });
  const signature = options.wrapSignature ? options.wrapSignature(signed) : signed;
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'text/markdown; charset=utf-8',
    [publicationHeaders.publisher]: publisher,
    [publicationHeaders.signedAt]: signedAt.toString(),
    [publicationHeaders.signature]: signature,
  };
  if (options.sendHash !== false) headers[publicationHeaders.contentHash] = signedHash;
  return { headers, body, hash, signature };
}

export async function send(serverUrl: string, prepared: Pick<PreparedPublish, 'headers' | 'body'>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${serverUrl}/content`, { method: 'POST', headers: prepared.headers, body: prepared.body as Uint8Array<ArrayBuffer> });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
