import { runPolityAction, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityGovernanceError, PolityProposalStateError } from '../../chain/errors/contract.js';
import { sendLifecycleCall, type ProposalLifecycleParameters, type ProposalLifecycleReturnType } from './lifecycle.js';

export type CancelProposalParameters = ProposalLifecycleParameters;

export type CancelProposalReturnType = ProposalLifecycleReturnType;

export type CancelProposalErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityProposalStateError
  | PolityGovernanceError;

/** Cancels a proposal: its proposer while it is pending, or the guardian (the council) until it is executed. */
export async function cancelProposal(client: PolityClient, parameters: CancelProposalParameters): Promise<CancelProposalReturnType> {
  return runPolityAction(client, parameters.polity, () => sendLifecycleCall(client, parameters, 'cancel', ['pending', 'active', 'succeeded', 'queued']));
}
