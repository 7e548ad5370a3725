/**
 * IdentityGroups' refusals of `sync` and `joinDistrict`, decoded against its own ABI (the SDK's shared
 * decoder knows the polity's other contracts) into the membership error family, with what to do.
 */
import { BaseError, decodeErrorResult, type Hex } from 'viem';
import { identityGroupsAbi } from '../contracts/generated.js';
import { decodePolityError } from '../chain/errors/decode.js';
import { PolityMembershipError } from '../chain/errors/contract.js';
import { formatAccount } from '../chain/errors/format.js';
import type { PolityClient } from '../chain/client.js';

function revertData(error: unknown): Hex | undefined {
  let found: Hex | undefined;
  if (!(error instanceof BaseError)) return undefined;
  error.walk((cause) => {
    const { raw, data } = cause as { raw?: unknown; data?: unknown };
    const hex = [raw, data].find((value): value is Hex => typeof value === 'string' && /^0x[0-9a-fA-F]{8,}$/.test(value));
    if (hex) found = hex;
    return hex !== undefined;
  });
  return found;
}

/** The SDK's error for whatever sending `sync` or `joinDistrict` threw. */
export function identityGroupsRefusal(error: unknown, client: PolityClient): unknown {
  const data = revertData(error);
  if (data) {
    try {
      const revert = decodeErrorResult({ abi: identityGroupsAbi, data });
      const base = { errorName: revert.errorName, args: revert.args ?? [], cause: error };
      switch (revert.errorName) {
        case 'IdentityGroupsSyncPending':
          return new PolityMembershipError({ ...base, message: `the identity groups are unsettled (${revert.args[0]} leaves await sync, or one lapses today, or the last was synced this very second): run the sync again in a moment` });
        case 'IdentityGroupsNothingToSync':
          return new PolityMembershipError({ ...base, message: `${formatAccount(revert.args[0])} has no leaf awaiting sync: someone else synced it first; run the sync again to continue with the others` });
        case 'IdentityGroupsCannotJoinDistrict':
          return new PolityMembershipError({ ...base, message: `${formatAccount(revert.args[0])} cannot join a district group now (not a current resident, not in the city group, still pending, or already in one): run the sync again` });
        case 'WrongSiblingNodes':
        case 'LeafDoesNotExist':
          return new PolityMembershipError({ ...base, message: `the identity groups changed while the sync computed a leaf's siblings (${revert.errorName}): run the sync again to recompute them from the chain's events` });
        default:
          break;
      }
    } catch {
      // Not one of IdentityGroups' own errors: the registry's or the node's, decoded below.
    }
  }
  return decodePolityError(error, client);
}
