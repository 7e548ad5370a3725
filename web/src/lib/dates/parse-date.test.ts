import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDate } from './parse-date';

const warsaw = { timeZone: 'Europe/Warsaw' } as const;
/** Seconds of a UTC wall-clock time: the independent reference the parser's answers are checked against. */
const utc = (year: number, month: number, day: number, hour = 0, minute = 0) => Date.UTC(year, month - 1, day, hour, minute) / 1000;

describe('parseDate in Polish', () => {
  const pl = { locale: 'pl', ...warsaw } as const;

  it('reads the dotted day-month-year form, with or without leading zeros and a time', () => {
    // December in Warsaw is UTC+1.
    expect(parseDate('5.12.2026', pl)).toMatchObject({ ok: true, seconds: utc(2026, 12, 4, 23), hasTime: false });
    expect(parseDate('05.12.2026', pl)).toMatchObject({ ok: true, seconds: utc(2026, 12, 4, 23) });
    expect(parseDate('05.12.2026 14:30', pl)).toMatchObject({ ok: true, seconds: utc(2026, 12, 5, 13, 30), hasTime: true });
    expect(parseDate(' 5.12.2026,  9:05 ', pl)).toMatchObject({ ok: true, seconds: utc(2026, 12, 5, 8, 5) });
    expect(parseDate('5.12.2026 r.', pl)).toMatchObject({ ok: true, seconds: utc(2026, 12, 4, 23) });
  });

  it('reads month names as Poles write them, and ISO dates', () => {
    expect(parseDate('5 grudnia 2026', pl)).toMatchObject({ ok: true, seconds: utc(2026, 12, 4, 23) });
    expect(parseDate('5 gru 2026, 14:30', pl)).toMatchObject({ ok: true, seconds: utc(2026, 12, 5, 13, 30) });
    expect(parseDate('1 października 2026', pl)).toMatchObject({ ok: true, seconds: utc(2026, 9, 30, 22) });
    expect(parseDate('2026-12-05', pl)).toMatchObject({ ok: true, seconds: utc(2026, 12, 4, 23) });
  });

  it('does not read the English month-first forms', () => {
    expect(parseDate('12/5/2026', pl)).toEqual({ ok: false, problem: { kind: 'unreadable', text: '12/5/2026' } });
    expect(parseDate('Dec 5, 2026', pl)).toEqual({ ok: false, problem: { kind: 'unreadable', text: 'Dec 5, 2026' } });
  });
});

describe('parseDate in English', () => {
  const en = { locale: 'en', ...warsaw } as const;

  it('reads dates as the app writes them, with 12-hour times', () => {
    expect(parseDate('Dec 5, 2026', en)).toMatchObject({ ok: true, seconds: utc(2026, 12, 4, 23) });
    expect(parseDate('December 5, 2026', en)).toMatchObject({ ok: true, seconds: utc(2026, 12, 4, 23) });
    expect(parseDate('Dec 5, 2026, 2:30 PM', en)).toMatchObject({ ok: true, seconds: utc(2026, 12, 5, 13, 30), hasTime: true });
    expect(parseDate('Dec 5, 2026, 12:15 AM', en)).toMatchObject({ ok: true, seconds: utc(2026, 12, 4, 23, 15) });
    expect(parseDate('5 Dec 2026 14:30', en)).toMatchObject({ ok: true, seconds: utc(2026, 12, 5, 13, 30) });
    expect(parseDate('12/5/2026', en)).toMatchObject({ ok: true, seconds: utc(2026, 12, 4, 23) });
    expect(parseDate('2026-12-05T14:30', en)).toMatchObject({ ok: true, seconds: utc(2026, 12, 5, 13, 30) });
  });

  it('does not read the Polish dotted form (5.12 would be read as May 12 by some)', () => {
    expect(parseDate('5.12.2026', en)).toEqual({ ok: false, problem: { kind: 'unreadable', text: '5.12.2026' } });
  });
});

