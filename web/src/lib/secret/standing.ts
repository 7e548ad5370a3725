/**
 * Whether a resident can cast a secret ballot in a round, said before they build one: a secret round
 * counts ballots only from the group the chain fixed at its snapshot (admitted residents of the round's
 * district who had registered a voting identity by then). Pure: the component reads the chain, this
 * decides what to say.
 */

export type SecretStanding =
  /** Not (or no longer) an admitted resident. */
  | { readonly kind: 'not-resident' }
  /** A district round, and the resident lives elsewhere. */
  | { readonly kind: 'other-district' }
  /** No voting identity registered for the account. */
  | { readonly kind: 'no-identity' }
  /** The chain has not fixed the round's group yet (a change of residency awaits the city's sync). */
  | { readonly kind: 'group-not-fixed' }
  /** Registered, but not in the round's group: registered after the snapshot (or replaced since). */
  | { readonly kind: 'not-in-group' }
  | { readonly kind: 'can-vote' };

export interface SecretStandingInput {
  readonly resident: { readonly isResident: boolean; readonly district: number };
  /** The round's district (0: the whole city). */
  readonly roundDistrict: number;
  /** The commitment registered for the account (0n: none). */
  readonly commitment: bigint;
  /** When the chain fixed the round's group (0: not yet). */
  readonly fixedAt: number;
  /** The round's group as fixed (commitments in tree order); undefined while not fixed. */
  readonly members: readonly bigint[] | undefined;
}

export function secretStanding({ resident, roundDistrict, commitment, fixedAt, members }: SecretStandingInput): SecretStanding {
  if (!resident.isResident) return { kind: 'not-resident' };
  if (roundDistrict !== 0 && resident.district !== roundDistrict) return { kind: 'other-district' };
  if (commitment === 0n) return { kind: 'no-identity' };
  if (fixedAt === 0 || members === undefined) return { kind: 'group-not-fixed' };
  return members.includes(commitment) ? { kind: 'can-vote' } : { kind: 'not-in-group' };
}

/** The ballot as the proof binds it: projects ascending, points only for a cumulative round (else none). */
export function secretBallotContent(kind: string, selected: readonly { readonly projectId: number; readonly points: number }[]): { projects: number[]; points: number[] } {
  const sorted = [...selected].filter((entry) => entry.points > 0).sort((a, b) => a.projectId - b.projectId);
  return { projects: sorted.map((entry) => entry.projectId), points: kind === 'cumulative' ? sorted.map((entry) => entry.points) : [] };
}
