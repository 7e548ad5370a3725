import { outcomeCompletions, countingRules, enumName, grantStatuses, resultStatuses, roundPhases } from '../../enums.js';
import { PolityEscrowError, PolityResultError, PolityRoundPhaseError, type PolityContractError } from '../contract.js';
import { formatAccount, formatAmount, formatTime } from '../format.js';
import type { PolityRevert } from '../abi.js';

/** Round results (RoundResults) and the milestone escrow (MilestoneEscrow). */
export function treasuryError(revert: PolityRevert, cause: unknown): PolityContractError | undefined {
  const base = { errorName: revert.errorName, args: revert.args ?? [], cause };
  const result = (message: string) => new PolityResultError({ ...base, message });
  const escrow = (message: string) => new PolityEscrowError({ ...base, message });
  switch (revert.errorName) {
    case 'ResultVotingNotClosed': {
      const [roundId, phase] = revert.args;
      return new PolityRoundPhaseError({ ...base, message: `round ${roundId} is in ${enumName(roundPhases, phase)}: results are counted once voting has closed` });
    }
    case 'ResultWrongRule': {
      const [roundId, rule] = revert.args;
      return result(
        enumName(countingRules, rule) === 'greedy'
          ? `round ${roundId} is counted greedily: finalise it with finaliseRound, not with an equal-shares outcome`
          : `round ${roundId} is counted by equal shares: submit an outcome (submitOutcome) instead of a greedy count`,
      );
    }
    case 'ResultWrongStatus': {
      const [roundId, status] = revert.args;
      return result(`round ${roundId}'s result is ${enumName(resultStatuses, status)}, which does not allow this (getResult shows it)`);
    }
    case 'OutcomeCompletionMismatch': {
      const [roundId, given, expected] = revert.args;
      return result(`the outcome was computed with completion ${enumName(outcomeCompletions, given)} but round ${roundId} uses ${enumName(outcomeCompletions, expected)}: recompute it`);
    }
    case 'OutcomeCommitmentMismatch': {
      const [roundId, given, onChain] = revert.args;
      return result(`the outcome was computed from ballots ${given} but round ${roundId}'s final ballot commitment is ${onChain}: recompute it from all the round's ballots`);
    }
    case 'OutcomeProjectsNotAscending': {
      const [, previous, projectId] = revert.args;
      return result(`outcome projects must be ascending and distinct, but ${projectId} follows ${previous}`);
    }
    case 'OutcomeProjectNotEligible': {
      const [roundId, projectId] = revert.args;
      return result(`project ${projectId} cannot be funded in round ${roundId}: it is not accepted or lacks the minimum support`);
    }
    case 'OutcomeExclusiveGroupConflict': {
      const [, group, projectId] = revert.args;
      return result(`project ${projectId} is the second project of exclusive group ${group} in the outcome: at most one per group may be funded`);
    }
    case 'OutcomeOverBudget': {
      const [, spent, budget] = revert.args;
      return result(`the outcome spends ${formatAmount(spent)} but the round's budget is ${formatAmount(budget)}`);
    }
    case 'OutcomeChallengeWindowOpen': {
      const [roundId, end] = revert.args;
      return result(`round ${roundId}'s outcome can still be challenged until ${formatTime(end)}: finalise it after that`);
    }
    case 'OutcomeChallengeWindowClosed': {
      const [roundId, end] = revert.args;
      return result(`round ${roundId}'s challenge window closed at ${formatTime(end)}`);
    }
    case 'OutcomeWrongBond': {
      const [roundId, sent, bond] = revert.args;
      return result(`a challenge of round ${roundId} needs a bond of exactly ${formatAmount(bond)} wei, not ${formatAmount(sent)}`);
    }
    case 'ResultProjectNotFunded': {
      const [roundId, projectId] = revert.args;
      return result(`project ${projectId} is not funded by round ${roundId}'s final result: only selected projects of a final result can be funded`);
    }
    case 'ResultNothingToWithdraw': {
      const [account] = revert.args;
      return result(`${formatAccount(account)} has no bond to withdraw`);
    }
    case 'GreedySupportTooLarge': {
      const [projectId] = revert.args;
      return result(`project ${projectId}'s support is too large to count`);
    }
    case 'EscrowProjectAlreadyFunded': {
      const [roundId, projectId, status] = revert.args;
      return escrow(`project ${projectId} of round ${roundId} is already funded (${enumName(grantStatuses, status)}): a project is funded once`);
    }
    case 'EscrowProjectNotActive': {
      const [roundId, projectId, status] = revert.args;
      return escrow(`project ${projectId} of round ${roundId} is ${enumName(grantStatuses, status)}, not active: fund it first, or it is finished`);
    }
    case 'EscrowZeroRecipient': {
      const [, projectId] = revert.args;
      return escrow(`project ${projectId} needs a recipient address for its payments`);
    }
    case 'EscrowMilestoneCount': {
      const [, projectId, count, maximum] = revert.args;
      return escrow(`project ${projectId} has ${count} milestones: give 1 to ${maximum}`);
    }
    case 'EscrowZeroMilestone': {
      const [, projectId, index] = revert.args;
      return escrow(`milestone ${index} of project ${projectId} pays 0: every milestone must pay something`);
    }
    case 'EscrowAllocationOverCost': {
      const [, projectId, allocation, cost] = revert.args;
      return escrow(`project ${projectId}'s milestones add up to ${formatAmount(allocation)} but it costs ${formatAmount(cost)}: they may not exceed its cost`);
    }
    case 'EscrowTransferShortfall': {
      const [, projectId, expected, received] = revert.args;
      return escrow(`the escrow received ${formatAmount(received)} instead of ${formatAmount(expected)} for project ${projectId}: the token takes a fee; use another token`);
    }
    case 'EscrowMilestoneOutOfOrder': {
      const [, projectId, index, next] = revert.args;
      return escrow(`milestone ${index} of project ${projectId} cannot be released yet: milestones are released in order and the next is ${next}`);
    }
    case 'SafeERC20FailedOperation': {
      const [token] = revert.args;
      return escrow(`the token ${formatAccount(token)} refused the transfer: check the treasury's balance and the escrow's allowance`);
    }
    default:
      return undefined;
  }
}
