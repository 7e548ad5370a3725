import { formatRational, type Rational } from '@polity/sdk';

/** 1070000 → "1,070,000". */
export function formatAmount(value: number | bigint): string {
  return value.toLocaleString('en-US');
}

/** An exact amount with two decimals and thousands separators: 1,190.48. */
export function formatMoney(value: Rational, decimals = 2): string {
  const text = formatRational(value, decimals);
  const [whole, fraction] = text.split('.') as [string, string | undefined];
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = formatAmount(BigInt(whole.replace('-', '')));
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Exact text of a rational: "646" or "200/3". */
export function exactText(value: Rational): string {
  return value.denominator === 1n ? `${value.numerator}` : `${value.numerator}/${value.denominator}`;
}

/** `text` cut to `width` characters, with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** "1 voter" / "3 voters". */
export function plural(count: number, noun: string): string {
  return `${formatAmount(count)} ${noun}${count === 1 ? '' : 's'}`;
}
