import { m } from '$lib/paraglide/messages.js';
import type { AmountProblem } from './amount';

/** What is wrong with a typed amount, in the user's language, with what to write instead. */
export function amountProblemText(problem: AmountProblem): string {
  switch (problem.kind) {
    case 'empty':
      return m.amount_empty();
    case 'not-a-number':
      return m.amount_not_a_number({ text: problem.text });
    case 'zero':
      return m.amount_zero();
    case 'too-large':
      return m.amount_too_large();
  }
}
