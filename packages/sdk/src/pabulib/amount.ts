import { rational, type Rational } from '../budgeting/rational.js';

/**
 * Amounts of money as pabulib files write them: a whole number of currency units, or a decimal with a
 * point (`543715.64` złoty). Read exactly, as text, never through a float: an amount with `d` decimal
 * places is the integer of its digits, counted in units of 10^-d. A file's amounts are brought to one
 * scale (the most places any of them has), so the rules count plain integers and outputs divide back.
 */

/** An amount as written: its digits without the point, and how many of them follow the point. */
export interface WrittenAmount {
  readonly digits: string;
  readonly decimals: number;
}

const decimalAmount = /^(\d+)(?:\.(\d+))?$/;

/**
 * `543715.64` → `{ digits: '54371564', decimals: 2 }`; `undefined` for anything else (a sign, a comma,
 * an exponent, spaces inside), for the caller to refuse with its own context.
 */
export function readAmount(text: string): WrittenAmount | undefined {
  const match = decimalAmount.exec(text);
  if (match === null) return undefined;
  const fraction = match[2] ?? '';
  return { digits: match[1]! + fraction, decimals: fraction.length };
}

/** The amount as an integer count of 10^-decimals units (`decimals` at least the amount's own places). */
export function scaleAmount(amount: WrittenAmount, decimals: number): bigint {
  return BigInt(amount.digits) * 10n ** BigInt(decimals - amount.decimals);
}

/**
 * `text` as an integer count of 10^-decimals units (`400.25` at 2 places is 40025n), or `undefined` when it
 * is not an amount or has more places than `decimals` (the caller refuses it with its own context).
 */
export function parseScaledAmount(text: string, decimals: number): bigint | undefined {
  const amount = readAmount(text);
  return amount === undefined || amount.decimals > decimals ? undefined : scaleAmount(amount, decimals);
}

/**
 * What is wrong with `text` as an amount, to follow the quoted value in a message: "expected a whole
 * number ..." (so `cost 'abc', expected a whole number or ...`), or how to write a comma decimal.
 */
export function amountProblem(text: string, unit = ''): string {
  if (/^\d+,\d+$/.test(text)) return `expected a decimal point, not a comma: write ${text.replace(',', '.')} (and no thousands separators)`;
  return `expected a whole number${unit} or an amount with a decimal point such as 543715.64`;
}

/** An integer count of 10^-decimals units as decimal text with exactly `decimals` places: (54371564, 2) → `543715.64`. */
export function formatScaledAmount(value: bigint | number, decimals: number): string {
  const scaled = BigInt(value);
  if (decimals === 0) return scaled.toString();
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** An exact amount in 10^-decimals units as the same amount in currency units (a fraction, for display). */
export function amountInCurrencyUnits(value: Rational, decimals: number): Rational {
  return decimals === 0 ? value : rational(value.numerator, value.denominator * 10n ** BigInt(decimals));
}
