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
