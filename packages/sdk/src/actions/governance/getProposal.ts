import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { polityGovernorAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityGovernanceError } from '../../chain/errors/contract.js';
import { enumName, proposalSequence, proposalStates, proposalTopic, type ProposalState } from '../../chain/enums.js';

export interface GetProposalParameters extends PolityActionParameters {
  readonly proposalId: bigint;
}

export interface GetProposalReturnType {
  readonly proposalId: bigint;
  /** The human number: 1, 2, 3, ... */
  readonly sequence: bigint;
  readonly topic: number;
  readonly state: ProposalState | `#${number}`;
  readonly proposer: Address;
  /** When voting opened (delegations and residency are read at this time). */
  readonly snapshot: bigint;
  /** When voting closes (late quorum may push it back). */
  readonly deadline: bigint;
  /** When a queued proposal can be executed (0 before it is queued). */
  readonly eta: bigint;
  readonly votes: { readonly for: bigint; readonly against: bigint; readonly abstain: bigint };
  /** Votes needed (for + abstain) for the proposal to be valid. */
  readonly quorum: bigint;
}

export type GetProposalErrorType = PolityWrongNetworkError | PolityRpcUnavailableError | PolityGovernanceError;

/** A proposal's state, dates, tally and quorum. */
export async function getProposal(client: PolityClient, parameters: GetProposalParameters): Promise<GetProposalReturnType> {
  const { polity, proposalId } = parameters;
  return runPolityAction(client, polity, async () => {
    const governor = { address: polity.governor, abi: polityGovernorAbi } as const;
    const [state, proposer, snapshot, deadline, eta, [against, forVotes, abstain]] = await Promise.all([
      readContract(client, { ...governor, functionName: 'state', args: [proposalId] }),
      readContract(client, { ...governor, functionName: 'proposalProposer', args: [proposalId] }),
      readContract(client, { ...governor, functionName: 'proposalSnapshot', args: [proposalId] }),
      readContract(client, { ...governor, functionName: 'proposalDeadline', args: [proposalId] }),
      readContract(client, { ...governor, functionName: 'proposalEta', args: [proposalId] }),
      readContract(client, { ...governor, functionName: 'proposalVotes', args: [proposalId] }),
    ]);
    const clock = BigInt(await readContract(client, { ...governor, functionName: 'clock' }));
    // quorum() reads the past only: before the snapshot has passed, use the latest finished second.
    const quorum = await readContract(client, { ...governor, functionName: 'quorum', args: [snapshot < clock ? snapshot : clock - 1n] });
    return {
      proposalId,
      sequence: proposalSequence(proposalId),
      topic: proposalTopic(proposalId),
      state: enumName(proposalStates, state),
      proposer,
      snapshot,
      deadline,
      eta,
      votes: { for: forVotes, against, abstain },
      quorum,
    };
  });
}
