import type { Hex } from 'viem';
import { getProjects, getRound, type GetRoundReturnType, type PolityActivity, type RoundProject } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';
import { districtLabel } from '$lib/content/names.svelte';
import { eventsNamed, type ActivityOf } from './activity';
import { confirmOnChain } from './confirm';
import { indexedRounds } from './indexed-lists';

/** What a round's opening says about it (the chain keeps no list of rounds: the log does). */
export interface RoundOpening {
  readonly roundId: bigint;
  readonly categories: readonly string[];
  readonly descriptionHash: Hex;
  readonly district: number;
  readonly budget: bigint;
}

function roundOpening({ args }: ActivityOf<'RoundOpened'>): RoundOpening {
  return { roundId: args.roundId, categories: args.categories, descriptionHash: args.config.descriptionHash, district: args.config.district, budget: args.config.budget };
}

export function roundOpenings(activity: readonly PolityActivity[]): RoundOpening[] {
  return eventsNamed(activity, 'RoundOpened').map(roundOpening);
}

export interface RoundListing extends RoundOpening {
  readonly phase: GetRoundReturnType['phase'];
  readonly projectCount: number;
  readonly ballots: bigint;
}

/**
 * Every round with its phase and counts now, newest first. A finished round's counts can no longer
 * change, so with a city server they come from its index; every other round is read from the chain.
 */
export async function listRounds(activity: readonly PolityActivity[]): Promise<RoundListing[]> {
  const openings = roundOpenings(activity).reverse();
  const indexed = await indexedRounds();
  return Promise.all(
    openings.map(async (opening): Promise<RoundListing> => {
      const finished = indexed?.get(opening.roundId);
      if (finished?.phase === 'result') return { ...opening, phase: 'result', projectCount: finished.projects, ballots: BigInt(finished.ballots) };
      const round = await getRound(session.reader, { polity: session.polity, roundId: opening.roundId });
      return { ...opening, phase: round.phase, projectCount: round.projectCount, ballots: round.ballots };
    }),
  );
}

/** A district's name in the reader's language (the council's translation, else the configured name). */
export function districtName(district: number): string {
  return districtLabel(district, session.config?.districts[String(district)] ?? `#${district}`);
}

export interface RoundPage {
  readonly opening: RoundOpening;
  readonly round: GetRoundReturnType;
  readonly projects: RoundProject[];
}

/** A round with its opening (as the chain recorded it), state and projects. */
export async function loadRound(activity: readonly PolityActivity[], roundId: bigint): Promise<RoundPage> {
  const event = eventsNamed(activity, 'RoundOpened').find((candidate) => candidate.args.roundId === roundId);
  if (!event) throw new Error(`round ${roundId} does not exist`);
  const [opening, round, projects] = await Promise.all([
    confirmOnChain(event).then(roundOpening),
    getRound(session.reader, { polity: session.polity, roundId }),
    getProjects(session.reader, { polity: session.polity, roundId }),
  ]);
  return { opening, round, projects };
}

/** The route parameter as a round, project or proposal id (a uint256: up to 78 digits), or undefined when it is not a whole number. */
export function idParameter(value: string | undefined): bigint | undefined {
  return value !== undefined && /^\d{1,78}$/.test(value) ? BigInt(value) : undefined;
}
