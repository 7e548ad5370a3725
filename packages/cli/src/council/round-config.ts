import { keccak256, toHex, type Address } from 'viem';
import type { RoundBallots, RoundConfig } from '@polity/sdk';
import { CliError } from '../errors.js';
import { formatAmount } from '../output/format.js';

export const ballotKinds = ['approval', 'knapsack', 'cumulative'] as const;
export type BallotKindName = (typeof ballotKinds)[number];
export const roundRules = ['greedy', 'mes'] as const;
export const roundCompletions = ['none', 'add1', 'add1-exhaustive'] as const;
/** As the SDK's openRound takes them: public ballots (the default) or secret ones. */
export const roundBallots = ['public', 'secret'] as const satisfies readonly RoundBallots[];

/** The round's options as `polity open-round` takes them. */
export interface RoundOptions {
  readonly budget: bigint;
  readonly token: Address;
  readonly ballot: BallotKindName;
  /** Public or secret ballots (docs/secret-ballots.md). */
  readonly ballots: RoundBallots;
  readonly minProjects: number;
  readonly maxProjects: number;
  readonly minSpendPercent: number;
  readonly points?: number;
  readonly maxPointsPerProject?: number;
  readonly rule: (typeof roundRules)[number];
  readonly completion?: (typeof roundCompletions)[number];
  readonly minSupport: number;
  readonly stopAtMisfit?: boolean;
  readonly challengeWindow: number;
  readonly challengeBond: bigint;
  readonly district: number;
  readonly delegationTopic?: number;
  readonly maxSubmissions: number;
  readonly description: string;
  /** Seconds each phase lasts. */
  readonly submission: number;
  readonly review: number;
  readonly voting: number;
  /** The council opens voting as soon as the projects are in: submission and review only bound the import. */
  readonly startVoting?: boolean;
}

/** Time to submit the projects when voting opens right after: an hour, enough on any chain. */
const importAllowance = 3_600;

/** The configuration the round is opened with, checked here so that a mistake is named by its option. */
export function roundConfig(options: RoundOptions, now: bigint): RoundConfig {
  const cumulative = options.ballot === 'cumulative';
  if (cumulative && (options.points === undefined || options.points === 0)) throw new CliError('--ballot cumulative needs --points N (the points each resident gives)', undefined, 2);
  if (!cumulative && (options.points !== undefined || options.maxPointsPerProject !== undefined)) throw new CliError('--points and --max-points-per-project apply to --ballot cumulative only', undefined, 2);
  if (options.ballot !== 'knapsack' && options.minSpendPercent !== 0) throw new CliError('--min-spend-percent applies to --ballot knapsack only', undefined, 2);
  if (options.minSpendPercent > 100) throw new CliError(`--min-spend-percent is ${options.minSpendPercent}, expected 0 to 100`, undefined, 2);
  if (options.maxProjects !== 0 && options.maxProjects < options.minProjects) throw new CliError(`--max-projects ${options.maxProjects} is below --min-projects ${options.minProjects}`, undefined, 2);
  if (options.rule === 'greedy' && options.completion !== undefined) throw new CliError('--completion applies to --rule mes only', undefined, 2);
  if (options.rule === 'mes' && options.stopAtMisfit === true) throw new CliError('--stop-at-misfit applies to --rule greedy only', undefined, 2);
  if (options.ballots === 'secret' && options.delegationTopic !== undefined) {
    throw new CliError(
      'a round with secret ballots cannot carry delegated weight: a resident who delegated and then votes takes their weight back from their delegate, and that would show on the chain who voted',
      'Drop --delegation-topic, or open the round with public ballots (drop --ballots secret). Nothing was sent.',
      2,
    );
  }
  if (options.delegationTopic !== undefined && options.district !== 0) throw new CliError('a district round cannot carry delegated weight (delegations are city-wide)', 'Drop --delegation-topic or --district.', 2);
  const points = options.points ?? 0;
  const perProject = options.maxPointsPerProject ?? points;
  if (cumulative && perProject > points) throw new CliError(`--max-points-per-project ${perProject} is above --points ${points}`, undefined, 2);
  // Opening voting at once, the council advances the phases itself: submission only has to outlast the import.
  const reviewStart = now + BigInt(options.startVoting === true ? importAllowance : options.submission);
  const votingStart = reviewStart + BigInt(options.startVoting === true ? 1 : options.review);
  return {
    token: options.token,
    district: options.district,
    delegation: options.delegationTopic !== undefined,
    topic: options.delegationTopic ?? 0,
    maxSubmissionsPerResident: options.maxSubmissions,
    budget: options.budget,
    ballot: {
      kind: ballotKinds.indexOf(options.ballot),
      minProjects: options.minProjects,
      maxProjects: options.maxProjects,
      minSpendBps: options.minSpendPercent * 100,
      points,
      maxPointsPerProject: cumulative ? perProject : 0,
    },
    timeline: { reviewStart: Number(reviewStart), votingStart: Number(votingStart), votingEnd: Number(votingStart + BigInt(options.voting)) },
    counting: {
      rule: roundRules.indexOf(options.rule),
      stopAtMisfit: options.stopAtMisfit === true,
      minSupport: BigInt(options.minSupport),
      completion: roundCompletions.indexOf(options.completion ?? (options.rule === 'mes' ? 'add1' : 'none')),
      challengeWindow: options.rule === 'mes' ? options.challengeWindow : 0,
      challengeBond: options.rule === 'mes' ? options.challengeBond : 0n,
    },
    descriptionHash: keccak256(toHex(options.description)),
  };
}

/** The round in words, for the preview. */
export function describeRound(options: RoundOptions): string {
  const range = `${options.minProjects}${options.maxProjects === 0 ? ' or more' : options.maxProjects === options.minProjects ? '' : ` to ${options.maxProjects}`} projects`;
  const ballot =
    options.ballot === 'cumulative'
      ? `cumulative ballots (${options.points} points, at most ${options.maxPointsPerProject ?? options.points} per project, on ${range})`
      : options.ballot === 'knapsack'
        ? `knapsack ballots (${range} costing at most the budget${options.minSpendPercent > 0 ? ` and at least ${options.minSpendPercent}% of it` : ''})`
        : `approval ballots (${range})`;
  const rule =
    options.rule === 'greedy'
      ? `greedy${options.stopAtMisfit === true ? ' stopping at the first project that does not fit' : ''}`
      : `equal shares with completion ${options.completion ?? 'add1'}, outcomes open to challenge for ${options.challengeWindow} s`;
  return `budget ${formatAmount(options.budget)}; ${options.ballots === 'secret' ? 'secret ' : ''}${ballot}; ${rule}${options.minSupport > 0 ? `; minimum support ${options.minSupport}` : ''}${options.district !== 0 ? `; district ${options.district}` : ''}${options.delegationTopic !== undefined ? `; delegated weight on topic ${options.delegationTopic}` : ''}`;
}
