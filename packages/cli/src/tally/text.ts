import type { EqualSharesExplanation, EqualSharesOutcome, GreedyOutcome, PabulibFile } from '@polity/sdk';
import { formatAmount, plural, truncate } from '../output/format.js';
import { renderTable } from '../output/table.js';
import { amountsOf, type Amounts } from './amounts.js';
import { outcomeOf, type TallyResult } from './json.js';
import { describeEqualShares, describeGreedy } from './words.js';

/** The human-readable output: a summary, a table of projects by support, and with `explain` the rounds in words. */
export function tallyText(result: TallyResult, file: string, explain: boolean): string {
  const outcome = outcomeOf(result);
  const amounts = amountsOf(result.pabulib);
  const names = new Map(result.pabulib.projects.map((project) => [project.id, project.fields['name'] ?? '']));
  const order = [...outcome.projects].sort((a, b) => b.support - a.support || a.cost - b.cost);
  const roundOf = outcome.rule === 'equal-shares' ? new Map(outcome.rounds.map((round) => [round.projectId, `round ${round.round}`])) : new Map<string, string>();
  const addedBy = outcome.rule === 'equal-shares' ? new Set(outcome.addedByCompletion) : new Set<string>();
  const table = renderTable(
    [{ header: 'project' }, { header: 'name' }, { header: 'cost', align: 'right' }, { header: 'support', align: 'right' }, { header: 'funded' }],
    order.map((project) => [
      project.id,
      truncate(names.get(project.id)!, 40),
      amounts.text(project.cost),
      formatAmount(project.support),
      project.funded ? `yes${roundOf.has(project.id) && !usedGreedy(outcome) ? ` (${roundOf.get(project.id)})` : addedBy.has(project.id) ? ' (completion)' : ''}` : '',
    ]),
  );
  const lines = [
    `${file}: ${plural(result.pabulib.projects.length, 'project')}, ${plural(result.pabulib.votes.length, 'ballot')}, budget ${amounts.text(outcome.budget)}`,
    `rule: ${describeRule(outcome, amounts)}${result.label === undefined ? '' : ` (META rule ${result.label})`}`,
    `funded: ${plural(outcome.selected.length, 'project')} costing ${amounts.text(outcome.cost)} (${amounts.text(outcome.budget - outcome.cost)} unspent)`,
    '',
    table,
  ];
  if (explain) lines.push(result.rule === 'mes' && 'explanation' in result ? explainEqualShares(result.explanation, result.pabulib) : describeGreedy(outcome as GreedyOutcome, names, amounts));
  return lines.join('\n');
}

function usedGreedy(outcome: GreedyOutcome | EqualSharesOutcome): boolean {
  return outcome.rule === 'equal-shares' && outcome.comparison?.usedGreedy === true;
}

function explainEqualShares(explanation: EqualSharesExplanation, pabulib: PabulibFile): string {
  return describeEqualShares(explanation, pabulib);
}

function describeRule(outcome: GreedyOutcome | EqualSharesOutcome, amounts: Amounts): string {
  if (outcome.rule !== 'equal-shares') return outcome.rule;
  const parts = [`equal shares (${outcome.utilities} utilities), completion ${outcome.completion}`];
  if (outcome.completion === 'add1' || outcome.completion === 'add1-exhaustive') {
    parts.push(`endowment ${amounts.money(outcome.endowment)} per voter after ${plural(outcome.add1Steps, 'Add1 step')}, stopped: ${outcome.stop}`);
  }
  if (outcome.comparison !== undefined) {
    const { prefersEqualShares, prefersGreedy, usedGreedy: greedyWon } = outcome.comparison;
    parts.push(`comparison step: ${formatAmount(prefersEqualShares)} voters prefer equal shares, ${formatAmount(prefersGreedy)} greedy: ${greedyWon ? 'greedy used' : 'equal shares kept'}`);
  }
  return parts.join('; ');
}
