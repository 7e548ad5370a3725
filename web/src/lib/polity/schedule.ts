import type { PolityActivity } from '@polity/sdk';
import { eventsNamed } from './events';

/** When a round's phases start and end. */
export interface RoundSchedule {
  readonly reviewStart: number;
  readonly votingStart: number;
  readonly votingEnd: number;
}

/** The contract's phase numbers (`Phase` in IBudgetRounds.sol). */
const review = 1;
const voting = 2;

/**
 * The schedule as it happened: the round's configuration keeps the timeline it was opened with, but
 * when the council starts review or voting early the chain records the phase change (RoundPhaseChanged,
 * with its time), and that is when the phase began. Voting never closes early, so its end stands (pure).
 */
export function roundSchedule(timeline: RoundSchedule, activity: readonly PolityActivity[], roundId: bigint): RoundSchedule {
  let { reviewStart, votingStart } = timeline;
  for (const { args } of eventsNamed(activity, 'RoundPhaseChanged')) {
    if (args.roundId !== roundId) continue;
    if (args.phase === review) reviewStart = Math.min(reviewStart, Number(args.at));
    if (args.phase === voting) votingStart = Math.min(votingStart, Number(args.at));
  }
  // Voting started early also starts review no later than that (review may have been skipped through).
  return { reviewStart: Math.min(reviewStart, votingStart), votingStart, votingEnd: timeline.votingEnd };
}
