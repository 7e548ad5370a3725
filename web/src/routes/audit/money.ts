import type { PolityActivity } from '@polity/sdk';
import { eventsNamed } from '$lib/polity/activity';

/** Money over time: cumulative allocations to projects and milestone payments, by block. */
export function moneyOverTime(activity: readonly PolityActivity[]): { block: bigint; allocated: bigint; released: bigint }[] {
  let allocated = 0n;
  let released = 0n;
  const points: { block: bigint; allocated: bigint; released: bigint }[] = [];
  for (const entry of activity) {
    if (entry.eventName === 'ProjectFunded') allocated += entry.args.allocation;
    else if (entry.eventName === 'MilestoneReleased') released += entry.args.amount;
    else if (entry.eventName === 'ProjectStopped') allocated -= entry.args.refund;
    else continue;
    points.push({ block: entry.blockNumber, allocated, released });
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
