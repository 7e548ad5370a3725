/**
 * Publishing by reference (see references.ts): the body is read within its limit and typed like any
 * publication, then stored only if a transaction or a published text names its hash. Every check
 * happens before anything is written.
 */
import { getAddress, keccak256 } from 'viem';
import type { ServerContext } from '../context.js';
import { Problem } from '../http/problem.js';
import { readBodyWithin } from './body.js';
import { mediaTypeOf, sizeLimitOf } from './media.js';
import type { PublishResult } from './publish.js';
import { referencingAuthor, type ContentReference } from './references.js';
import { storeReferencedContent } from './store.js';

export interface PublishReferencedRequest {
  readonly declaredType: string;
  readonly reference: ContentReference;
  readonly request: Request;
}

export async function publishReferenced(context: ServerContext, input: PublishReferencedRequest): Promise<PublishResult> {
  const limits = context.config.content;
  const { limit, what } = sizeLimitOf(input.declaredType, limits);
  const bytes = await readBodyWithin(input.request, limit, what);
  if (bytes.length === 0) throw new Problem(400, 'empty_content', 'the body is empty: send the text or image itself as the request body');
  const mediaType = mediaTypeOf(input.declaredType, bytes, limits);
  const hash = keccak256(bytes);
  const publisher = getAddress(await referencingAuthor(context, hash, input.reference));
  const result = await storeReferencedContent(context.db, { hash, mediaType, bytes, publisher });
  context.log.info({ hash, mediaType, size: bytes.length, publisher, reference: input.reference, created: result.created }, 'content published by reference');
  return result;
}
