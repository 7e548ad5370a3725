import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { formatDateInput, type DateLocale, type DateProblem } from './parse-date';

/** The language dates are typed in: the app's. */
export function dateLocale(): DateLocale {
  return getLocale() === 'pl' ? 'pl' : 'en';
}

/** How a date is written in the user's language, as an example to copy ("05.12.2026 14:30", "Dec 5, 2026, 2:30 PM"). */
export function dateExample(withTime: boolean, seconds = Date.UTC(2026, 11, 5, 13, 30) / 1000): string {
  return formatDateInput(seconds, { locale: dateLocale(), withTime });
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
