import type { PolityActivity } from '@polity/sdk';
import { eventsNamed } from './activity';

/** Money that moved out of the treasury into projects, as the escrow's events tell it. */
export interface MoneyFlows {
  /** Moved from the treasury into the escrow for funded projects. */
  readonly allocated: bigint;
  /** Paid from the escrow to project recipients, milestone by milestone. */
  readonly released: bigint;
  /** Returned to the treasury when projects were stopped. */
  readonly refunded: bigint;
}

export function moneyFlows(activity: readonly PolityActivity[]): MoneyFlows {
  const sum = (values: bigint[]) => values.reduce((total, value) => total + value, 0n);
  return {
    allocated: sum(eventsNamed(activity, 'ProjectFunded').map((event) => event.args.allocation)),
    released: sum(eventsNamed(activity, 'MilestoneReleased').map((event) => event.args.amount)),
    refunded: sum(eventsNamed(activity, 'ProjectStopped').map((event) => event.args.refund)),
  };
}
