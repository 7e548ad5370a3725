import type { Address } from 'viem';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityDelegationError, PolityMembershipError } from '../../chain/errors/contract.js';
import { requireTopic } from './topics.js';

export interface DelegateOnTopicParameters extends PolityWriteParameters {
  /** The topic (0: general); see getTopics. */
  readonly topic: number;
  /** The resident who will vote for the sender on this topic. */
  readonly to: Address;
}

export type DelegateOnTopicReturnType = PolityWriteResult;

export type DelegateOnTopicErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityMembershipError
  | PolityDelegationError;

/**
 * Delegates the sender's vote on one topic to another resident, replacing any earlier delegate on it.
 * Both must be residents; cycles and chains longer than the polity allows are refused.
 */
export async function delegateOnTopic(client: PolityClient, parameters: DelegateOnTopicParameters): Promise<DelegateOnTopicReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const to = requireAddress(parameters.to, 'to');
    const topic = await requireTopic(client, polity, parameters.topic);
    return sendPolityCall(client, {
      abi: residentRegistryAbi,
      address: polity.registry,
      functionName: 'delegateOnTopic',
      args: [topic, to],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'delegateOnTopic',
    });
  });
}
