import type { Account, Address, Hex } from 'viem';
import { readContract, signTypedData } from 'viem/actions';
import { polityGovernorAbi } from '../../contracts/generated.js';
import { addressOf, runPolityAction, senderOf, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import { enumIndex, voteSupports, type VoteSupport } from '../../chain/enums.js';
import { requireSupport } from './support.js';

export interface SignVoteParameters extends PolityActionParameters {
  readonly proposalId: bigint;
  readonly support: VoteSupport;
  readonly reason?: string;
  /** Signs with this account instead of the client's. */
  readonly account?: Account | Address;
}

/** A signed vote that anyone can submit with {@link castVoteBySig}, paying its gas. */
export interface SignedVote {
  readonly proposalId: bigint;
  readonly support: VoteSupport;
  readonly voter: Address;
  readonly reason: string | undefined;
  readonly signature: Hex;
}

export type SignVoteReturnType = SignedVote;

export type SignVoteErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

/**
 * Signs a vote (EIP-712, the Governor's Ballot or ExtendedBallot with a reason) without sending
 * anything, so that a relayer, for example the city's portal, can submit it and pay the gas.
 */
export async function signVote(client: PolityClient, parameters: SignVoteParameters): Promise<SignVoteReturnType> {
  const { polity, proposalId, reason } = parameters;
  return runPolityAction(client, polity, async () => {
    const support = requireSupport(parameters.support);
    const account = senderOf(client, parameters.account);
    const voter = addressOf(account);
    const governor = { address: polity.governor, abi: polityGovernorAbi } as const;
    const [[, name, version, chainId, verifyingContract], nonce] = await Promise.all([
      readContract(client, { ...governor, functionName: 'eip712Domain' }),
      readContract(client, { ...governor, functionName: 'nonces', args: [voter] }),
    ]);
    const domain = { name, version, chainId, verifyingContract };
    const choice = enumIndex(voteSupports, support);
    const signature =
      reason === undefined
        ? await signTypedData(client, {
            account,
            domain,
            primaryType: 'Ballot',
            types: { Ballot: ballotFields },
            message: { proposalId, support: choice, voter, nonce },
          })
        : await signTypedData(client, {
            account,
            domain,
            primaryType: 'ExtendedBallot',
            types: { ExtendedBallot: [...ballotFields, { name: 'reason', type: 'string' }, { name: 'params', type: 'bytes' }] },
            message: { proposalId, support: choice, voter, nonce, reason, params: '0x' },
          });
    return { proposalId, support, voter, reason, signature };
  });
}

/** OpenZeppelin Governor's BALLOT_TYPEHASH fields. */
const ballotFields = [
  { name: 'proposalId', type: 'uint256' },
  { name: 'support', type: 'uint8' },
  { name: 'voter', type: 'address' },
  { name: 'nonce', type: 'uint256' },
] as const;
