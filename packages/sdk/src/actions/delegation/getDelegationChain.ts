import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityDelegationError } from '../../chain/errors/contract.js';
import { requireTopic } from './topics.js';

export interface GetDelegationChainParameters extends PolityActionParameters {
  readonly account: Address;
  readonly topic: number;
  /** A past time (seconds) to read the chain at, e.g. a proposal's snapshot; now if omitted. */
  readonly timepoint?: bigint;
}

export interface GetDelegationChainReturnType {
  /** The account's delegate, their delegate, ... to the end; empty when the account represents itself. */
  readonly chain: readonly Address[];
  /** Who votes for the account if nobody on the way votes: the chain's last account, or the account itself. */
  readonly representative: Address;
}

export type GetDelegationChainErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityDelegationError;

/** The delegation chain above an account on a topic, now or at a past time. */
export async function getDelegationChain(client: PolityClient, parameters: GetDelegationChainParameters): Promise<GetDelegationChainReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const account = requireAddress(parameters.account, 'account');
    const topic = await requireTopic(client, polity, parameters.topic);
    const registry = { address: polity.registry, abi: residentRegistryAbi } as const;
    const chain =
      parameters.timepoint === undefined
        ? await readContract(client, { ...registry, functionName: 'chainOf', args: [account, topic] })
        : await readContract(client, { ...registry, functionName: 'chainAt', args: [account, topic, parameters.timepoint] });
    return { chain, representative: chain.at(-1) ?? account };
  });
}
