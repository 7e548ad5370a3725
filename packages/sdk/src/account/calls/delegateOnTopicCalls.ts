import { encodeFunctionData } from 'viem';
import type { DelegateOnTopicErrorType, DelegateOnTopicParameters } from '../../actions/delegation/delegateOnTopic.js';
import { requireTopic } from '../../actions/delegation/topics.js';
import { requireAddress, runPolityAction, type PolityClient } from '../../chain/client.js';
import { residentRegistryAbi } from '../../contracts/generated.js';
import type { PolityCall } from '../polityCall.js';

// An account delegates by a (sponsored) call, never by signature: the registry's `delegateBySig`
// recovers an ECDSA key, which a passkey account does not have.

export type DelegateOnTopicCallsParameters = Omit<DelegateOnTopicParameters, 'account' | 'onSent'>;
export type DelegateOnTopicCallsReturnType = readonly PolityCall[];
export type DelegateOnTopicCallsErrorType = DelegateOnTopicErrorType;

/** The call of {@link delegateOnTopic}: the topic must exist; cycles and long chains are refused on chain. */
export async function delegateOnTopicCalls(client: PolityClient, parameters: DelegateOnTopicCallsParameters): Promise<DelegateOnTopicCallsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const to = requireAddress(parameters.to, 'to');
    const topic = await requireTopic(client, polity, parameters.topic);
    return [{ to: polity.registry, data: encodeFunctionData({ abi: residentRegistryAbi, functionName: 'delegateOnTopic', args: [topic, to] }) }];
  });
}
