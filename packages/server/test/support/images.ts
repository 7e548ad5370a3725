/** Small files for the content tests: real images and things that are not images. */

/** A 1×1 PNG. */
export const png = Uint8Array.from(
  Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex'),
);

/** The start of a JPEG (SOI, JFIF APP0) and its end. */
export const jpeg = Uint8Array.from(Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex'));

/** A lossless WebP header (RIFF, WEBP, VP8L). */
export const webp = Uint8Array.from(Buffer.from('524946461a000000574542505650384c0d0000002f0000001007101111888808', 'hex'));

export const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

export const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
