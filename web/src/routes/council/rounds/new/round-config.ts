import type { Address, Hex } from 'viem';
import type { RoundBallots, RoundConfig } from '@polity/sdk';

/** What the council fills in to open a round. */
export interface RoundForm {
  title: string;
  body: string;
  district: number;
  budget: number;
  categories: string;
  kind: 'approval' | 'knapsack' | 'cumulative';
  minProjects: number;
  maxProjects: number;
  minSpendPercent: number;
  points: number;
  maxPointsPerProject: number;
  rule: 'greedy' | 'equal-shares';
  completion: 'none' | 'add1' | 'add1-exhaustive';
  challengeDays: number;
  /** Challenge bond in the chain's native currency (whole units of 10^-18, i.e. wei). */
  bond: number;
  minSupport: number;
  /** Public ballots, or secret ones (no one can tell who voted for what; no delegation). */
  ballots: RoundBallots;
  delegation: boolean;
  topic: number;
  maxSubmissions: number;
  reviewInDays: number;
  votingInDays: number;
  votingDays: number;
}

const kinds = { approval: 0, knapsack: 1, cumulative: 2 } as const;
const completions = { none: 0, add1: 1, 'add1-exhaustive': 2 } as const;

/**
 * The form as the SDK's openRound takes it (typed from the contract's ABI). `timeline`: the schedule
 * when the council typed dates (checked by `readRoundDates`); otherwise it is counted in days from `now`.
 */
export function roundConfig(form: RoundForm, context: { token: Address; descriptionHash: Hex; now: number; day: number; timeline?: { reviewStart: number; votingStart: number; votingEnd: number } | undefined }): { config: RoundConfig; categories: string[]; ballots: RoundBallots } {
  const { now, day } = context;
  // Delegated weight only in a city-wide public round: a secret round refuses it (an override would show who voted).
  const delegation = form.ballots === 'public' && form.district === 0 && form.delegation;
  const cumulative = form.kind === 'cumulative';
  const equalShares = form.rule === 'equal-shares';
  const reviewStart = now + Math.max(1, form.reviewInDays) * day;
  const votingStart = Math.max(reviewStart + 1, now + form.votingInDays * day);
  const config: RoundConfig = {
    token: context.token,
    district: form.district,
    delegation,
    topic: delegation ? form.topic : 0,
    maxSubmissionsPerResident: form.maxSubmissions,
    budget: BigInt(Math.round(form.budget)),
    ballot: {
      kind: kinds[form.kind],
      minProjects: form.minProjects,
      maxProjects: form.maxProjects,
      minSpendBps: form.kind === 'knapsack' ? Math.round(form.minSpendPercent * 100) : 0,
      points: cumulative ? form.points : 0,
      maxPointsPerProject: cumulative ? form.maxPointsPerProject : 0,
    },
    timeline: context.timeline ?? { reviewStart, votingStart, votingEnd: votingStart + Math.max(1, form.votingDays) * day },
    counting: {
      rule: equalShares ? 1 : 0,
      stopAtMisfit: false,
      minSupport: BigInt(form.minSupport),
      completion: equalShares ? completions[form.completion] : 0,
      challengeWindow: equalShares ? Math.max(1, form.challengeDays) * day : 0,
      challengeBond: equalShares ? BigInt(form.bond) : 0n,
    },
    descriptionHash: context.descriptionHash,
  };
  const categories = form.categories.split(',').map((name) => name.trim()).filter((name) => name.length > 0);
  return { config, categories, ballots: form.ballots };
}
