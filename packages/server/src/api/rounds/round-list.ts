/**
 * Rounds as their opening configured them (RoundOpened), in the phase they last entered
 * (RoundPhaseChanged), with how many projects were submitted and how many residents voted.
 * The chain keeps no list of rounds; its log does.
 */
import { z } from '@hono/zod-openapi';
import { ballotKinds, countingRules, enumName, outcomeCompletions, roundPhases } from '@polity/sdk';
import { Problem } from '../../http/problem.js';
import { groupBy } from '../collections.js';
import { describe, noDescription } from '../descriptions.js';
import type { IndexView } from '../index-view.js';
import { countPerRound, readEvents, type IndexedEvent } from '../indexed-events.js';
import { sortForPages, type ListSort } from '../pagination.js';
import { address, hash32, positionOf, positionSchema, wholeNumber } from '../schemas.js';

export const roundSchema = z
  .object({
    roundId: wholeNumber,
    openedBy: address,
    opened: positionSchema,
    token: address,
    budget: wholeNumber.openapi({ description: "in the token's smallest units" }),
    district: z.number().int().openapi({ description: '0: the whole city' }),
    delegation: z.boolean().openapi({ description: 'ballots carry the weight delegated on `topic`' }),
    topic: z.number().int(),
    maxSubmissionsPerResident: z.number().int(),
    categories: z.array(z.string()),
    descriptionHash: hash32,
    title: z.string().nullable().openapi({ description: "the description's first heading, when the server holds the text" }),
    ballot: z.object({
      kind: z.string().openapi({ example: 'approval', description: 'approval, knapsack or cumulative' }),
      minProjects: z.number().int(),
      maxProjects: z.number().int().openapi({ description: '0: no maximum' }),
      minSpendBps: z.number().int(),
      points: z.number().int(),
      maxPointsPerProject: z.number().int(),
    }),
    counting: z.object({
      rule: z.string().openapi({ example: 'equal-shares', description: 'greedy or equal-shares' }),
      stopAtMisfit: z.boolean(),
      minSupport: wholeNumber,
      completion: z.string().openapi({ example: 'add1' }),
      challengeWindow: z.number().int().openapi({ description: 'seconds' }),
      challengeBond: wholeNumber.openapi({ description: 'wei' }),
    }),
    timeline: z.object({
      submissionStart: wholeNumber.nullable().openapi({ description: 'when the round was opened (seconds since 1970)' }),
      reviewStart: wholeNumber,
      votingStart: wholeNumber,
      votingEnd: wholeNumber,
    }),
    phase: z.string().openapi({ example: 'voting', description: 'submission, review, voting or result: the last phase the chain recorded entering' }),
    phaseNow: z.string().openapi({
      example: 'result',
      description: "the phase as the contract's phaseOf answers it at the indexed block's time: the recorded phase, or a later one the timeline reached without a transaction recording it yet",
    }),
    phaseSince: wholeNumber.nullable().openapi({ description: 'when it entered that phase (seconds; null: since opening)' }),
    snapshot: wholeNumber.nullable().openapi({ description: 'the time eligibility and weights are read at, once voting opened' }),
    projects: z.number().int().openapi({ description: 'projects submitted' }),
    ballots: z.number().int().openapi({ description: 'residents who cast a ballot' }),
  })
  .openapi('Round');
export type RoundItem = z.infer<typeof roundSchema>;

/** Newest first. */
export const roundSort: ListSort<Pick<RoundItem, 'roundId'>> = { list: 'rounds', orders: ['number-descending'], keyOf: (round) => [round.roundId] };

