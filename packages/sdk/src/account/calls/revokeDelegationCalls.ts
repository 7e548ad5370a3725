import { encodeFunctionData, zeroAddress } from 'viem';
import type { RevokeDelegationErrorType, RevokeDelegationParameters } from '../../actions/delegation/revokeDelegation.js';
import { requireTopic } from '../../actions/delegation/topics.js';
import { runPolityAction, type PolityClient } from '../../chain/client.js';
import { residentRegistryAbi } from '../../contracts/generated.js';
import type { PolityCall } from '../polityCall.js';

export type RevokeDelegationCallsParameters = Omit<RevokeDelegationParameters, 'account' | 'onSent'>;
export type RevokeDelegationCallsReturnType = readonly PolityCall[];
export type RevokeDelegationCallsErrorType = RevokeDelegationErrorType;

/** The call of {@link revokeDelegation}: on one topic, or (`'all'`) on every topic. */
export async function revokeDelegationCalls(client: PolityClient, parameters: RevokeDelegationCallsParameters): Promise<RevokeDelegationCallsReturnType> {
  const { polity, topic } = parameters;
  return runPolityAction(client, polity, async () => [
    {
      to: polity.registry,
      data:
        topic === 'all'
          ? encodeFunctionData({ abi: residentRegistryAbi, functionName: 'delegateAll', args: [zeroAddress] })
          : encodeFunctionData({ abi: residentRegistryAbi, functionName: 'delegateOnTopic', args: [await requireTopic(client, polity, topic), zeroAddress] }),
    },
  ]);
}
