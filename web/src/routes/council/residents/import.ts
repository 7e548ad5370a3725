import type { Address, Hex } from 'viem';
import { credentialCommitment, isCredentialCommitment, type Admission } from '@polity/sdk';
import { readResidentAccount, ResidentCodeError, type ResidentCodeProblem } from '$lib/passkey/resident-code';

/** A CSV row the import refuses, with why (in the app's words, filled in by the page). */
export interface RejectedRow {
  readonly line: number;
  readonly raw: string;
  readonly problem: 'address' | 'code' | 'duplicate' | 'district' | 'expiry' | 'credential' | 'salt' | 'columns';
  /** For `code`: what is wrong with the resident's code. */
  readonly codeProblem?: ResidentCodeProblem;
}

export interface ImportPreview {
  readonly admissions: (Admission & { readonly line: number })[];
  readonly rejected: RejectedRow[];
}

/**
 * Checks the rows of a residents CSV (columns `address,district,expires,credential`; see
 * docs/council.md). `address` is an address or a resident's code (what the take-part page shows). `district` is a number or a district's name; `expires` a date (YYYY-MM-DD) after
 * `now`; `credential` a 32-byte commitment (0x + 64 hex digits) or the document reference, which is
 * hashed here with the council's secret salt (the SDK's `credentialCommitment`, as the CLI does) so that
 * the reference never leaves the office's computer. Without the salt, reference rows are refused.
 */
export function previewImport(
  rows: readonly Record<string, string | undefined>[],
  options: { districts: Record<string, string>; now: number; salt?: Hex | undefined },
): ImportPreview {
  const byName = new Map(Object.entries(options.districts).map(([id, name]) => [name.toLowerCase(), Number(id)]));
  const seen = new Set<Address>();
  const admissions: ImportPreview['admissions'] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const raw = Object.values(row).join(',');
    const reject = (problem: RejectedRow['problem'], codeProblem?: ResidentCodeProblem) => rejected.push({ line, raw, problem, ...(codeProblem ? { codeProblem } : {}) });
    const address = row.address?.trim() ?? '';
    const districtText = row.district?.trim() ?? '';
    const expires = row.expires?.trim() ?? '';
    const credentialText = row.credential?.trim() ?? '';
    if (!address || !expires || !credentialText) return reject('columns');
    let account: Address;
    try {
      account = readResidentAccount(address);
    } catch (error) {
      if (!(error instanceof ResidentCodeError)) throw error;
      return /^0x/i.test(address) ? reject('address') : reject('code', error.problem);
    }
    if (seen.has(account)) return reject('duplicate');
    const district = /^\d+$/.test(districtText) ? Number(districtText) : byName.get(districtText.toLowerCase());
    if (district === undefined || (districtText !== '' && !(String(district) in options.districts))) return reject('district');
    const expiresAt = Math.floor(Date.parse(`${expires}T00:00:00Z`) / 1000);
    if (!Number.isFinite(expiresAt) || expiresAt <= options.now) return reject('expiry');
    if (!isCredentialCommitment(credentialText) && !options.salt) return reject('salt');
    const credential: Hex = isCredentialCommitment(credentialText) ? credentialText : credentialCommitment(options.salt!, credentialText);
    if (/^0x0{64}$/.test(credential)) return reject('credential');
    seen.add(account);
    admissions.push({ line, account, district, expiresAt, credential });
  });
  return { admissions, rejected };
}
