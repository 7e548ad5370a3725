/**
 * Images inside published markdown. A photo is referenced by its content URL
 * (`![Swings, photo 1](/content/0x…)` or `https://server/content/0x…`), so the text's own hash — the
 * one on chain — covers the photos too. The app shows only such images, read by hash from its own
 * content service and checked against the hash; any other image address is never loaded. Pure.
 */
import type { Hex } from 'viem';

const contentPath = /^(?:https?:\/\/[^/?#\s]+)?(?:\/[^?#\s]*)?\/content\/(0x[0-9a-fA-F]{64})$/;
const imageSyntax = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** The content hash an image address names, or undefined when it is not a content-service address. */
export function contentImageHash(source: string): Hex | undefined {
  return contentPath.exec(source.trim())?.[1]?.toLowerCase() as Hex | undefined;
}

/** The photos a markdown text shows, in order (content-service images only). */
export function photoHashes(markdown: string): Hex[] {
  const hashes = [...markdown.matchAll(imageSyntax)].map((match) => contentImageHash(match[1] ?? '')).filter((hash): hash is Hex => hash !== undefined);
  return [...new Set(hashes)];
}

/** Markdown that shows these photos, each with alternative text, at `<contentBase>/<hash>`. */
export function photoMarkdown(hashes: readonly Hex[], alt: (index: number) => string, contentBase: string): string {
  const safe = (text: string) => text.replace(/[[\]\\\n]/g, ' ').trim();
  return hashes.map((hash, index) => `![${safe(alt(index))}](${contentBase}/${hash})`).join('\n\n');
}
