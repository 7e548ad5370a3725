import { runPolityAction, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityGovernanceError, PolityProposalStateError } from '../../chain/errors/contract.js';
import { sendLifecycleCall, type ProposalLifecycleParameters, type ProposalLifecycleReturnType } from './lifecycle.js';

export type QueueProposalParameters = ProposalLifecycleParameters;

export type QueueProposalReturnType = ProposalLifecycleReturnType;

export type QueueProposalErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityProposalStateError
  | PolityGovernanceError;

/** Queues a passed proposal in the timelock; it can be executed once the timelock's delay has passed. Anyone. */
export async function queueProposal(client: PolityClient, parameters: QueueProposalParameters): Promise<QueueProposalReturnType> {
  return runPolityAction(client, parameters.polity, () => sendLifecycleCall(client, parameters, 'queue', ['succeeded']));
}
