import {
  formatRational,
  type EqualSharesExplanation,
  type EqualSharesOutcome,
  type FundingReason,
  type GreedyOutcome,
  type PabulibFile,
  type Rational,
} from '@polity/sdk';
import { exactText } from '../output/format.js';

/** What `tally` computed, with the file it came from (for names and voter ids). */
export type TallyResult =
  | { readonly pabulib: PabulibFile; readonly rule: 'greedy' | 'greedy-no-skip' | 'greedy-threshold'; readonly outcome: GreedyOutcome }
  | { readonly pabulib: PabulibFile; readonly rule: 'mes'; readonly outcome: EqualSharesOutcome }
  | { readonly pabulib: PabulibFile; readonly rule: 'mes'; readonly explanation: EqualSharesExplanation };

export function outcomeOf(result: TallyResult): GreedyOutcome | EqualSharesOutcome {
  return 'explanation' in result ? result.explanation.outcome : result.outcome;
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** An exact amount for machines ("200/3") with its rounded decimal for people ("66.67"). */
function money(value: Rational): Json {
  return { exact: exactText(value), decimal: formatRational(value, 2) };
}

/**
 * The `--json` output: one object. `selected` lists the funded project ids (as in the file) in the
 * order the rule funded them, `cost` their total cost.
 */
export function tallyJson(result: TallyResult, file: string, explain: boolean): Json {
  const outcome = outcomeOf(result);
  const names = new Map(result.pabulib.projects.map((project) => [project.id, project.fields['name']]));
  const common = {
    file,
    rule: result.rule,
    budget: outcome.budget,
    cost: outcome.cost,
    unspent: outcome.budget - outcome.cost,
    selected: outcome.selected,
    voters: result.pabulib.votes.length,
    projects: outcome.projects.map((project) => ({ ...project, ...(names.get(project.id) === undefined ? {} : { name: names.get(project.id)! }) })),
  };
  if (outcome.rule !== 'equal-shares') {
    return { ...common, steps: outcome.steps.map((step) => ({ ...step })) };
  }
  const equalShares = {
    completion: outcome.completion,
    utilities: outcome.utilities,
    comparison: outcome.comparison === undefined ? null : { ...outcome.comparison },
    endowment: money(outcome.endowment),
    add1Steps: outcome.add1Steps,
    stop: outcome.stop,
    addedByCompletion: outcome.addedByCompletion,
    rounds: outcome.rounds.map((round) => ({
      round: round.round,
      projectId: round.projectId,
      cost: round.cost,
      pricePerSupport: money(round.pricePerSupport),
      moneyBehind: money(round.moneyBehind),
      fullPricePayers: round.fullPricePayers,
      everythingPayers: round.everythingPayers,
    })),
    dropouts: outcome.dropouts.map((dropout) => ({ ...dropout })),
  };
  if (!explain || !('explanation' in result)) return { ...common, equalShares };
  const voterIds = result.pabulib.votes.map((vote) => vote.voterId);
  return {
    ...common,
    equalShares,
    explanation: result.explanation.projects.map((project) => ({
      projectId: project.projectId,
      cost: project.cost,
      supporters: project.supporters,
      funded: project.funded,
      reason: reasonJson(project.reason, voterIds),
    })),
  };
}

function reasonJson(reason: FundingReason, voterIds: readonly string[]): Json {
  switch (reason.kind) {
    case 'round':
      return {
        kind: reason.kind,
        round: reason.round,
        pricePerSupport: money(reason.pricePerSupport),
        moneyBehind: money(reason.moneyBehind),
        payments: reason.payments.map((group) => ({
          amount: money(group.amount),
          points: group.points,
          paidEverything: group.paidEverything,
          voters: group.voters.map((voter) => voterIds[voter]!),
        })),
      };
    case 'unaffordable':
      return { kind: reason.kind, afterRound: reason.afterRound, moneyLeft: money(reason.moneyLeft) };
    default:
      return { ...reason };
  }
}