describe('parseDate refuses what is not a date', () => {
  const pl = { locale: 'pl', ...warsaw } as const;
  const en = { locale: 'en', ...warsaw } as const;

  it('with the text, never a nearby date', () => {
    expect(parseDate('', pl)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseDate('  ', en)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseDate(undefined, en)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseDate('next friday', en)).toEqual({ ok: false, problem: { kind: 'unreadable', text: 'next friday' } });
    expect(parseDate('31.02.2027', pl)).toEqual({ ok: false, problem: { kind: 'no-such-day', text: '31.02.2027' } });
    expect(parseDate('Feb 29, 2027', en)).toEqual({ ok: false, problem: { kind: 'no-such-day', text: 'Feb 29, 2027' } });
    expect(parseDate('5.13.2026', pl)).toEqual({ ok: false, problem: { kind: 'no-such-day', text: '5.13.2026' } });
    expect(parseDate('5.12.2026 25:00', pl)).toEqual({ ok: false, problem: { kind: 'unreadable', text: '5.12.2026 25:00' } });
    expect(parseDate('5.12.2026 soon', pl)).toEqual({ ok: false, problem: { kind: 'unreadable', text: '5.12.2026 soon' } });
    expect(parseDate('5.12.26', pl)).toEqual({ ok: false, problem: { kind: 'unreadable', text: '5.12.26' } });
    expect(parseDate('5.12.2026 2:30 PM', pl)).toEqual({ ok: false, problem: { kind: 'unreadable', text: '5.12.2026 2:30 PM' } });
    expect(parseDate('Dec 5, 2026, 13:00 PM', en)).toEqual({ ok: false, problem: { kind: 'unreadable', text: 'Dec 5, 2026, 13:00 PM' } });
    expect(parseDate('Smarch 5, 2026', en)).toEqual({ ok: false, problem: { kind: 'unreadable', text: 'Smarch 5, 2026' } });
    expect(parseDate('29.02.2028', pl)).toMatchObject({ ok: true });
  });
});

describe('parseDate reads the wall clock of the time zone dates are shown in', () => {
  it('summer and winter time in Warsaw', () => {
    expect(parseDate('1.07.2027 12:00', { locale: 'pl', timeZone: 'Europe/Warsaw' })).toMatchObject({ seconds: utc(2027, 7, 1, 10) });
    expect(parseDate('1.01.2027 12:00', { locale: 'pl', timeZone: 'Europe/Warsaw' })).toMatchObject({ seconds: utc(2027, 1, 1, 11) });
  });

  it('the same text is a different instant in another city', () => {
    expect(parseDate('Dec 5, 2026, 2:30 PM', { locale: 'en', timeZone: 'America/New_York' })).toMatchObject({ seconds: utc(2026, 12, 5, 19, 30) });
    expect(parseDate('Dec 5, 2026, 2:30 PM', { locale: 'en', timeZone: 'UTC' })).toMatchObject({ seconds: utc(2026, 12, 5, 14, 30) });
    expect(parseDate('5.12.2026 14:30', { locale: 'pl', timeZone: 'Asia/Kolkata' })).toMatchObject({ seconds: utc(2026, 12, 5, 9, 0) });
  });

  it('around the change to summer time (Warsaw, 28 March 2027: 02:00 becomes 03:00)', () => {
    expect(parseDate('28.03.2027 01:30', { locale: 'pl', timeZone: 'Europe/Warsaw' })).toMatchObject({ seconds: utc(2027, 3, 28, 0, 30) });
    expect(parseDate('28.03.2027 03:30', { locale: 'pl', timeZone: 'Europe/Warsaw' })).toMatchObject({ seconds: utc(2027, 3, 28, 1, 30) });
  });

  it('reads back every date it writes, in both languages, with and without the time', () => {
    for (const timeZone of ['Europe/Warsaw', 'America/New_York', 'UTC']) {
      for (const locale of ['en', 'pl'] as const) {
        for (let day = 0; day < 400; day += 7) {
          const seconds = utc(2026, 1, 1, 0) + day * 86_400 + 13 * 3600 + 45 * 60;
          const written = formatDateInput(seconds, { locale, timeZone, withTime: true });
          expect(parseDate(written, { locale, timeZone }), `${written} (${timeZone})`).toMatchObject({ ok: true, seconds, hasTime: true });
          // A day without a time is its midnight in that zone.
          const dayWritten = formatDateInput(seconds, { locale, timeZone });
          const dayOnly = parseDate(dayWritten, { locale, timeZone });
          expect(dayOnly.ok && formatDateInput(dayOnly.seconds, { locale, timeZone, withTime: true }).replace(/\s/g, ' ')).toBe(`${dayWritten}${locale === 'pl' ? ' 00:00' : ', 12:00 AM'}`);
        }
      }
    }
  });

  it('writes Polish dates with dots and English ones as the app does', () => {
    const seconds = utc(2026, 12, 5, 13, 30);
    expect(formatDateInput(seconds, { locale: 'pl', timeZone: 'Europe/Warsaw', withTime: true })).toBe('05.12.2026 14:30');
    expect(formatDateInput(seconds, { locale: 'pl', timeZone: 'Europe/Warsaw' })).toBe('05.12.2026');
    expect(formatDateInput(seconds, { locale: 'en', timeZone: 'Europe/Warsaw' })).toBe('Dec 5, 2026');
  });
});
