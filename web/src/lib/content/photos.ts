/**
 * Photos residents attach to a project (and the council to a review reason): PNG, JPEG or WebP, at most
 * 2 MiB each and a few per text, as the city's server accepts them. Checked here, before anything is
 * uploaded, so that a refusal comes at once and says what to do. Pure: no I/O.
 */
import type { Hex } from 'viem';
import { contentHash, imageTypeOf, type PublishedImageType } from '@polity/sdk';

export const maxPhotos = 4;
export const maxPhotoBytes = 2 * 1024 * 1024;

export interface Photo {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type: PublishedImageType;
  readonly hash: Hex;
}

export type PhotoProblem =
  | { readonly kind: 'not-an-image'; readonly name: string }
  | { readonly kind: 'too-large'; readonly name: string; readonly bytes: number }
  | { readonly kind: 'too-many'; readonly max: number };

/** A chosen file as a photo the server will take, or why it will not (its type is read from its bytes, not its name). */
export function checkPhoto(name: string, bytes: Uint8Array): Photo | PhotoProblem {
  const type = imageTypeOf(bytes);
  if (!type) return { kind: 'not-an-image', name };
  if (bytes.length > maxPhotoBytes) return { kind: 'too-large', name, bytes: bytes.length };
  return { name, bytes, type, hash: contentHash(bytes) };
}

export function isPhotoProblem(value: Photo | PhotoProblem): value is PhotoProblem {
  return 'kind' in value;
}

/**
 * Adds newly chosen files to the photos already attached: the same photo twice counts once, and the
 * files beyond `maxPhotos` are refused as a whole set so the resident chooses which to keep.
 */
export function addPhotos(attached: readonly Photo[], chosen: readonly (Photo | PhotoProblem)[]): { photos: Photo[]; problems: PhotoProblem[] } {
  const problems = chosen.filter(isPhotoProblem);
  const fresh = chosen.filter((photo): photo is Photo => !isPhotoProblem(photo));
  const photos = [...attached];
  for (const photo of fresh) if (!photos.some((known) => known.hash === photo.hash)) photos.push(photo);
  if (photos.length > maxPhotos) return { photos: [...attached], problems: [...problems, { kind: 'too-many', max: maxPhotos }] };
  return { photos, problems };
}
