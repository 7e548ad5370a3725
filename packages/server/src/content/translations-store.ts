/**
 * The index of translations: which published text translates which original into which language.
 * A later translation into the same language replaces the earlier one for readers (a correction);
 * both stay published under their own hashes.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Address, Hex } from 'viem';
import type { PolityDatabase } from '../db/open.js';
import { translations } from '../db/schema.js';

export interface TranslationEntry {
  readonly language: string;
  /** The translation's own content hash. */
  readonly hash: Hex;
  readonly publisher: Address;
  readonly publishedAt: Date;
}

/** The newest translation of `original` into each language, by language. */
export async function translationsOf(db: PolityDatabase, original: string): Promise<TranslationEntry[]> {
  const rows = await db
    .select({ language: translations.language, hash: translations.hash, publisher: translations.publisher, publishedAt: translations.publishedAt })
    .from(translations)
    .where(eq(translations.original, original))
    .orderBy(translations.language, desc(translations.publishedAt), desc(translations.hash));
  const newest = new Map<string, TranslationEntry>();
  for (const row of rows) if (!newest.has(row.language)) newest.set(row.language, row as TranslationEntry);
  return [...newest.values()];
}

/** Whether `hash` is a translation of something. */
export async function isTranslation(db: PolityDatabase, hash: Hex): Promise<boolean> {
  const rows = await db.select({ hash: translations.hash }).from(translations).where(eq(translations.hash, hash)).limit(1);
  return rows.length > 0;
}

/** Whether this very translation is indexed already. */
export async function hasTranslation(db: PolityDatabase, original: string, language: string, hash: Hex): Promise<boolean> {
  const rows = await db
    .select({ hash: translations.hash })
    .from(translations)
    .where(and(eq(translations.original, original), eq(translations.language, language), eq(translations.hash, hash)))
    .limit(1);
  return rows.length > 0;
}
