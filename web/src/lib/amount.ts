/**
 * Amounts typed by people (a project's cost, a milestone): whole units of the polity's currency, as
 * the budgeting rules count them. Grouping spaces are allowed ("25 000"); anything else that is not a
 * digit is refused with a reason, never thrown at the user as "Cannot convert half to a BigInt".
 */
export type AmountProblem = { readonly kind: 'empty' } | { readonly kind: 'not-a-number'; readonly text: string } | { readonly kind: 'zero' } | { readonly kind: 'too-large' };

export type ParsedAmount = { readonly ok: true; readonly amount: bigint } | { readonly ok: false; readonly problem: AmountProblem };

/** The largest amount a project or milestone can hold on chain (uint128). */
export const maxAmount = 2n ** 128n - 1n;

export function parseAmount(input: string | number | null | undefined): ParsedAmount {
  const text = input === null || input === undefined ? '' : String(input).trim();
  if (text === '') return { ok: false, problem: { kind: 'empty' } };
  const digits = text.replace(/[\s\u00a0\u202f_]/g, '');
  if (!/^\d+$/.test(digits)) return { ok: false, problem: { kind: 'not-a-number', text } };
  const amount = BigInt(digits);
  if (amount === 0n) return { ok: false, problem: { kind: 'zero' } };
  if (amount > maxAmount) return { ok: false, problem: { kind: 'too-large' } };
  return { ok: true, amount };
}
