import {
  type EqualSharesExplanation,
  type EqualSharesOutcome,
  type FundingReason,
  type GreedyOutcome,
  type PabulibFile,
  type Rational,
} from '@polity/sdk';
import { amountsOf, type Amounts } from './amounts.js';

/** What `tally` computed, with the file it came from (for names, voter ids and its amounts' precision). */
export type TallyResult = (
  | { readonly pabulib: PabulibFile; readonly rule: 'greedy' | 'greedy-no-skip' | 'greedy-threshold'; readonly outcome: GreedyOutcome }
  | { readonly pabulib: PabulibFile; readonly rule: 'mes'; readonly outcome: EqualSharesOutcome }
  | { readonly pabulib: PabulibFile; readonly rule: 'mes'; readonly explanation: EqualSharesExplanation }
) & {
  /** The file's META `rule` label when `--rule auto` chose the rule by it. */
  readonly label?: string;
};

export function outcomeOf(result: TallyResult): GreedyOutcome | EqualSharesOutcome {
  return 'explanation' in result ? result.explanation.outcome : result.outcome;
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * The `--json` output: one object. `selected` lists the funded project ids (as in the file) in the
 * order the rule funded them, `cost` their total cost. Amounts are numbers of currency units when the
 * file's are whole (`amountDecimals` 0), and exact decimal strings at the file's precision otherwise
 * (`"543715.64"`); amounts that fall between units (`endowment`, payments) are `{ exact, decimal }`.
 */
export function tallyJson(result: TallyResult, file: string, explain: boolean): Json {
  const outcome = outcomeOf(result);
  const amounts = amountsOf(result.pabulib);
  const money = (value: Rational): Json => amounts.moneyJson(value);
  const names = new Map(result.pabulib.projects.map((project) => [project.id, project.fields['name']]));
  const common = {
    file,
    rule: result.rule,
    ...(result.label === undefined ? {} : { metaRule: result.label }),
    amountDecimals: amounts.decimals,
    budget: amounts.json(outcome.budget),
    cost: amounts.json(outcome.cost),
    unspent: amounts.json(outcome.budget - outcome.cost),
    selected: outcome.selected,
    voters: result.pabulib.votes.length,
    projects: outcome.projects.map((project) => ({ ...project, cost: amounts.json(project.cost), ...(names.get(project.id) === undefined ? {} : { name: names.get(project.id)! }) })),
  };
  if (outcome.rule !== 'equal-shares') {
    return { ...common, steps: outcome.steps.map((step) => ({ ...step, cost: amounts.json(step.cost), budgetLeft: amounts.json(step.budgetLeft) })) };
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
      cost: amounts.json(round.cost),
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
      cost: amounts.json(project.cost),
      supporters: project.supporters,
      funded: project.funded,
      reason: reasonJson(project.reason, voterIds, amounts),
    })),
  };
}

function reasonJson(reason: FundingReason, voterIds: readonly string[], amounts: Amounts): Json {
  const money = (value: Rational): Json => amounts.moneyJson(value);
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
