import { describe, expect, it } from 'vitest';
import { parseDate } from '$lib/dates/parse-date';
import { readRoundDates } from './round-dates';

const pl = (text: string) => parseDate(text, { locale: 'pl', timeZone: 'Europe/Warsaw' });
const now = Date.UTC(2026, 11, 5, 12) / 1000;

describe('readRoundDates', () => {
  it('gives the timeline of dates typed in order, after now', () => {
    expect(readRoundDates({ reviewStart: pl('7.12.2026'), votingStart: pl('14.12.2026 9:00'), votingEnd: pl('28.12.2026 18:00') }, now)).toEqual({
      ok: true,
      timeline: { reviewStart: Date.UTC(2026, 11, 6, 23) / 1000, votingStart: Date.UTC(2026, 11, 14, 8) / 1000, votingEnd: Date.UTC(2026, 11, 28, 17) / 1000 },
    });
  });

  it('says which date cannot be read, then what is out of order', () => {
    expect(readRoundDates({ reviewStart: pl('7.12.2026'), votingStart: pl('31.02.2027'), votingEnd: pl('28.12.2026') }, now)).toEqual({ ok: false, problem: { kind: 'date', field: 'votingStart', problem: { kind: 'no-such-day', text: '31.02.2027' } } });
    expect(readRoundDates({ reviewStart: undefined, votingStart: pl('14.12.2026'), votingEnd: pl('28.12.2026') }, now)).toMatchObject({ ok: false, problem: { kind: 'date', field: 'reviewStart', problem: { kind: 'empty' } } });
    expect(readRoundDates({ reviewStart: pl('5.12.2026 12:00'), votingStart: pl('14.12.2026'), votingEnd: pl('28.12.2026') }, now)).toEqual({ ok: false, problem: { kind: 'past', now } });
    expect(readRoundDates({ reviewStart: pl('14.12.2026'), votingStart: pl('14.12.2026'), votingEnd: pl('28.12.2026') }, now)).toEqual({ ok: false, problem: { kind: 'voting-before-review' } });
    expect(readRoundDates({ reviewStart: pl('7.12.2026'), votingStart: pl('14.12.2026'), votingEnd: pl('10.12.2026') }, now)).toEqual({ ok: false, problem: { kind: 'end-before-voting' } });
  });
});
