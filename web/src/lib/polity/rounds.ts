import type { Hex } from 'viem';
import { getProjects, getRound, type GetRoundReturnType, type PolityActivity, type RoundProject } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';
import { eventsNamed } from './activity';

/** What a round's opening says about it (the chain keeps no list of rounds: the log does). */
export interface RoundOpening {
  readonly roundId: bigint;
  readonly categories: readonly string[];
  readonly descriptionHash: Hex;
  readonly district: number;
  readonly budget: bigint;
}

export function roundOpenings(activity: readonly PolityActivity[]): RoundOpening[] {
  return eventsNamed(activity, 'RoundOpened').map(({ args }) => ({
    roundId: args.roundId,
    categories: args.categories,
    descriptionHash: args.config.descriptionHash,
    district: args.config.district,
    budget: args.config.budget,
  }));
}

export interface RoundListing extends RoundOpening {
  readonly round: GetRoundReturnType;
}

/** Every round with its state now, newest first. */
export async function listRounds(activity: readonly PolityActivity[]): Promise<RoundListing[]> {
  const openings = roundOpenings(activity).reverse();
  const rounds = await Promise.all(openings.map((opening) => getRound(session.reader, { polity: session.polity, roundId: opening.roundId })));
  return openings.map((opening, index) => ({ ...opening, round: rounds[index]! }));
}

export function districtName(district: number): string {
  return session.config?.districts[String(district)] ?? `#${district}`;
}

export interface RoundPage {
  readonly opening: RoundOpening;
  readonly round: GetRoundReturnType;
  readonly projects: RoundProject[];
}

/** A round with its opening, state and projects. */
export async function loadRound(activity: readonly PolityActivity[], roundId: bigint): Promise<RoundPage> {
  const opening = roundOpenings(activity).find((candidate) => candidate.roundId === roundId);
  if (!opening) throw new Error(`round ${roundId} does not exist`);
  const [round, projects] = await Promise.all([
    getRound(session.reader, { polity: session.polity, roundId }),
    getProjects(session.reader, { polity: session.polity, roundId }),
  ]);
  return { opening, round, projects };
}

/** The route parameter as a round or project id, or undefined when it is not a whole number. */
export function idParameter(value: string | undefined): bigint | undefined {
  return value !== undefined && /^\d{1,30}$/.test(value) ? BigInt(value) : undefined;
}
