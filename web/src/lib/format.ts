import { formatUnits, type Address } from 'viem';
import { getLocale } from '$lib/paraglide/runtime.js';

/** An amount of the polity's currency in its smallest units, written for people: "12,500 zł". */
export function money(value: bigint, currency: { symbol: string; decimals: number }): string {
  const whole = Number(formatUnits(value, currency.decimals));
  const text = new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(whole);
  return currency.symbol ? `${text} ${currency.symbol}` : text;
}

/** A whole number with the locale's separators. */
export function count(value: bigint | number): string {
  return new Intl.NumberFormat(getLocale()).format(typeof value === 'bigint' ? Number(value) : value);
}

/** A contract time (seconds since the epoch) as a local date and time. */
export function dateTime(seconds: bigint | number): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(Number(seconds) * 1000));
}

/** 0x1234…abcd */
export function shortAddress(address: Address): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}

/**
 * `part / whole` in tenths of a percent, rounded half up, exactly (bigints: tallies can pass 2^53).
 * 5/9 is 556 (55.6%), never 555. Every percentage the app shows goes through here.
 */
export function percentTenths(part: bigint, whole: bigint): number {
  if (whole <= 0n) return 0;
  return Number((part * 2000n + whole) / (whole * 2n));
}

/** The share as a number of percent with one decimal (for progress bars), rounded as {@link percent}. */
export function percentValue(part: bigint, whole: bigint): number {
  return percentTenths(part, whole) / 10;
}

/** A share as a percentage with at most one decimal, in the locale's way: "55.6%", "55,6%". */
export function percent(part: bigint, whole: bigint): string {
  return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(percentTenths(part, whole) / 1000);
}

/** An exact share of money (an equal-shares payment, a voter's share): to the cent, "2,849.25 zł". */
export function moneyShare(value: { numerator: bigint; denominator: bigint }, currency: { symbol: string; decimals: number }): string {
  const cents = (value.numerator * 200n + value.denominator) / (value.denominator * 2n);
  const units = Number(cents) / 100 / 10 ** currency.decimals;
  const text = new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(units);
  return currency.symbol ? `${text} ${currency.symbol}` : text;
}
