import { zeroAddress } from 'viem';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityDelegationError } from '../../chain/errors/contract.js';
import { requireTopic } from './topics.js';

export interface RevokeDelegationParameters extends PolityWriteParameters {
  /** One topic, or `'all'` to represent oneself on every topic again. */
  readonly topic: number | 'all';
}

export type RevokeDelegationReturnType = PolityWriteResult;

export type RevokeDelegationErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityDelegationError;

/** Takes the sender's vote back on one topic or all: always allowed, also to former residents. */
export async function revokeDelegation(client: PolityClient, parameters: RevokeDelegationParameters): Promise<RevokeDelegationReturnType> {
  const { polity, topic } = parameters;
  const common = { abi: residentRegistryAbi, address: polity.registry, account: parameters.account, onSent: parameters.onSent, action: 'revokeDelegation' } as const;
  return runPolityAction(client, polity, async () =>
    topic === 'all'
      ? sendPolityCall(client, { ...common, functionName: 'delegateAll', args: [zeroAddress] })
      : sendPolityCall(client, { ...common, functionName: 'delegateOnTopic', args: [await requireTopic(client, polity, topic), zeroAddress] }),
  );
}
