import { getAddress, isAddress, zeroAddress, type Address } from 'viem';

/** A value read from a CSV cell, or why it cannot be used. */
export type Parsed<value> = { readonly ok: true; readonly value: value } | { readonly ok: false; readonly reason: string };

const ok = <value>(value: value): Parsed<value> => ({ ok: true, value });
const refused = <value>(reason: string): Parsed<value> => ({ ok: false, reason });

/** An Ethereum address; mixed case must carry a correct EIP-55 checksum (it catches typos). */
export function parseAddress(text: string, column: string): Parsed<Address> {
  if (text === '') return refused(`no ${column}`);
  if (!/^0x[0-9a-fA-F]{40}$/.test(text)) return refused(`${column} '${text}' is not an address: expected 0x followed by 40 hexadecimal digits`);
  if (!isAddress(text, { strict: true })) return refused(`${column} ${text} has a wrong checksum (mixed case that does not match it: a typo?): check it, or write it all in lower case`);
  const address = getAddress(text);
  if (address === zeroAddress) return refused(`${column} is the zero address, which nobody controls`);
  return ok(address);
}

/** A whole number from `min` to `max` (thousands separators such as 12,500 or 12 500 or 12_500 are allowed). */
export function parseWhole(text: string, column: string, { min = 0n, max }: { min?: bigint; max: bigint }): Parsed<bigint> {
  if (text === '') return refused(`no ${column}`);
  const digits = text.replace(/[\s_]/g, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+$/.test(digits)) return refused(`${column} '${text}' is not a whole number`);
  const value = BigInt(digits);
  if (value < min) return refused(`${column} ${text} is below ${min}`);
  if (value > max) return refused(`${column} ${text} is above the largest allowed, ${max}`);
  return ok(value);
}

/** `YYYY-MM-DD` (00:00 UTC that day) or an ISO 8601 time with a zone; seconds since the epoch. */
export function parseDate(text: string, column: string): Parsed<bigint> {
  if (text === '') return refused(`no ${column} date`);
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const withZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text);
  if (!dateOnly && !withZone) return refused(`${column} '${text}' is not a date: write 2027-12-31, or a time with its zone such as 2027-12-31T18:00:00Z`);
  const milliseconds = dateOnly ? Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : Date.parse(text);
  if (Number.isNaN(milliseconds) || (dateOnly && new Date(milliseconds).getUTCDate() !== Number(dateOnly[3]))) return refused(`${column} '${text}' is not a date in the calendar`);
  return ok(BigInt(Math.floor(milliseconds / 1000)));
}

/** Seconds since the epoch as an ISO date (and time, when it is not midnight UTC). */
export function formatDate(seconds: bigint | number): string {
  const iso = new Date(Number(seconds) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}
