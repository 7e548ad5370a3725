import { readContract } from 'viem/actions';
import { polityGovernorAbi } from '../../contracts/generated.js';
import { sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { ProposalState } from '../../chain/enums.js';
import { checkDraft, descriptionHashOf, type ProposalDraft } from '../../proposals/draft.js';
import { requireProposalState } from './proposalState.js';

/** What `queueProposal`, `executeProposal` and `cancelProposal` take. */
export interface ProposalLifecycleParameters extends PolityWriteParameters {
  /** The proposal's exact contents, as proposed (getProposalContents recovers them from the log). */
  readonly proposal: ProposalDraft;
}

/** What `queueProposal`, `executeProposal` and `cancelProposal` return. */
export interface ProposalLifecycleReturnType extends PolityWriteResult {
  /** The id the Governor derives from the proposal's contents. */
  readonly proposalId: bigint;
}

/**
 * Queue, execute and cancel all name a proposal by its contents: finds its id, checks its state, then
 * sends. Shared by the three actions so that they refuse the wrong state the same way.
 */
export async function sendLifecycleCall(
  client: PolityClient,
  parameters: ProposalLifecycleParameters,
  functionName: 'queue' | 'execute' | 'cancel',
  allowed: readonly ProposalState[],
): Promise<ProposalLifecycleReturnType> {
  const { polity } = parameters;
  const { targets, values, calldatas, description } = checkDraft(parameters.proposal);
  const args = [targets, values, calldatas, descriptionHashOf(description)] as const;
  const proposalId = await readContract(client, { address: polity.governor, abi: polityGovernorAbi, functionName: 'getProposalId', args });
  await requireProposalState(client, polity, proposalId, allowed, `${functionName === 'queue' ? 'queueing' : functionName === 'execute' ? 'executing' : 'cancelling'}`);
  const common = { abi: polityGovernorAbi, address: polity.governor, account: parameters.account, onSent: parameters.onSent, args, action: `${functionName}Proposal` } as const;
  const { hash, receipt } =
    functionName === 'queue'
      ? await sendPolityCall(client, { ...common, functionName: 'queue' })
      : functionName === 'execute'
        ? await sendPolityCall(client, { ...common, functionName: 'execute' })
        : await sendPolityCall(client, { ...common, functionName: 'cancel' });
  return { hash, receipt, proposalId };
}
