import { decodeProposalActions, type PolityAddresses, type ProposalState } from '@polity/sdk';
import type { ProposalMade } from '$lib/polity/proposals';

/** A proposal that funds projects of a round, and which. */
export interface FundingProposal {
  readonly proposalId: bigint;
  readonly projectIds: readonly number[];
}

/** The proposals whose actions fund projects of `roundId` (the escrow's `fundProject`), oldest first. */
export function fundingProposalsOf(polity: PolityAddresses, proposals: readonly ProposalMade[], roundId: bigint): FundingProposal[] {
  const found: FundingProposal[] = [];
  for (const proposal of proposals) {
    const projectIds = decodeProposalActions(polity, proposal)
      .filter((action) => action.component === 'escrow' && action.functionName === 'fundProject' && action.args[0] === roundId)
      .map((action) => Number(action.args[1]));
    if (projectIds.length > 0) found.push({ proposalId: proposal.proposalId, projectIds });
  }
  return found;
}

/**
 * Whether a proposal in `state` may still fund its projects: until it is defeated, cancelled,
 * expired or executed, a second proposal for the same projects would compete with it (and one of
 * the two would fail when executed, the escrow funding a project once).
 */
export function stillOpen(state: ProposalState | `#${number}`): boolean {
  return state === 'pending' || state === 'active' || state === 'succeeded' || state === 'queued';
}
