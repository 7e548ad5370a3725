/**
 * What a Polity server publishes: texts (markdown or plain, UTF-8) and images (PNG, JPEG, WebP). An
 * image's type is read from its first bytes, never from a declared type or a file name, so that a
 * file is served as what it is.
 */

export const publishedTextTypes = ['text/markdown', 'text/plain'] as const;
export const publishedImageTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

export type PublishedTextType = (typeof publishedTextTypes)[number];
export type PublishedImageType = (typeof publishedImageTypes)[number];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((byte, index) => bytes[at + index] === byte);

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

/** The image type of these bytes (PNG, JPEG or WebP), or undefined when they are none of those. */
export function imageTypeOf(bytes: Uint8Array): PublishedImageType | undefined {
  // PNG: the 8-byte signature, then the IHDR chunk that must come first.
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && startsWith(bytes, ascii('IHDR'), 12)) return 'image/png';
  // JPEG: start-of-image followed by another marker.
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // WebP: a RIFF container of type WEBP whose first chunk is VP8, VP8L or VP8X.
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8) && startsWith(bytes, ascii('VP8'), 12)) return 'image/webp';
  return undefined;
}

/** The media type's essence (`text/markdown` of `Text/Markdown; charset=UTF-8`), lower case. */
export function mediaTypeEssence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Whether a declared type says "a published text". */
export function isPublishedTextType(mediaType: string): boolean {
  return (publishedTextTypes as readonly string[]).includes(mediaTypeEssence(mediaType));
}
