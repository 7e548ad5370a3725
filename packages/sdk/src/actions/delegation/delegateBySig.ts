import { residentRegistryAbi } from '../../contracts/generated.js';
import { runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityDelegationError, PolityMembershipError } from '../../chain/errors/contract.js';
import { signatureParts, type SignedDelegation } from './signDelegation.js';

export interface DelegateBySigParameters extends PolityWriteParameters {
  /** From {@link signDelegation}. The sender only relays it and pays the gas. */
  readonly delegation: SignedDelegation;
}

export type DelegateBySigReturnType = PolityWriteResult;

export type DelegateBySigErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityMembershipError
  | PolityDelegationError;

/** Submits a general-topic delegation someone signed with {@link signDelegation}. Anyone may relay it. */
export async function delegateBySig(client: PolityClient, parameters: DelegateBySigParameters): Promise<DelegateBySigReturnType> {
  const { polity, delegation } = parameters;
  return runPolityAction(client, polity, async () => {
    const { v, r, s } = signatureParts(delegation.signature);
    return sendPolityCall(client, {
      abi: residentRegistryAbi,
      address: polity.registry,
      functionName: 'delegateBySig',
      args: [delegation.to, delegation.nonce, delegation.expiry, v, r, s],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'delegateBySig',
    });
  });
}
