/**
 * The two clocks of the policy: the resident's quota restarts at midnight UTC, the city's budget at the
 * start of each period of `periodDays` whole UTC days, counted from 1970-01-01 so that every server of
 * the city agrees on the boundaries without any stored state.
 */
const DAY_MS = 86_400_000;

export interface Period {
  /** Inclusive. */
  readonly start: Date;
  /** Exclusive: the next period's start. */
  readonly end: Date;
}

/** The UTC day `now` falls in. */
export function dayOf(now: Date): Period {
  const start = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return { start: new Date(start), end: new Date(start + DAY_MS) };
}

/** The budget period `now` falls in. */
export function budgetPeriodOf(now: Date, periodDays: number): Period {
  const length = periodDays * DAY_MS;
  const start = Math.floor(now.getTime() / length) * length;
  return { start: new Date(start), end: new Date(start + length) };
}
