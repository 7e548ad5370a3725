import { runPolityAction, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityGovernanceError, PolityProposalStateError } from '../../chain/errors/contract.js';
import { sendLifecycleCall, type ProposalLifecycleParameters, type ProposalLifecycleReturnType } from './lifecycle.js';

export type ExecuteProposalParameters = ProposalLifecycleParameters;

export type ExecuteProposalReturnType = ProposalLifecycleReturnType;

export type ExecuteProposalErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityProposalStateError
  | PolityGovernanceError;

/** Executes a queued proposal once the timelock's delay has passed: the timelock makes its calls. Anyone. */
export async function executeProposal(client: PolityClient, parameters: ExecuteProposalParameters): Promise<ExecuteProposalReturnType> {
  return runPolityAction(client, parameters.polity, () => sendLifecycleCall(client, parameters, 'execute', ['queued']));
}
