import { polityGovernorAbi } from '../../contracts/generated.js';
import { eventsOf, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import { PolityError, type PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityGovernanceError } from '../../chain/errors/contract.js';
import { checkDraft, describeOnTopic, topicOfDescription, type ProposalDraft } from '../../proposals/draft.js';
import { requireTopic } from '../delegation/topics.js';

export interface ProposeParameters extends PolityWriteParameters {
  /** From a proposal builder (buildFundProjectsProposal, buildTransferProposal, ...) or written by hand. */
  readonly proposal: ProposalDraft;
  /**
   * The topic whose delegations carry votes on it (default: the topic the description names, general if
   * none). The Governor reads it from a `#topic=<n>` line at the end of the description, which is added.
   */
  readonly topic?: number;
}

export interface ProposeReturnType extends PolityWriteResult {
  /** The new proposal's id (it carries the proposal's number and topic). */
  readonly proposalId: bigint;
  /** The contents as proposed: queue, execute and cancel need this description, topic marker included. */
  readonly proposal: ProposalDraft;
  /** When voting opens and closes, in seconds. */
  readonly voteStart: bigint;
  readonly voteEnd: bigint;
}

export type ProposeErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityGovernanceError;

/** Creates a proposal on a topic. Anyone whose voting power reaches the proposal threshold. */
export async function propose(client: PolityClient, parameters: ProposeParameters): Promise<ProposeReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const draft = checkDraft(parameters.proposal);
    const topic = await requireTopic(client, polity, parameters.topic ?? topicOfDescription(draft.description));
    const proposal = { ...draft, description: describeOnTopic(draft.description, topic) };
    const { targets, values, calldatas, description } = proposal;
    const { hash, receipt } = await sendPolityCall(client, {
      abi: polityGovernorAbi,
      address: polity.governor,
      functionName: 'proposeOnTopic',
      args: [topic, targets, values, calldatas, description],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'propose',
    });
    const [created] = eventsOf(receipt, polityGovernorAbi, polity.governor, 'ProposalCreated');
    if (!created) throw new PolityError(`propose: transaction ${hash} emitted no ProposalCreated event: is polity.governor a Polity contract of this SDK's version?`);
    return { hash, receipt, proposalId: created.args.proposalId, proposal, voteStart: created.args.voteStart, voteEnd: created.args.voteEnd };
  });
}
