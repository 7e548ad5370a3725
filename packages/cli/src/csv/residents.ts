import { credentialCommitment, isCredentialCommitment } from '@polity/sdk';
import type { Address, Hex } from 'viem';
import { requireColumns, widthProblem, type CsvTable, type RejectedRow } from './read.js';
import { formatDate, parseAddress, parseDate, parseWhole } from './values.js';

/** A row of a residents CSV that can be sent: the credential is already hashed with the council's salt. */
export interface ResidentRow {
  readonly line: number;
  readonly account: Address;
  /** keccak256(salt ‖ reference): what goes on-chain. The reference itself never leaves this machine. */
  readonly credential: Hex;
  readonly district: number;
  readonly expiresAt: bigint;
}

export interface ResidentsCsv {
  readonly accepted: readonly ResidentRow[];
  readonly rejected: readonly RejectedRow[];
}

export const residentColumns = { required: ['address', 'credential'], optional: ['district', 'expires'] } as const;

export interface ResidentsCsvOptions {
  readonly salt: Hex;
  /** The chain's time now: expiry dates must be after it. */
  readonly now: bigint;
  /** Expiry for rows without one (`--expires`). */
  readonly defaultExpiry?: bigint;
}

/** Checks every row; each refused row gets its line and a reason, the others are ready to send. */
export function readResidents(table: CsvTable, options: ResidentsCsvOptions): ResidentsCsv {
  requireColumns(table, residentColumns.required, residentColumns.optional);
  const accepted: ResidentRow[] = [];
  const rejected: RejectedRow[] = [];
  const addressLine = new Map<Address, number>();
  const credentialLine = new Map<Hex, number>();
  for (const row of table.rows) {
    const problems: string[] = [];
    const width = widthProblem(table, row);
    if (width !== undefined) {
      rejected.push({ line: row.line, reason: width });
      continue;
    }
    const address = parseAddress(row.fields['address'] ?? '', 'address');
    if (!address.ok) problems.push(address.reason);
    else if (addressLine.has(address.value)) problems.push(`address ${address.value} is already on line ${addressLine.get(address.value)}`);
    const reference = row.fields['credential'] ?? '';
    let credential: Hex | undefined;
    if (reference === '') problems.push('no credential reference (the document or register number the office checked)');
    else if (/^0x0{64}$/.test(reference)) problems.push('the credential is zero, which commits to nothing');
    else {
      // A 32-byte hex value is a commitment computed elsewhere (by the identity office's own system): taken as it is.
      credential = isCredentialCommitment(reference) ? (reference.toLowerCase() as Hex) : credentialCommitment(options.salt, reference);
      if (credentialLine.has(credential)) problems.push(`the same credential as line ${credentialLine.get(credential)} (one credential admits one resident)`);
    }
    const district = parseWhole(row.fields['district'] || '0', 'district', { max: 0xffffffffn });
    if (!district.ok) problems.push(district.reason);
    const expiryText = row.fields['expires'] ?? '';
    const expiry = expiryText === '' && options.defaultExpiry !== undefined ? { ok: true as const, value: options.defaultExpiry } : parseDate(expiryText, 'expires');
    if (!expiry.ok) problems.push(expiryText === '' ? 'no expiry date: fill the expires column or pass --expires' : expiry.reason);
    else if (expiry.value <= options.now) problems.push(`expires ${formatDate(expiry.value)}, which is not after the chain's current time (${formatDate(options.now)})`);
    if (problems.length > 0 || !address.ok || credential === undefined || !district.ok || !expiry.ok) {
      rejected.push({ line: row.line, reason: problems.join('; ') });
      continue;
    }
    addressLine.set(address.value, row.line);
    credentialLine.set(credential, row.line);
    accepted.push({ line: row.line, account: address.value, credential, district: Number(district.value), expiresAt: expiry.value });
  }
  return { accepted, rejected };
}
