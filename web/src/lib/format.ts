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

/** A share as a percentage with one decimal. */
export function percent(part: bigint, whole: bigint): string {
  if (whole === 0n) return '0%';
  return `${(Number((part * 1000n) / whole) / 10).toLocaleString(getLocale())}%`;
}
