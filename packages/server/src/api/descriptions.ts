/**
 * What the lists show of a published text: its title (the first `# ` heading) and the photos it
 * shows (images referenced by content hash, `![caption](<anything>0x<64 hex>)`, that the server holds).
 */
import type { IndexView } from './index-view.js';
import { storedImages, storedTexts } from './indexed-events.js';

export interface Description {
  readonly title: string | null;
  /** Content hashes of the stored images the text shows, in the order it shows them. */
  readonly photos: readonly string[];
}

export function titleOf(markdown: string): string | null {
  return /^#[ \t]+(.+?)[ \t#]*$/m.exec(markdown)?.[1]?.trim() || null;
}

export function imageHashesOf(markdown: string): string[] {
  const hashes = [...markdown.matchAll(/!\[[^\]]*\]\([^)\s]*?(0x[0-9a-fA-F]{64})\)/g)].map((match) => match[1]!.toLowerCase());
  return [...new Set(hashes)];
}

/** Titles and photos of the texts behind these hashes; a hash the server has no text for has neither. */
export async function describe(view: IndexView, hashes: readonly string[]): Promise<Map<string, Description>> {
  const texts = await storedTexts(view.db, hashes);
  const referenced = [...texts.values()].flatMap(imageHashesOf);
  const images = await storedImages(view.db, referenced);
  const descriptions = new Map<string, Description>();
  for (const hash of hashes) {
    const text = texts.get(hash.toLowerCase());
    descriptions.set(hash.toLowerCase(), {
      title: text === undefined ? null : titleOf(text),
      photos: text === undefined ? [] : imageHashesOf(text).filter((image) => images.has(image)),
    });
  }
  return descriptions;
}

export const noDescription: Description = { title: null, photos: [] };
