import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { defaultTimeZone, formatDateInput, zonedInstant, type DateLocale, type DateProblem } from './parse-date';

/** The language dates are typed in: the app's. */
export function dateLocale(): DateLocale {
  return getLocale() === 'pl' ? 'pl' : 'en';
}

/** How a date is written in the user's language, as an example to copy: 5 December 2026 at 14:30 wherever the reader is ("05.12.2026 14:30", "Dec 5, 2026, 2:30 PM"). */
export function dateExample(withTime: boolean): string {
  const timeZone = defaultTimeZone();
  return formatDateInput(zonedInstant({ year: 2026, month: 12, day: 5 }, 14, 30, timeZone), { locale: dateLocale(), withTime, timeZone });
}

/** What is wrong with a typed date, in the user's language, with how to write it instead. */
export function dateProblemText(problem: DateProblem, withTime = false): string {
  switch (problem.kind) {
    case 'empty':
      return m.date_problem_empty();
    case 'unreadable':
      return m.date_problem_unreadable({ text: problem.text, example: dateExample(withTime) });
    case 'no-such-day':
      return m.date_problem_no_such_day({ text: problem.text });
  }
}