function roundOf(opening: IndexedEvent<'RoundOpened'>, phases: readonly IndexedEvent<'RoundPhaseChanged'>[], projects: number, ballots: number, title: string | null): Omit<RoundItem, 'phaseNow'> {
  const { roundId, openedBy, config, categories } = opening.args;
  const latest = phases.at(-1);
  return {
    roundId: roundId.toString(),
    openedBy,
    opened: positionOf(opening),
    token: config.token,
    budget: config.budget.toString(),
    district: config.district,
    delegation: config.delegation,
    topic: config.topic,
    maxSubmissionsPerResident: config.maxSubmissionsPerResident,
    categories: [...categories],
    descriptionHash: config.descriptionHash,
    title,
    ballot: { ...config.ballot, kind: enumName(ballotKinds, config.ballot.kind) },
    counting: {
      rule: enumName(countingRules, config.counting.rule),
      stopAtMisfit: config.counting.stopAtMisfit,
      minSupport: config.counting.minSupport.toString(),
      completion: enumName(outcomeCompletions, config.counting.completion),
      challengeWindow: config.counting.challengeWindow,
      challengeBond: config.counting.challengeBond.toString(),
    },
    timeline: {
      submissionStart: opening.timestamp?.toString() ?? null,
      reviewStart: config.timeline.reviewStart.toString(),
      votingStart: config.timeline.votingStart.toString(),
      votingEnd: config.timeline.votingEnd.toString(),
    },
    phase: latest ? enumName(roundPhases, latest.args.phase) : 'submission',
    phaseSince: latest ? latest.args.at.toString() : null,
    snapshot: [...phases].reverse().find((change) => change.args.snapshot !== 0)?.args.snapshot.toString() ?? null,
    projects,
    ballots,
  };
}

/** The contract's effective phase: the recorded one, or the one the timeline has reached by `now`. */
function phaseAt(round: Omit<RoundItem, 'phaseNow'>, now: bigint | undefined): string {
  const recorded = roundPhases.indexOf(round.phase as (typeof roundPhases)[number]);
  if (now === undefined || recorded < 0) return round.phase;
  const { reviewStart, votingStart, votingEnd } = round.timeline;
  const scheduled = now >= BigInt(votingEnd) ? 3 : now >= BigInt(votingStart) ? 2 : now >= BigInt(reviewStart) ? 1 : 0;
  return roundPhases[Math.max(recorded, scheduled)]!;
}

/** Every round, newest first. */
export async function listRounds(view: IndexView): Promise<RoundItem[]> {
  const rounds = await foldRounds(view);
  return rounds.map((round) => ({ ...round, phaseNow: phaseAt(round, view.head?.timestamp) }));
}

function foldRounds(view: IndexView): Promise<Omit<RoundItem, 'phaseNow'>[]> {
  return view.fold('rounds', async () => {
    const [openings, phaseChanges, projects, ballots] = await Promise.all([
      readEvents(view.db, { contract: 'rounds', names: ['RoundOpened'], upTo: view.upTo }),
      readEvents(view.db, { contract: 'rounds', names: ['RoundPhaseChanged'], upTo: view.upTo }),
      countPerRound(view.db, { contract: 'rounds', name: 'ProjectSubmitted', upTo: view.upTo }),
      countPerRound(view.db, { contract: 'rounds', name: 'BallotCast', upTo: view.upTo, distinctAccounts: true }),
    ]);
    const descriptions = await describe(view, openings.map((opening) => opening.args.config.descriptionHash));
    const phasesOf = groupBy(phaseChanges, (change) => change.args.roundId);
    const rounds = openings.map((opening) => {
        const id = opening.args.roundId;
        const title = (descriptions.get(opening.args.config.descriptionHash.toLowerCase()) ?? noDescription).title;
      return roundOf(opening, phasesOf.get(id) ?? [], projects.get(id.toString()) ?? 0, ballots.get(id.toString()) ?? 0, title);
    });
    return sortForPages(rounds, roundSort);
  });
}

export class RoundNotFoundError extends Problem {
  override name = 'RoundNotFoundError';
  constructor(roundId: bigint, view: IndexView) {
    super(404, 'round_not_found', `there is no round ${roundId}${view.head ? ` as of block ${view.head.block}` : ' (nothing is indexed yet)'}: GET /rounds lists the rounds there are`);
  }
}

/** One round; a {@link RoundNotFoundError} when the index has no such round. */
export async function findRound(view: IndexView, roundId: bigint): Promise<RoundItem> {
  const round = (await listRounds(view)).find((candidate) => candidate.roundId === roundId.toString());
  if (!round) throw new RoundNotFoundError(roundId, view);
  return round;
}
