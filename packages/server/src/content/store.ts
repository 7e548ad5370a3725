/**
 * Published content in the database: the content and the signature that published it are written in
 * one transaction, so that a request either leaves both or neither, whatever happens to the process.
 */
import { eq, lt } from 'drizzle-orm';
import type { Address, Hex } from 'viem';
import type { PolityDatabase } from '../db/open.js';
import { contents, publishSignatures, translations } from '../db/schema.js';
import { Problem } from '../http/problem.js';

export interface ContentMeta {
  readonly hash: Hex;
  readonly mediaType: string;
  readonly size: number;
  /** The account whose request published it first. */
  readonly publisher: Address;
  readonly publishedAt: Date;
}

export interface StoredContent extends ContentMeta {
  readonly bytes: Uint8Array;
}

export interface NewContent {
  readonly hash: Hex;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly publisher: Address;
  readonly signatureKey: Hex;
  readonly signedAt: bigint;
  /** When the text is a translation: what it translates and into which language (indexed with it). */
  readonly translation?: { readonly original: string; readonly language: string };
}

const meta = {
  hash: contents.hash,
  mediaType: contents.mediaType,
  size: contents.size,
  publisher: contents.publisher,
  publishedAt: contents.publishedAt,
};

export const replayed = () => new Problem(409, 'replayed', 'this signature was used before: sign the publication again (a signature publishes once)');

/** Whether a signature was already used (checked before the slower verification; the insert decides). */
export async function signatureUsed(db: PolityDatabase, signatureKey: Hex): Promise<boolean> {
  const rows = await db.select({ key: publishSignatures.signatureHash }).from(publishSignatures).where(eq(publishSignatures.signatureHash, signatureKey)).limit(1);
  return rows.length > 0;
}

/**
 * Stores the content (unless the same bytes are there already) and marks the signature used. `created`
 * says whether the bytes are new. A signature used meanwhile by another request is refused (409).
 */
export async function storeContent(db: PolityDatabase, content: NewContent): Promise<{ created: boolean; meta: ContentMeta }> {
  return db.transaction(async (tx) => {
    const used = await tx
      .insert(publishSignatures)
      .values({ signatureHash: content.signatureKey, publisher: content.publisher, signedAt: new Date(Number(content.signedAt) * 1000) })
      .onConflictDoNothing()
      .returning({ key: publishSignatures.signatureHash });
    if (used.length === 0) throw replayed();
    const inserted = await tx
      .insert(contents)
      .values({ hash: content.hash, mediaType: content.mediaType, bytes: content.bytes, size: content.bytes.length, publisher: content.publisher })
      .onConflictDoNothing()
      .returning(meta);
    if (content.translation) {
      await tx
        .insert(translations)
        .values({ original: content.translation.original, language: content.translation.language, hash: content.hash, publisher: content.publisher })
        .onConflictDoNothing();
    }
    if (inserted[0]) return { created: true, meta: inserted[0] as ContentMeta };
    const [existing] = await tx.select(meta).from(contents).where(eq(contents.hash, content.hash));
    if (!existing) throw new Error(`content ${content.hash} was neither inserted nor found`);
    return { created: false, meta: existing as ContentMeta };
  });
}

/**
 * Stores content published on the strength of a chain or text reference (no signature to remember).
 * `created` says whether the bytes are new; the first publisher stays the publisher.
 */
export async function storeReferencedContent(db: PolityDatabase, content: Omit<NewContent, 'signatureKey' | 'signedAt'>): Promise<{ created: boolean; meta: ContentMeta }> {
  const inserted = await db
    .insert(contents)
    .values({ hash: content.hash, mediaType: content.mediaType, bytes: content.bytes, size: content.bytes.length, publisher: content.publisher })
    .onConflictDoNothing()
    .returning(meta);
  if (inserted[0]) return { created: true, meta: inserted[0] as ContentMeta };
  const existing = await findContentMeta(db, content.hash);
  if (!existing) throw new Error(`content ${content.hash} was neither inserted nor found`);
  return { created: false, meta: existing };
}

export async function findContent(db: PolityDatabase, hash: Hex): Promise<StoredContent | undefined> {
  const [row] = await db.select({ ...meta, bytes: contents.bytes }).from(contents).where(eq(contents.hash, hash));
  return row as StoredContent | undefined;
}

export async function findContentMeta(db: PolityDatabase, hash: Hex): Promise<ContentMeta | undefined> {
  const [row] = await db.select(meta).from(contents).where(eq(contents.hash, hash));
  return row as ContentMeta | undefined;
}

/** Forgets used signatures signed before `before`: they are refused as stale anyway. */
export async function forgetSignaturesBefore(db: PolityDatabase, before: Date): Promise<void> {
  await db.delete(publishSignatures).where(lt(publishSignatures.signedAt, before));
}
