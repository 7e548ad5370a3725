import type { PolityActivity } from '@polity/sdk';
import { eventsNamed } from '$lib/polity/events';

export interface MoneyPoint {
  readonly block: bigint;
  /** Budgets of the rounds opened so far. */
  readonly budgeted: bigint;
  /** Moved from the treasury into the escrow for funded projects (less refunds of stopped ones). */
  readonly allocated: bigint;
  /** Paid to project recipients, milestone by milestone. */
  readonly released: bigint;
}

/** Money over time, cumulative, by block: budgets opened, allocations out of the treasury, payments. */
export function moneyOverTime(activity: readonly PolityActivity[]): MoneyPoint[] {
  let budgeted = 0n;
  let allocated = 0n;
  let released = 0n;
  const points: MoneyPoint[] = [];
  for (const entry of activity) {
    if (entry.eventName === 'RoundOpened') budgeted += entry.args.config.budget;
    else if (entry.eventName === 'ProjectFunded') allocated += entry.args.allocation;
    else if (entry.eventName === 'MilestoneReleased') released += entry.args.amount;
    else if (entry.eventName === 'ProjectStopped') allocated -= entry.args.refund;
    else continue;
    points.push({ block: entry.blockNumber, budgeted, allocated, released });
  }
  return points;
}

/** Money given to projects, by the category the project was submitted in (round's category names). */
export function moneyByCategory(activity: readonly PolityActivity[]): Map<string, bigint> {
  const categories = new Map(eventsNamed(activity, 'RoundOpened').map((event) => [event.args.roundId, event.args.categories]));
  const projectCategory = new Map(eventsNamed(activity, 'ProjectSubmitted').map((event) => [`${event.args.roundId}:${event.args.projectId}`, event.args.category]));
  const totals = new Map<string, bigint>();
  for (const { args } of eventsNamed(activity, 'ProjectFunded')) {
    const index = projectCategory.get(`${args.roundId}:${args.projectId}`);
    const name = (index === undefined ? undefined : categories.get(args.roundId)?.[index]) ?? '—';
    totals.set(name, (totals.get(name) ?? 0n) + args.allocation);
  }
  return totals;
}

/** One change of the treasury's balance in the city's token, as the polity's own records show it. */
export interface TreasuryChange {
  readonly block: bigint;
  readonly delta: bigint;
}

/**
 * The treasury's balance over time, reconstructed backwards from its balance now and the changes the
 * polity recorded: project funding pulled from it, refunds of stopped projects, and payments made by
 * executed proposals (their decoded `transfer` actions). Tokens sent to the treasury from outside the
 * polity (a city's own top-ups) are not in these records, so before such a top-up the line is what the
 * treasury would have held without it.
 */
export function treasuryOverTime(balanceNow: bigint, changes: readonly TreasuryChange[]): { block: bigint; balance: bigint }[] {
  const ordered = [...changes].sort((a, b) => (a.block < b.block ? -1 : a.block > b.block ? 1 : 0));
  let balance = balanceNow;
  const points: { block: bigint; balance: bigint }[] = [];
  for (let index = ordered.length - 1; index >= 0; index -= 1) {
    const change = ordered[index]!;
    points.push({ block: change.block, balance });
    balance -= change.delta;
  }
  if (ordered.length > 0) points.push({ block: ordered[0]!.block - 1n, balance });
  return points.reverse();
}
