import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityDelegationError } from '../../chain/errors/contract.js';
import { requireTopic } from './topics.js';

export interface GetVotingPowerParameters extends PolityActionParameters {
  readonly account: Address;
  /** Default 0, the general topic. */
  readonly topic?: number;
  /** A past time (seconds), e.g. a proposal's snapshot; now if omitted. */
  readonly timepoint?: bigint;
}

export interface GetVotingPowerReturnType {
  /** Units the account represents: its own and those of everyone whose chain passes through it. */
  readonly power: bigint;
  /** The account's own units (1 for a resident, 0 otherwise). */
  readonly ownUnits: bigint;
  /** Whether the account could vote at that time (a current resident then). */
  readonly eligible: boolean;
  /** The account's own delegate then (zero: it represented itself). */
  readonly delegate: Address;
}

export type GetVotingPowerErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityDelegationError;

/**
 * The voting power of an account on a topic, at a past time or now. A vote counts this much only if
 * nobody below the account votes themselves: the counting rule moves such votes to whoever cast them.
 */
export async function getVotingPower(client: PolityClient, parameters: GetVotingPowerParameters): Promise<GetVotingPowerReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const account = requireAddress(parameters.account, 'account');
    const topic = await requireTopic(client, polity, parameters.topic ?? 0);
    const registry = { address: polity.registry, abi: residentRegistryAbi } as const;
    if (parameters.timepoint === undefined) {
      const [power, delegate, isResident, [member]] = await Promise.all([
        readContract(client, { ...registry, functionName: 'topicVotes', args: [account, topic] }),
        readContract(client, { ...registry, functionName: 'delegateOf', args: [account, topic] }),
        readContract(client, { ...registry, functionName: 'isResident', args: [account] }),
        readContract(client, { ...registry, functionName: 'residencyOf', args: [account] }),
      ]);
      return { power, ownUnits: member ? 1n : 0n, eligible: isResident, delegate };
    }
    const timepoint = parameters.timepoint;
    const [[eligible, power, , delegate], ownUnits] = await Promise.all([
      readContract(client, { ...registry, functionName: 'voterAt', args: [account, topic, timepoint] }),
      readContract(client, { ...registry, functionName: 'pastUnits', args: [account, timepoint] }),
    ]);
    return { power, ownUnits, eligible, delegate };
  });
}
