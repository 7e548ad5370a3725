import type { DateProblem, ParsedDate } from '$lib/dates/parse-date';

/** The three moments of a round's schedule as typed dates (the other way to schedule is days from now). */
export interface RoundDates {
  readonly reviewStart: ParsedDate | undefined;
  readonly votingStart: ParsedDate | undefined;
  readonly votingEnd: ParsedDate | undefined;
}

export type RoundDatesProblem =
  | { readonly kind: 'date'; readonly field: keyof RoundDates; readonly problem: DateProblem }
  | { readonly kind: 'past'; readonly now: number }
  | { readonly kind: 'voting-before-review' }
  | { readonly kind: 'end-before-voting' };

export type RoundTimeline = { readonly reviewStart: number; readonly votingStart: number; readonly votingEnd: number };

/**
 * Checks typed dates the way the round contract will (review after now, voting after review, the
 * end after voting starts), so the council reads what to fix before anything is published or sent.
 * `now` is the chain's clock (the demo's can run ahead of the wall clock).
 */
export function readRoundDates(dates: RoundDates, now: number): { ok: true; timeline: RoundTimeline } | { ok: false; problem: RoundDatesProblem } {
  const seconds: Partial<Record<keyof RoundDates, number>> = {};
  for (const field of ['reviewStart', 'votingStart', 'votingEnd'] as const) {
    const parsed = dates[field] ?? { ok: false as const, problem: { kind: 'empty' as const } };
    if (!parsed.ok) return { ok: false, problem: { kind: 'date', field, problem: parsed.problem } };
    seconds[field] = parsed.seconds;
  }
  const timeline = seconds as RoundTimeline;
  if (timeline.reviewStart <= now) return { ok: false, problem: { kind: 'past', now } };
  if (timeline.votingStart <= timeline.reviewStart) return { ok: false, problem: { kind: 'voting-before-review' } };
  if (timeline.votingEnd <= timeline.votingStart) return { ok: false, problem: { kind: 'end-before-voting' } };
  return { ok: true, timeline };
}
