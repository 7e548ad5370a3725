import { enumName, proposalStates } from '../../enums.js';
import { PolityGovernanceError, PolityProposalStateError, type PolityContractError } from '../contract.js';
import { formatAccount, formatAmount, formatProposal } from '../format.js';
import type { PolityRevert } from '../abi.js';

/** The states set in OpenZeppelin's `expectedStates` bitmap, by name. */
function expectedStates(bitmap: bigint): string {
  const names = proposalStates.filter((_, index) => (bitmap >> BigInt(index)) & 1n);
  return names.length === 0 ? 'another state' : names.join(' or ');
}

/** The Governor and the timelock. */
export function governanceError(revert: PolityRevert, cause: unknown): PolityContractError | undefined {
  const base = { errorName: revert.errorName, args: revert.args ?? [], cause };
  const governance = (message: string) => new PolityGovernanceError({ ...base, message });
  switch (revert.errorName) {
    case 'GovernorUnexpectedProposalState': {
      const [proposalId, current, expected] = revert.args;
      return new PolityProposalStateError({
        ...base,
        message: `${formatProposal(proposalId)} is ${enumName(proposalStates, current)} but this needs it to be ${expectedStates(BigInt(expected))}: wait for that state (getProposal shows the dates)`,
      });
    }
    case 'GovernorInsufficientProposerVotes': {
      const [proposer, votes, threshold] = revert.args;
      return governance(
        `${formatAccount(proposer)} represents ${formatAmount(votes)} votes but proposing needs ${formatAmount(threshold)}: gather delegations first, or ask someone above the threshold to propose`,
      );
    }
    case 'GovernorAlreadyCastVote': {
      const [voter] = revert.args;
      return governance(`${formatAccount(voter)} has already voted on this proposal: a vote cannot be changed`);
    }
    case 'GovernorInvalidVoteType':
      return governance('the vote must be for, against or abstain');
    case 'GovernorNonexistentProposal': {
      const [proposalId] = revert.args;
      return governance(
        proposalId === 0n
          ? 'no proposal has these contents: check the targets, values, calldatas and the exact description'
          : `${formatProposal(proposalId)} does not exist on this Governor: check the proposal id`,
      );
    }
    case 'GovernorInvalidProposalLength': {
      const [targets, calldatas, values] = revert.args;
      return governance(`a proposal needs as many targets (${targets}), calldatas (${calldatas}) and values (${values}), at least one: build it with a proposal builder`);
    }
    case 'GovernorOnlyExecutor': {
      const [account] = revert.args;
      return governance(`${formatAccount(account)} cannot call this directly: only the timelock can, so make it a proposal`);
    }
    case 'GovernorUnableToCancel': {
      const [proposalId, account] = revert.args;
      return governance(`${formatAccount(account)} cannot cancel ${formatProposal(proposalId)}: only its proposer (while pending) or the guardian (the council) can`);
    }
    case 'GovernorInvalidSignature': {
      const [voter] = revert.args;
      return governance(`the vote signature does not match ${formatAccount(voter)} (wrong signer, proposal, choice, reason or nonce): sign the vote again`);
    }
    case 'GovernorRestrictedProposer': {
      const [proposer] = revert.args;
      return governance(`the description restricts who may submit this proposal, and ${formatAccount(proposer)} is not that account`);
    }
    case 'GovernorAlreadyQueuedProposal': {
      const [proposalId] = revert.args;
      return new PolityProposalStateError({ ...base, message: `${formatProposal(proposalId)} is already queued: execute it once the timelock delay has passed` });
    }
    case 'GovernorTargetCodeChanged': {
      const [proposalId] = revert.args;
      return governance(`the code of a target of ${formatProposal(proposalId)} changed after it was proposed: it can no longer run; propose again after reviewing the new code`);
    }
    case 'GovernorUnpinnableCall': {
      const [target, selector] = revert.args;
      return governance(`the proposal calls ${selector} on ${formatAccount(target)}, which would have the timelock run calls that are not the proposal's own, whose code cannot be pinned: put those calls in the proposal itself`);
    }
    case 'GovernorGuardianRemovalNotCancellable': {
      const [proposalId, guardian] = revert.args;
      return governance(`nobody can cancel ${formatProposal(proposalId)}: it only replaces the guardian (${formatAccount(guardian)}) or revokes the guardian's own roles, which residents decide by voting`);
    }
    case 'GovernorTopicNotInDescription': {
      const [topic, described] = revert.args;
      return governance(`the proposal is meant for topic ${topic} but its description names topic ${described}: end the description with "#topic=${topic}" (the propose action adds it)`);
    }
    case 'GovernorUnknownTopic': {
      const [topic] = revert.args;
      return governance(`topic ${topic} is not registered: propose on a registered topic (getTopics)`);
    }
    case 'GovernorInvalidQuorumFraction': {
      const [numerator, denominator] = revert.args;
      return governance(`a quorum of ${numerator}/${denominator} is not possible: choose a numerator up to ${denominator}`);
    }
    case 'GovernorInvalidVotingPeriod': {
      const [period] = revert.args;
      return governance(`a voting period of ${period} seconds is not allowed: choose a period above zero`);
    }
    case 'GovernorPreventLateQuorumVoteExtensionTooLarge': {
      const [extension, maximum] = revert.args;
      return governance(`a late-quorum extension of ${extension} seconds is too large (at most ${maximum})`);
    }
    case 'GovernorDisabledDeposit':
      return governance('the Governor does not accept deposits: send funds to the timelock (the treasury) instead');
    case 'LiquidTallyIneligibleVoter': {
      const [voter] = revert.args;
      return governance(`${formatAccount(voter)} was not a resident at this proposal's snapshot: only residents admitted before voting opened may vote`);
    }
    case 'TimelockInsufficientDelay': {
      const [delay, minDelay] = revert.args;
      return governance(`a delay of ${delay} seconds is below the timelock's minimum of ${minDelay} seconds`);
    }
    case 'TimelockUnauthorizedCaller': {
      const [caller] = revert.args;
      return governance(`${formatAccount(caller)} may not do this on the timelock: only the Governor can`);
    }
    case 'TimelockUnexpectedOperationState':
      return new PolityProposalStateError({
        ...base,
        message: 'the timelock operation is not ready (still waiting for its delay, or already executed): wait for the proposal\'s eta and check its state',
      });
    case 'TimelockUnexecutedPredecessor': {
      const [predecessor] = revert.args;
      return governance(`the timelock operation depends on ${predecessor}, which has not run yet`);
    }
    case 'FailedCall':
      return governance('a call made by the proposal failed without a reason: check each action of the proposal (decodeProposalActions) against the target contracts');
    default:
      return undefined;
  }
}
