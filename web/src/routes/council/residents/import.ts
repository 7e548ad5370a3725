import { getAddress, isAddress, keccak256, toBytes, type Address, type Hex } from 'viem';
import type { Admission } from '@polity/sdk';

/** A CSV row the import refuses, with why (in the app's words, filled in by the page). */
export interface RejectedRow {
  readonly line: number;
  readonly raw: string;
  readonly problem: 'address' | 'duplicate' | 'district' | 'expiry' | 'credential' | 'columns';
}

export interface ImportPreview {
  readonly admissions: (Admission & { readonly line: number })[];
  readonly rejected: RejectedRow[];
}

/**
 * Checks the rows of a residents CSV (columns `address,district,expires,credential`; see
 * docs/council.md). `district` is a number or a district's name; `expires` a date (YYYY-MM-DD) after
 * `now`; `credential` a 32-byte commitment (0x + 64 hex digits) or any text, which is hashed here so
 * that the document number never leaves the office's computer.
 */
export function previewImport(rows: readonly Record<string, string | undefined>[], options: { districts: Record<string, string>; now: number }): ImportPreview {
  const byName = new Map(Object.entries(options.districts).map(([id, name]) => [name.toLowerCase(), Number(id)]));
  const seen = new Set<Address>();
  const admissions: ImportPreview['admissions'] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const raw = Object.values(row).join(',');
    const reject = (problem: RejectedRow['problem']) => rejected.push({ line, raw, problem });
    const address = row.address?.trim() ?? '';
    const districtText = row.district?.trim() ?? '';
    const expires = row.expires?.trim() ?? '';
    const credentialText = row.credential?.trim() ?? '';
    if (!address || !expires || !credentialText) return reject('columns');
    if (!isAddress(address, { strict: false })) return reject('address');
    const account = getAddress(address);
    if (seen.has(account)) return reject('duplicate');
    const district = /^\d+$/.test(districtText) ? Number(districtText) : byName.get(districtText.toLowerCase());
    if (district === undefined || (districtText !== '' && !(String(district) in options.districts))) return reject('district');
    const expiresAt = Math.floor(Date.parse(`${expires}T00:00:00Z`) / 1000);
    if (!Number.isFinite(expiresAt) || expiresAt <= options.now) return reject('expiry');
    const credential: Hex = /^0x[0-9a-fA-F]{64}$/.test(credentialText) ? (credentialText as Hex) : keccak256(toBytes(`polity-credential:${credentialText}`));
    if (/^0x0{64}$/.test(credential)) return reject('credential');
    seen.add(account);
    admissions.push({ line, account, district, expiresAt, credential });
  });
  return { admissions, rejected };
}
