import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { polityGovernorAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import { enumName, voteSupports, type VoteSupport } from '../../chain/enums.js';

export interface GetVoteReceiptParameters extends PolityActionParameters {
  readonly proposalId: bigint;
  readonly voter: Address;
}

export interface GetVoteReceiptReturnType {
  readonly voted: boolean;
  /** The choice, when `voted`. */
  readonly support: VoteSupport | `#${number}` | undefined;
  /** The weight counted for the voter now: residents below who voted themselves have taken theirs back. */
  readonly weight: bigint;
}

export type GetVoteReceiptErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

/** Whether someone voted on a proposal, how, and with what weight now. */
export async function getVoteReceipt(client: PolityClient, parameters: GetVoteReceiptParameters): Promise<GetVoteReceiptReturnType> {
  const { polity, proposalId } = parameters;
  return runPolityAction(client, polity, async () => {
    const voter = requireAddress(parameters.voter, 'voter');
    const [voted, support, weight] = await readContract(client, {
      address: polity.governor,
      abi: polityGovernorAbi,
      functionName: 'voteReceipt',
      args: [proposalId, voter],
    });
    return { voted, support: voted ? enumName(voteSupports, support) : undefined, weight };
  });
}
