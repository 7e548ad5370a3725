import { readContract } from 'viem/actions';
import { polityGovernorAbi } from '../../contracts/generated.js';
import type { PolityClient } from '../../chain/client.js';
import { PolityProposalStateError } from '../../chain/errors/contract.js';
import { formatProposal } from '../../chain/errors/format.js';
import { enumName, proposalStates, type ProposalState } from '../../chain/enums.js';
import type { PolityAddresses } from '../../chain/polity.js';

/** Reads a proposal's state and refuses, before sending, when it is not one the action needs. */
export async function requireProposalState(
  client: PolityClient,
  polity: PolityAddresses,
  proposalId: bigint,
  allowed: readonly ProposalState[],
  action: string,
): Promise<ProposalState> {
  const index = await readContract(client, { address: polity.governor, abi: polityGovernorAbi, functionName: 'state', args: [proposalId] });
  const state = enumName(proposalStates, index);
  if (!(allowed as readonly string[]).includes(state)) {
    throw new PolityProposalStateError({
      errorName: 'GovernorUnexpectedProposalState',
      args: [proposalId, index],
      message: `${formatProposal(proposalId)} is ${state} but ${action} needs it to be ${allowed.join(' or ')}: getProposal shows when that is`,
    });
  }
  return state as ProposalState;
}
