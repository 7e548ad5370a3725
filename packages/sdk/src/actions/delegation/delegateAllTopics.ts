import type { Address } from 'viem';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityDelegationError, PolityMembershipError } from '../../chain/errors/contract.js';

export interface DelegateAllTopicsParameters extends PolityWriteParameters {
  /** The resident who will vote for the sender on every topic. */
  readonly to: Address;
}

export type DelegateAllTopicsReturnType = PolityWriteResult;

export type DelegateAllTopicsErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityMembershipError
  | PolityDelegationError;

/** Delegates the sender's vote on every registered topic to one resident, in one transaction. */
export async function delegateAllTopics(client: PolityClient, parameters: DelegateAllTopicsParameters): Promise<DelegateAllTopicsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () =>
    sendPolityCall(client, {
      abi: residentRegistryAbi,
      address: polity.registry,
      functionName: 'delegateAll',
      args: [requireAddress(parameters.to, 'to')],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'delegateAllTopics',
    }),
  );
}
