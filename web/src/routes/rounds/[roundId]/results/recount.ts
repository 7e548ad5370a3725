import {
  equalShares,
  explainEqualShares,
  getRoundElection,
  greedy,
  greedyNoSkip,
  type EqualSharesExplanation,
  type GetRoundReturnType,
  type RoundProject,
} from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';

/** The round recounted in the browser from its ballots on chain, with the SDK's budgeting rules. */
export interface Recount {
  readonly selected: readonly number[];
  readonly ballots: number;
  readonly residents: number;
  readonly explanation: EqualSharesExplanation | undefined;
}

export async function recountRound(round: GetRoundReturnType, projects: readonly RoundProject[]): Promise<Recount> {
  const { election, excluded, ballots } = await getRoundElection(session.reader, { polity: session.polity, roundId: round.roundId });
  const ids = (selected: readonly string[]) => selected.map(Number).sort((a, b) => a - b);
  if (round.countingRule === 'equal-shares') {
    const completion = round.completion === 'add1' || round.completion === 'add1-exhaustive' ? round.completion : 'none';
    const options = { completion, excluded } as const;
    return { selected: ids(equalShares(election, options).selected), ballots: ballots.length, residents: election.ballots.length, explanation: explainEqualShares(election, options) };
  }
  const groups = new Map<number, string[]>();
  for (const project of projects) if (project.group !== 0 && project.status === 'accepted') groups.set(project.group, [...(groups.get(project.group) ?? []), String(project.projectId)]);
  const minSupport = round.config.counting.minSupport;
  const belowThreshold = projects.filter((project) => project.status === 'accepted' && project.support < minSupport).map((project) => String(project.projectId));
  const options = { excluded: [...new Set([...excluded, ...belowThreshold])], exclusiveGroups: [...groups.values()] };
  const outcome = round.config.counting.stopAtMisfit ? greedyNoSkip(election, options) : greedy(election, options);
  return { selected: ids(outcome.selected), ballots: ballots.length, residents: election.ballots.length, explanation: undefined };
}
