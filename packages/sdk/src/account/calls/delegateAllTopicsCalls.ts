import { encodeFunctionData } from 'viem';
import type { DelegateAllTopicsErrorType, DelegateAllTopicsParameters } from '../../actions/delegation/delegateAllTopics.js';
import { requireAddress, runPolityAction, type PolityClient } from '../../chain/client.js';
import { residentRegistryAbi } from '../../contracts/generated.js';
import type { PolityCall } from '../polityCall.js';

export type DelegateAllTopicsCallsParameters = Omit<DelegateAllTopicsParameters, 'account' | 'onSent'>;
export type DelegateAllTopicsCallsReturnType = readonly PolityCall[];
export type DelegateAllTopicsCallsErrorType = DelegateAllTopicsErrorType;

/** The call of {@link delegateAllTopics}: one delegate for every topic. */
export async function delegateAllTopicsCalls(client: PolityClient, parameters: DelegateAllTopicsCallsParameters): Promise<DelegateAllTopicsCallsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => [
    { to: polity.registry, data: encodeFunctionData({ abi: residentRegistryAbi, functionName: 'delegateAll', args: [requireAddress(parameters.to, 'to')] }) },
  ]);
}
