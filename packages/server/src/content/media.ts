import { imageTypeOf, isPublishedTextType, mediaTypeEssence, publishedImageTypes } from '@polity/sdk';
import type { ServerConfig } from '../config.js';
import { Problem } from '../http/problem.js';

/** Whether a publish request declares a text: it is then held to the text's (smaller) limit. */
export const declaresText = (declaredType: string): boolean => isPublishedTextType(declaredType);

/** The most bytes a body declared as this type may have, and what to call it in a message. */
export function sizeLimitOf(declaredType: string, limits: ServerConfig['content']): { limit: number; what: string } {
  return declaresText(declaredType) ? { limit: limits.maxTextBytes, what: 'a text' } : { limit: limits.maxImageBytes, what: 'an image' };
}

export function acceptedTypes(limits: ServerConfig['content']): string {
  const kib = (bytes: number) => `${(bytes / 1024).toLocaleString('en')} KiB`;
  return `text/markdown or text/plain in UTF-8 (up to ${kib(limits.maxTextBytes)}), or a PNG, JPEG or WebP image (up to ${kib(limits.maxImageBytes)})`;
}

/**
 * The media type the content is stored and served as. A text keeps its declared type (markdown or
 * plain) once its bytes are checked to be UTF-8; anything else must be an image, whose type comes from
 * its first bytes whatever was declared.
 */
export function mediaTypeOf(declaredType: string, bytes: Uint8Array, limits: ServerConfig['content']): string {
  if (declaresText(declaredType)) {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(declaredType)?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      throw new Problem(415, 'unsupported_media_type', `texts are published in UTF-8, not ${charset}: convert the text to UTF-8 and declare charset=utf-8 (or no charset)`);
    }
    const invalidAt = firstInvalidUtf8(bytes);
    if (invalidAt !== undefined) {
      throw new Problem(400, 'invalid_utf8', `the text is not valid UTF-8 (the first bad byte is at offset ${invalidAt}): save it as UTF-8, or publish an image with its image type`);
    }
    return `${mediaTypeEssence(declaredType)}; charset=utf-8`;
  }
  const imageType = imageTypeOf(bytes);
  if (imageType) return imageType;
  const declared = mediaTypeEssence(declaredType) || '(none)';
  const seen = (publishedImageTypes as readonly string[]).includes(declared) ? `declared as ${declared} but its bytes are not one` : `declared as ${declared}`;
  throw new Problem(415, 'unsupported_media_type', `the body is not content this server publishes (${seen}): it accepts ${acceptedTypes(limits)}`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where the first malformed UTF-8 sequence starts, or undefined when the bytes are UTF-8 throughout. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  try {
    utf8.decode(bytes);
    return undefined;
  } catch {
    // Rare (a refusal): find the offset to tell the publisher where to look.
    return malformedAt(bytes);
  }
}

/** The offset of the first sequence RFC 3629 forbids (overlong, surrogate, past U+10FFFF, cut short). */
function malformedAt(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    if (lead < 0x80) {
      offset += 1;
      continue;
    }
    // The allowed range of the second byte depends on the lead byte; later ones are 0x80..0xBF.
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : [0, 0, 0];
    if (length === 0 || offset + length > bytes.length) return offset;
    const second = bytes[offset + 1]!;
    if (second < low || second > high) return offset;
    for (let next = offset + 2; next < offset + length; next++) {
      const byte = bytes[next]!;
      if (byte < 0x80 || byte > 0xbf) return offset;
    }
    offset += length;
  }
  return offset;
}
