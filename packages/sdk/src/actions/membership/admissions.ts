import { getBlock } from 'viem/actions';
import type { Address, Hex } from 'viem';
import { maxUint, requireAddress, requireBytes32, requireInteger, type PolityClient } from '../../chain/client.js';
import { PolityInvalidInputError } from '../../chain/errors/base.js';
import { formatTime } from '../../chain/errors/format.js';

/** One resident to admit or renew. */
export interface Admission {
  readonly account: Address;
  /** Commitment to the credential the office checked, e.g. keccak256 of a secret salt and the document number. */
  readonly credential: Hex;
  /** The resident's district (0: none). */
  readonly district?: number;
  /** When the membership ends, in seconds since the epoch (the contracts' clock). */
  readonly expiresAt: number | bigint;
}

/** The registry's `Admission` tuple for a batch, checked: addresses, credentials, districts, future expiries, no duplicates. */
export async function checkAdmissions(client: PolityClient, admissions: readonly Admission[]) {
  if (admissions.length === 0) throw new PolityInvalidInputError('residents', 'is empty: pass at least one resident');
  const { timestamp } = await getBlock(client);
  const seen = new Set<Address>();
  return admissions.map((admission, index) => {
    const parameter = `residents[${index}]`;
    const account = requireAddress(admission.account, `${parameter}.account`);
    if (seen.has(account)) throw new PolityInvalidInputError(`${parameter}.account`, `${account} appears twice in the batch`);
    seen.add(account);
    const expiresAt = requireInteger(admission.expiresAt, `${parameter}.expiresAt`, { max: maxUint(48) });
    if (expiresAt <= timestamp) {
      throw new PolityInvalidInputError(
        `${parameter}.expiresAt`,
        `${formatTime(expiresAt)} is not after the chain's current time (${formatTime(timestamp)}): choose a future expiry date`,
      );
    }
    return {
      account,
      credential: requireBytes32(admission.credential, `${parameter}.credential`),
      district: Number(requireInteger(admission.district ?? 0, `${parameter}.district`, { max: maxUint(32) })),
      expiresAt: Number(expiresAt),
    };
  });
}
