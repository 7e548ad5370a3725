import { describe, expect, it } from 'vitest';
import { contentHash } from '@polity/sdk';
import { addPhotos, checkPhoto, isPhotoProblem, maxPhotoBytes, maxPhotos, type Photo } from './photos';

/** The first bytes of a PNG (signature and IHDR chunk header), then `size` bytes in all. */
function png(size = 64, seed = 0): Uint8Array {
  const bytes = new Uint8Array(size).fill(seed);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  return bytes;
}

describe('checkPhoto', () => {
  it('takes a PNG, JPEG or WebP by its bytes and hashes it as the chain will', () => {
    const photo = checkPhoto('swings.png', png());
    expect(isPhotoProblem(photo)).toBe(false);
    expect(photo).toMatchObject({ type: 'image/png', hash: contentHash(png()) });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    expect(checkPhoto('bench.jpg', jpeg)).toMatchObject({ type: 'image/jpeg' });
  });

  it('refuses a file that is not one of those images, whatever its name says', () => {
    expect(checkPhoto('plan.png', new TextEncoder().encode('%PDF-1.7 a plan'))).toEqual({ kind: 'not-an-image', name: 'plan.png' });
    expect(checkPhoto('drawing.svg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({ kind: 'not-an-image' });
  });

  it('refuses a photo over 2 MiB and says how large it is', () => {
    expect(checkPhoto('large.png', png(maxPhotoBytes + 1))).toEqual({ kind: 'too-large', name: 'large.png', bytes: maxPhotoBytes + 1 });
    expect(isPhotoProblem(checkPhoto('just-fits.png', png(maxPhotoBytes)))).toBe(false);
  });
});

describe('addPhotos', () => {
  const photo = (seed: number) => checkPhoto(`photo-${seed}.png`, png(64, seed)) as Photo;

  it('adds new photos once each, keeping the problems of refused files', () => {
    const { photos, problems } = addPhotos([photo(1)], [photo(1), photo(2), { kind: 'not-an-image', name: 'notes.txt' }]);
    expect(photos.map((each) => each.name)).toEqual(['photo-1.png', 'photo-2.png']);
    expect(problems).toEqual([{ kind: 'not-an-image', name: 'notes.txt' }]);
  });

  it(`refuses a choice that would pass ${maxPhotos} photos and keeps what was attached`, () => {
    const attached = [photo(1), photo(2), photo(3)];
    const { photos, problems } = addPhotos(attached, [photo(4), photo(5)]);
    expect(photos).toEqual(attached);
    expect(problems).toEqual([{ kind: 'too-many', max: maxPhotos }]);
  });
});
