/**
 * Publishing: a signed request from someone entitled to publish stores bytes under the hash the chain
 * will point to. Every check happens before anything is written; what is written (content and used
 * signature) is written in one transaction.
 */
import { getAddress, keccak256, type Address, type Hex } from 'viem';
import type { ServerContext } from '../context.js';
import { Problem } from '../http/problem.js';
import { readBodyWithin } from './body.js';
import { mediaTypeOf, sizeLimitOf } from './media.js';
import { requirePublisher } from './publishers.js';
import { checkCanonical, checkFreshness, signatureKey, verifyPublication } from './signature.js';
import { translationClaim } from './translation.js';
import { requireTranslator } from './translators.js';
import { forgetSignaturesBefore, replayed, signatureUsed, storeContent, type ContentMeta } from './store.js';

export interface PublishRequest {
  readonly declaredType: string;
  readonly publisher: Address;
  readonly signedAt: bigint;
  readonly signature: Hex;
  /** The hash the publisher says they signed, when they say so. */
  readonly claimedHash: Hex | undefined;
  readonly request: Request;
}

export interface PublishResult {
  readonly created: boolean;
  readonly meta: ContentMeta;
}

/** How often (ms) used signatures that are stale anyway are forgotten, per server. */
const pruneEvery = 3600_000;
const lastPruned = new WeakMap<ServerContext, number>();

export async function publish(context: ServerContext, input: PublishRequest): Promise<PublishResult> {
  const limits = context.config.content;
  const publisher = getAddress(input.publisher);
  checkFreshness(input.signedAt, limits.signatureMaxAgeSeconds);
  checkCanonical(input.signature);
  const { limit, what } = sizeLimitOf(input.declaredType, limits);
  const bytes = await readBodyWithin(input.request, limit, what);
  if (bytes.length === 0) throw new Problem(400, 'empty_content', 'the body is empty: send the text or image itself as the request body');
  const mediaType = mediaTypeOf(input.declaredType, bytes, limits);
  const contentHash = keccak256(bytes);
  if (input.claimedHash !== undefined && input.claimedHash.toLowerCase() !== contentHash) {
    throw new Problem(
      400,
      'hash_mismatch',
      `the signed content hash ${input.claimedHash} is not the hash of the body (keccak256 of its ${bytes.length} bytes is ${contentHash}): sign the hash of exactly the bytes you send, and send them unaltered`,
    );
  }
  // A text that declares itself a translation is checked as one (well-formed, its original known).
  const claim = mediaType.startsWith('text/') ? translationClaim(new TextDecoder().decode(bytes)) : undefined;
  const key = signatureKey(input.signature);
  if (await signatureUsed(context.db, key)) throw replayed();
  await verifyPublication(context, { contentHash, publisher, signedAt: input.signedAt, signature: input.signature });
  const entitlement = await requirePublisher(context, publisher);
  if (claim) await requireTranslator(context, publisher, claim);
  const translation = claim && { original: claim.original, language: claim.language };
  const result = await storeContent(context.db, { hash: contentHash, mediaType, bytes, publisher, signatureKey: key, signedAt: input.signedAt, translation });
  context.log.info({ hash: contentHash, mediaType, size: bytes.length, publisher, entitlement, translation, created: result.created }, 'content published');
  await pruneUsedSignatures(context);
  return result;
}

async function pruneUsedSignatures(context: ServerContext): Promise<void> {
  if (Date.now() - (lastPruned.get(context) ?? 0) < pruneEvery) return;
  lastPruned.set(context, Date.now());
  const lifetime = context.config.content.signatureMaxAgeSeconds * 1000;
  await forgetSignaturesBefore(context.db, new Date(Date.now() - 2 * lifetime)).catch((error: unknown) => context.log.warn({ err: error }, 'could not forget old signatures'));
}
