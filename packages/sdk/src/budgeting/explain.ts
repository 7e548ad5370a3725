import type { Election, PreparedElection } from './election.js';
import { computeEqualShares, type EqualSharesOptions, type EqualSharesOutcome } from './equal-shares.js';
import type { RunPayment, RunResult } from './equal-shares-run.js';
import { rational, type Rational } from './rational.js';

/**
 * Why each project was or was not funded by equal shares, as data a resident-facing page can render:
 * for a funded project, the round, the price and who paid how much; for the others, the reason.
 */
export interface EqualSharesExplanation {
  readonly outcome: EqualSharesOutcome;
  /** Voters counted (ballots in the election). */
  readonly voters: number;
  /**
   * The budget split equally among the voters. Pure equal shares starts every voter with this; with
   * Add1 the run that is reported starts them with `outcome.endowment` instead, which is higher.
   */
  readonly budgetShare: Rational;
  /** In the election's project order. */
  readonly projects: readonly ProjectExplanation[];
}

export interface ProjectExplanation {
  readonly projectId: string;
  readonly cost: number;
  /** Voters giving the project a positive score. */
  readonly supporters: number;
  readonly funded: boolean;
  readonly reason: FundingReason;
}

export type FundingReason =
  /** Funded in an equal-shares round. */
  | {
      readonly kind: 'round';
      /** 1-based. */
      readonly round: number;
      /** Full price per approval (per point on cumulative ballots). */
      readonly pricePerSupport: Rational;
      /** The supporters' money just before, at least the cost. */
      readonly moneyBehind: Rational;
      /** Groups of supporters who paid the same amount: full-price payers first, then by amount. */
      readonly payments: readonly PaymentGroup[];
    }
  /** Funded after the rounds, by the utilitarian completion or because every supported project fits. */
  | { readonly kind: 'completion'; readonly completion: 'utilitarian' | 'everything-fits' }
  /** Funded because the comparison step chose greedy's outcome. */
  | { readonly kind: 'greedy-preferred' }
  /** Not funded: excluded from the round (ineligible). */
  | { readonly kind: 'not-eligible' }
  /** Not funded: nobody supports it. */
  | { readonly kind: 'no-supporters' }
  /**
   * Not funded: its supporters' remaining money could no longer cover its cost. `afterRound` is when
   * equal shares found that out; `moneyLeft` is what its supporters hold at the end.
   */
  | { readonly kind: 'unaffordable'; readonly afterRound: number; readonly moneyLeft: Rational }
  /** Not funded: equal shares would have, but the comparison step chose greedy's outcome. */
  | { readonly kind: 'dropped-for-greedy' };

export interface PaymentGroup {
  /** What each voter of the group paid. */
  readonly amount: Rational;
  /** Points each gave the project (1 for an approval). */
  readonly points: number;
  /** True when they could not afford the full price and paid all they had left. */
  readonly paidEverything: boolean;
  /** Positions of their ballots in `election.ballots`, ascending. */
  readonly voters: readonly number[];
}

/** Computes the equal-shares outcome with `options` (as {@link equalShares}) and explains it. */
export function explainEqualShares(election: Election, options: EqualSharesOptions = {}): EqualSharesExplanation {
  const { outcome, run, prepared } = computeEqualShares(election, options);
  const eligible = new Set(prepared.projectIds);
  for (const id of options.excluded ?? []) eligible.delete(id);
  const selected = new Set(outcome.selected);
  const usedGreedy = outcome.comparison?.usedGreedy === true;
  const rounds = new Map(run.rounds.map((round, index) => [round.project, { round, number: index + 1 }]));
  const dropouts = new Map(run.dropouts.map((dropout) => [dropout.project, dropout.afterRound]));
  const completion = outcome.stop === 'everything-fits' ? 'everything-fits' : 'utilitarian';

  const projects = prepared.projectIds.map((projectId, project): ProjectExplanation => {
    const funded = selected.has(projectId);
    const inRound = rounds.get(project);
    let reason: FundingReason;
    if (usedGreedy && funded) reason = { kind: 'greedy-preferred' };
    else if (usedGreedy && inRound !== undefined) reason = { kind: 'dropped-for-greedy' };
    else if (inRound !== undefined) {
      const { round, number } = inRound;
      reason = {
        kind: 'round',
        round: number,
        pricePerSupport: rational(round.priceNumerator, BigInt(round.priceWeight) * round.denominator),
        moneyBehind: rational(round.moneyBehind, round.denominator),
        payments: paymentGroups(prepared, round.payments),
      };
    } else if (funded) reason = { kind: 'completion', completion };
    else if (!eligible.has(projectId)) reason = { kind: 'not-eligible' };
    else if (prepared.supporters[project] === 0) reason = { kind: 'no-supporters' };
    else reason = unaffordable(run, project, dropouts.get(project) ?? run.rounds.length);
    return { projectId, cost: prepared.costs[project]!, supporters: prepared.supporters[project]!, funded, reason };
  });
  const voters = prepared.voterCount;
  return { outcome, voters, budgetShare: rational(BigInt(prepared.budget), BigInt(Math.max(voters, 1))), projects };
}

function unaffordable(run: RunResult, project: number, afterRound: number): FundingReason {
  const money = run.finalMoneyBehind.get(project) ?? 0n;
  return { kind: 'unaffordable', afterRound, moneyLeft: rational(money, run.finalDenominator) };
}

function paymentGroups(election: PreparedElection, payments: readonly RunPayment[]): PaymentGroup[] {
  const { voterOffsets, voters } = election.types;
  // Within a round every amount shares one denominator, so equal numerators are equal amounts.
  const groups = new Map<string, { payment: RunPayment; ballots: number[] }>();
  for (const payment of payments) {
    const key = `${payment.paidEverything}:${payment.weight}:${payment.amountNumerator}/${payment.amountDenominator}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { payment, ballots: [] };
      groups.set(key, group);
    }
    for (const type of payment.types) {
      for (let k = voterOffsets[type]!; k < voterOffsets[type + 1]!; k += 1) group.ballots.push(voters[k]!);
    }
  }
  return [...groups.values()]
    .map(({ payment, ballots }) => ({
      amount: rational(payment.amountNumerator, payment.amountDenominator),
      points: payment.weight,
      paidEverything: payment.paidEverything,
      voters: ballots.sort((a, b) => a - b),
    }))
    .sort((a, b) => Number(a.paidEverything) - Number(b.paidEverything) || compareDescending(a.amount, b.amount) || a.voters[0]! - b.voters[0]!);
}

function compareDescending(a: Rational, b: Rational): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left > right ? -1 : left < right ? 1 : 0;
}
