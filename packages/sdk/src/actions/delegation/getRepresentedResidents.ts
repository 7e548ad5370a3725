import { getAddress, zeroAddress, type Address } from 'viem';
import { readContract } from 'viem/actions';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityDelegationError } from '../../chain/errors/contract.js';
import { getActivity } from '../activity/getActivity.js';
import { requireTopic } from './topics.js';

export interface GetRepresentedResidentsParameters extends PolityActionParameters {
  readonly account: Address;
  readonly topic: number;
  /** Where the registry's history starts (default: the polity's deployedAtBlock). */
  readonly fromBlock?: bigint;
  readonly pageSize?: bigint;
}

export interface GetRepresentedResidentsReturnType {
  /** Residents who delegate to the account directly on the topic. */
  readonly direct: readonly Address[];
  /** Everyone whose chain passes through the account (direct delegators and theirs), in no set order. */
  readonly represented: readonly Address[];
  /** Units the account represents now, read from the contract (its own unit included). */
  readonly power: bigint;
}

export type GetRepresentedResidentsErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityDelegationError;

/**
 * Who someone represents on a topic now. The contract keeps only counts, so the names come from the
 * registry's history: delegations (TopicDelegateChanged) and membership events, replayed in order.
 */
export async function getRepresentedResidents(client: PolityClient, parameters: GetRepresentedResidentsParameters): Promise<GetRepresentedResidentsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const account = requireAddress(parameters.account, 'account');
    const topic = await requireTopic(client, polity, parameters.topic);
    const history = await getActivity(client, { polity, components: ['registry'], fromBlock: parameters.fromBlock, pageSize: parameters.pageSize });
    const delegateOf = new Map<Address, Address>();
    const members = new Set<Address>();
    for (const entry of history) {
      if (entry.contract !== 'registry') continue;
      if (entry.eventName === 'TopicDelegateChanged' && entry.args.topic === topic) {
        const to = entry.args.toDelegate;
        if (to === zeroAddress) delegateOf.delete(getAddress(entry.args.delegator));
        else delegateOf.set(getAddress(entry.args.delegator), getAddress(to));
      } else if (entry.eventName === 'ResidentAdmitted') members.add(getAddress(entry.args.account));
      else if (entry.eventName === 'ResidentRevoked' || entry.eventName === 'ResidentExpired') members.delete(getAddress(entry.args.account));
    }
    const reaches = (start: Address): boolean => {
      const seen = new Set<Address>();
      for (let current = delegateOf.get(start); current && !seen.has(current); current = delegateOf.get(current)) {
        if (current === account) return true;
        seen.add(current);
      }
      return false;
    };
    const direct = [...delegateOf].filter(([delegator, to]) => to === account && members.has(delegator)).map(([delegator]) => delegator);
    const represented = [...members].filter((member) => member !== account && reaches(member));
    const power = await readContract(client, { address: polity.registry, abi: residentRegistryAbi, functionName: 'topicVotes', args: [account, topic] });
    return { direct, represented, power };
  });
}
