import { describe, expect, it } from 'vitest';
import { imageTypeOf, isPublishedTextType, mediaTypeEssence } from './media.js';

const bytes = (hex: string) => Uint8Array.from(Buffer.from(hex.replace(/\s/g, ''), 'hex'));
const png = bytes('89504e470d0a1a0a 0000000d 49484452 00000001 00000001 0806000000');
const jpeg = bytes('ffd8ffe000104a46494600010100000100010000ffd9');
const webp = bytes('524946461a000000 57454250 5650384c 0d000000');

describe('imageTypeOf', () => {
  it('reads PNG, JPEG and WebP from their first bytes', () => {
    expect(imageTypeOf(png)).toBe('image/png');
    expect(imageTypeOf(jpeg)).toBe('image/jpeg');
    expect(imageTypeOf(webp)).toBe('image/webp');
  });

  it('answers undefined for anything else, however it is named', () => {
    const text = (value: string) => new TextEncoder().encode(value);
    expect(imageTypeOf(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(imageTypeOf(text('%PDF-1.7'))).toBeUndefined();
    expect(imageTypeOf(text('GIF89a'))).toBeUndefined();
    expect(imageTypeOf(png.subarray(0, 8))).toBeUndefined(); // a signature without its header chunk
    expect(imageTypeOf(bytes('524946461a00000057415645666d7420'))).toBeUndefined(); // RIFF, but a WAVE sound
    expect(imageTypeOf(new Uint8Array(0))).toBeUndefined();
  });
});

describe('media types', () => {
  it('compares by essence, whatever the case and parameters', () => {
    expect(mediaTypeEssence('Text/Markdown; charset=UTF-8')).toBe('text/markdown');
    expect(isPublishedTextType('text/plain;charset=utf-8')).toBe(true);
    expect(isPublishedTextType('text/html')).toBe(false);
  });
});
