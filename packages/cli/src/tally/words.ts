import {
  compareRational,
  rational,
  type EqualSharesExplanation,
  type GreedyOutcome,
  type PabulibFile,
  type PaymentGroup,
} from '@polity/sdk';
import { formatAmount, plural, truncate } from '../output/format.js';
import { amountsOf, type Amounts } from './amounts.js';

/** The equal-shares rounds in words, then why each other project was not funded. */
export function describeEqualShares(explanation: EqualSharesExplanation, pabulib: PabulibFile): string {
  const { outcome, projects } = explanation;
  const amounts = amountsOf(pabulib);
  const formatMoney = amounts.money;
  const names = new Map(pabulib.projects.map((project) => [project.id, project.fields['name'] ?? '']));
  const label = (id: string, cost: number): string => `${id}${names.get(id) ? ` "${truncate(names.get(id)!, 40)}"` : ''} (${amounts.text(cost)})`;
  const share = rational(outcome.budget, Math.max(pabulib.votes.length, 1));
  const lines = ['How equal shares counted:'];
  const raised = outcome.add1Steps > 0 ? `, raised by Add1 ${plural(outcome.add1Steps, 'time')} from the budget share ${formatMoney(share)}` : '';
  lines.push(`Each of the ${plural(pabulib.votes.length, 'voter')} starts with ${formatMoney(outcome.endowment)}${raised}.`);
  const byRound = projects.flatMap((project) => (project.reason.kind === 'round' ? [{ project, reason: project.reason }] : [])).sort((a, b) => a.reason.round - b.reason.round);
  for (const { project, reason } of byRound) {
    lines.push(`Round ${reason.round}: ${label(project.projectId, project.cost)} is funded: ${describePayments(reason.payments, amounts)}.`);
  }
  const others = projects.filter((project) => project.reason.kind !== 'round');
  if (others.length > 0) lines.push('', 'Other projects:');
  for (const project of others) {
    const reason = project.reason;
    const what =
      reason.kind === 'completion'
        ? reason.completion === 'utilitarian'
          ? 'funded by the utilitarian completion (most supported projects that still fit)'
          : 'funded: every supported project fits in the budget'
        : reason.kind === 'greedy-preferred'
          ? "funded: the comparison step chose greedy's outcome"
          : reason.kind === 'dropped-for-greedy'
            ? "not funded: the comparison step chose greedy's outcome"
            : reason.kind === 'not-eligible'
              ? 'not funded: not eligible'
              : reason.kind === 'no-supporters'
                ? 'not funded: nobody supports it'
                : reason.kind === 'unaffordable'
                  ? `not funded: its ${plural(project.supporters, 'supporter')} ${project.supporters === 1 ? 'has' : 'have'} ${formatMoney(reason.moneyLeft)} left in total, less than its cost (${reason.afterRound === 0 ? 'out of reach from the start' : `found out of reach after round ${reason.afterRound}`})`
                  : '';
    lines.push(`  ${label(project.projectId, project.cost)}: ${what}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** "its 43 supporters each pay 167.44" or "12 supporters pay 52.31 each; 3 pay all they have left (from 10.00 to 40.00)". */
function describePayments(payments: readonly PaymentGroup[], amounts: Amounts): string {
  const formatMoney = amounts.money;
  const full = payments.filter((group) => !group.paidEverything);
  const partial = payments.filter((group) => group.paidEverything);
  const parts = full.map((group) => {
    const points = group.points === 1 ? '' : ` for ${group.points} points`;
    return partial.length === 0 && full.length === 1
      ? `its ${plural(group.voters.length, 'supporter')} each pay ${formatMoney(group.amount)}`
      : `${plural(group.voters.length, 'supporter')} pay ${formatMoney(group.amount)} each${points}`;
  });
  if (partial.length > 0) {
    const voters = partial.reduce((sum, group) => sum + group.voters.length, 0);
    const paid = partial.map((group) => group.amount).sort(compareRational);
    const range = paid.length === 1 ? formatMoney(paid[0]!) : `from ${formatMoney(paid[0]!)} to ${formatMoney(paid.at(-1)!)}`;
    parts.push(`${plural(voters, 'supporter')} cannot afford that and ${voters === 1 ? 'pays' : 'pay'} all they have left (${range})`);
  }
  return parts.join('; ');
}

/** The greedy walk in words. */
export function describeGreedy(outcome: GreedyOutcome, names: ReadonlyMap<string, string>, amounts: Amounts): string {
  const lines = ['How greedy counted (projects by support, most supported first):'];
  for (const step of outcome.steps) {
    const name = names.get(step.projectId);
    const label = `${step.projectId}${name ? ` "${truncate(name, 40)}"` : ''} (${amounts.text(step.cost)}, support ${formatAmount(step.support)})`;
    const what = {
      funded: `funded, ${amounts.text(step.budgetLeft)} left`,
      'does-not-fit': `does not fit in the ${amounts.text(step.budgetLeft)} left${outcome.rule === 'greedy-no-skip' ? ': counting stops here' : ''}`,
      'below-threshold': 'below the support threshold',
      'group-already-funded': `passed over: ${step.excludedBy} from the same exclusive group is funded`,
      'no-support': 'nobody supports it',
      'not-eligible': 'not eligible',
      'not-reached': 'not reached',
    }[step.decision];
    lines.push(`  ${label}: ${what}.`);
  }
  return `${lines.join('\n')}\n`;
}
