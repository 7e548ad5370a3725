/**
 * Dates typed by council staff, in their language's own way: Polish `5.12.2026` or `05.12.2026 14:30`
 * (and `5 grudnia 2026`), English as the app writes dates (`Dec 5, 2026`, `Dec 5, 2026, 2:30 PM`,
 * `12/5/2026`). ISO `2026-12-05` is read in both, so a pasted date always works. The wall-clock time
 * is read in the time zone the app shows dates in (`timeZone`), so what was typed is what is shown
 * afterwards. Nothing is guessed: a day that does not exist (31.02) or text that is not a date comes
 * back as a problem with the text, never as a nearby date.
 */
export type DateLocale = 'en' | 'pl';

export type DateProblem = { readonly kind: 'empty' } | { readonly kind: 'unreadable'; readonly text: string } | { readonly kind: 'no-such-day'; readonly text: string };

export type ParsedDate =
  | { readonly ok: true; readonly seconds: number; readonly hasTime: boolean; readonly day: CalendarDay }
  | { readonly ok: false; readonly problem: DateProblem };

/** A day of the calendar, as typed (month 1-12). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface ParseDateOptions {
  readonly locale: DateLocale;
  /** IANA time zone the typed wall-clock time is in; the browser's by default (the zone dates are shown in). */
  readonly timeZone?: string;
}

const monthNames: Record<DateLocale, readonly (readonly string[])[]> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  // Nominative, genitive (as in "5 grudnia") and the short form Intl writes ("5 gru 2026").
  pl: [
    ['styczeń', 'stycznia', 'sty'], ['luty', 'lutego', 'lut'], ['marzec', 'marca', 'mar'], ['kwiecień', 'kwietnia', 'kwi'],
    ['maj', 'maja'], ['czerwiec', 'czerwca', 'cze'], ['lipiec', 'lipca', 'lip'], ['sierpień', 'sierpnia', 'sie'],
    ['wrzesień', 'września', 'wrz'], ['październik', 'października', 'paź'], ['listopad', 'listopada', 'lis'], ['grudzień', 'grudnia', 'gru'],
  ],
};

function monthOf(word: string, locale: DateLocale): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  const index = monthNames[locale].findIndex((names) => names.includes(name));
  return index < 0 ? undefined : index + 1;
}

interface Reading {
  readonly day: CalendarDay;
  readonly rest: string;
}

/** The date part at the start of `text`, in the forms of `locale` (and ISO), with what follows it. */
function readDay(text: string, locale: DateLocale): Reading | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+|$)/.exec(text);
  if (iso) return { day: { year: +iso[1]!, month: +iso[2]!, day: +iso[3]! }, rest: text.slice(iso[0].length) };
  if (locale === 'pl') {
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*r\.)?(?:[,\s]+|$)/.exec(text);
    if (dotted) return { day: { year: +dotted[3]!, month: +dotted[2]!, day: +dotted[1]! }, rest: text.slice(dotted[0].length) };
  } else {
    const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[,\s]+|$)/.exec(text);
    if (slashed) return { day: { year: +slashed[3]!, month: +slashed[1]!, day: +slashed[2]! }, rest: text.slice(slashed[0].length) };
    // "Dec 5, 2026" / "December 5 2026"
    const monthFirst = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[,\s]+|$)/u.exec(text);
    const month = monthFirst && monthOf(monthFirst[1]!, locale);
    if (monthFirst && month) return { day: { year: +monthFirst[3]!, month, day: +monthFirst[2]! }, rest: text.slice(monthFirst[0].length) };
  }
  // "5 Dec 2026" / "5 grudnia 2026" (and "5 gru 2026 r.")
  const dayFirst = /^(\d{1,2})\s+(\p{L}+\.?)\s+(\d{4})(?:\s*r\.)?(?:[,\s]+|$)/u.exec(text);
  const month = dayFirst && monthOf(dayFirst[2]!, locale);
  if (dayFirst && month) return { day: { year: +dayFirst[3]!, month, day: +dayFirst[1]! }, rest: text.slice(dayFirst[0].length) };
  return undefined;
}

/** A time of day, 24-hour in both languages, or with AM/PM in English; undefined when not a time. */
function readTime(text: string, locale: DateLocale): { hour: number; minute: number } | undefined {
  const match = /^(?:o\s+|at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text);
  if (!match) return undefined;
  let hour = +match[1]!;
  const minute = match[2] === undefined ? 0 : +match[2];
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half === undefined && match[2] === undefined) return undefined;
  if (half !== undefined) {
    if (locale !== 'en' || hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** One wall clock per time zone (building an Intl formatter costs far more than using one). */
const clocks = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `utcMs`, in milliseconds. */
function zoneOffset(utcMs: number, timeZone: string): number {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(new Date(utcMs));
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return wall - (utcMs - (utcMs % 1000));
}

/** The instant at which `timeZone`'s clock shows the given wall-clock time (the later one in a repeated hour). */
export function zonedInstant(day: CalendarDay, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  return Math.floor(second / 1000);
}

function existingDay(day: CalendarDay): boolean {
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.year < 1970 || day.year > 9999) return false;
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return date.getUTCMonth() === day.month - 1 && date.getUTCDate() === day.day;
}

export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Reads a typed date (and optional time; midnight without one) as seconds since the epoch. */
export function parseDate(input: string | null | undefined, options: ParseDateOptions): ParsedDate {
  const text = (input ?? '').trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, problem: { kind: 'empty' } };
  const reading = readDay(text, options.locale);
  if (!reading) return { ok: false, problem: { kind: 'unreadable', text } };
  const rest = reading.rest.trim();
  const time = rest === '' ? { hour: 0, minute: 0 } : readTime(rest, options.locale);
  if (!time) return { ok: false, problem: { kind: 'unreadable', text } };
  if (!existingDay(reading.day)) return { ok: false, problem: { kind: 'no-such-day', text } };
  const seconds = zonedInstant(reading.day, time.hour, time.minute, options.timeZone ?? defaultTimeZone());
  return { ok: true, seconds, hasTime: rest !== '', day: reading.day };
}

/**
 * A date written the way the parser reads it back in `locale`: Polish `05.12.2026` (`05.12.2026 14:30`),
 * English as the app writes dates (`Dec 5, 2026`, `Dec 5, 2026, 2:30 PM`).
 */
export function formatDateInput(seconds: number, options: ParseDateOptions & { readonly withTime?: boolean }): string {
  const timeZone = options.timeZone ?? defaultTimeZone();
  const date = new Date(seconds * 1000);
  if (options.locale === 'pl') {
    const format = new Intl.DateTimeFormat('pl', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', ...(options.withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}) });
    return format.format(date).replace(',', '');
  }
  return new Intl.DateTimeFormat('en', { timeZone, dateStyle: 'medium', ...(options.withTime ? { timeStyle: 'short' } : {}) }).format(date);
}

/** The calendar day as ISO `YYYY-MM-DD` (for the residents' CSV rules, which count days in UTC). */
export function isoDay(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
