import type { TextMetadata } from '$lib/content/metadata';

/**
 * What a round's and a project's published descriptions say beyond their text (their settings
 * block, see `$lib/content/metadata.ts`). Presentation choices only: nothing here changes what the
 * chain counts.
 */

/** The round's description key for live support counts: `shown`, or anything else (hidden). */
export const supportCountsKey = 'support-counts';

/**
 * Whether residents see support counts in this phase: always with the result; while voting only
 * when the round chose to show them (the default hides them, against bandwagon effects). The
 * tallies are public on chain either way.
 */
export function supportVisible(phase: string, roundMetadata: TextMetadata): boolean {
  if (phase === 'result') return true;
  return phase === 'voting' && roundMetadata[supportCountsKey] === 'shown';
}

/** The district a project's description names (city-wide rounds), or undefined. */
export function projectDistrict(metadata: TextMetadata): number | undefined {
  const value = metadata['district'];
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** The address line a project's description gives for its place, or undefined. */
export function projectAddress(metadata: TextMetadata): string | undefined {
  const value = metadata['address']?.trim();
  return value ? value : undefined;
}
