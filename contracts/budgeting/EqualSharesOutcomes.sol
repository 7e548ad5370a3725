// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {IBudgetRounds} from "./IBudgetRounds.sol";
import {ResultBook} from "./ResultBook.sol";

/**
 * @title EqualSharesOutcomes
 * @notice Optimistic results for rounds counted by the Method of Equal Shares, which is too expensive to
 * compute on-chain at city scale. The council proposes the outcome it computed off-chain, naming the
 * completion variant and the ballot commitment it was computed from (which must be the round's final
 * one). Cheap checks run at once: only accepted projects with enough support, ascending, at most one per
 * exclusive group, within the budget. Then, for the round's challenge window, anyone who recomputes a
 * different outcome from the on-chain ballots may challenge it by posting the round's bond: that freezes
 * the result until governance resolves the challenge. Upheld: the outcome is discarded (the council
 * proposes a corrected one) and the challenger withdraws the bond. Rejected: the bond goes to the
 * treasury and the outcome gets a whole new window, so that a frivolous challenge (made, say, in the last
 * second of the window by a friend of the council) cannot use up the time others had to challenge.
 * Unchallenged at the end of the window, anyone finalises it. Window and bond are within the limits
 * governance set for the round ({GovernedRoundLimits}). See docs/equal-shares-on-chain.md for the trust
 * assumptions.
 */
abstract contract EqualSharesOutcomes is ResultBook, ReentrancyGuardTransient {
    struct Challenge {
        address challenger;
        uint96 bond;
    }

    address internal immutable _treasury;

    mapping(uint256 roundId => Challenge) private _challenges;
    mapping(address challenger => uint256) private _bondRefunds;

    constructor(address treasury_) {
        _treasury = treasury_;
    }

    /// @dev Reverts unless the caller may propose outcomes (the council).
    function _checkProposer() internal view virtual;

    /// @dev Reverts unless the caller is governance.
    function _checkGovernance() internal view virtual;

    /**
     * @notice Proposes the equal-shares outcome of a round whose voting has closed. Only the council.
     * @param projects the funded projects, ascending
     * @param completion the completion variant it was computed with (must be the round's)
     * @param ballotCommitment the ballot commitment it was computed from (must be the round's)
     */
    function proposeOutcome(
        uint256 roundId,
        uint8[] calldata projects,
        IBudgetRounds.Completion completion,
        bytes32 ballotCommitment
    ) external {
        _checkProposer();
        IBudgetRounds.RoundConfig memory config = _closedRound(roundId);
        _requireRule(roundId, config, IBudgetRounds.CountingRule.EqualShares);
        _requireStatus(roundId, ResultStatus.None);
        if (completion != config.counting.completion) {
            revert OutcomeCompletionMismatch(roundId, completion, config.counting.completion);
        }
        (bytes32 onChain,) = _rounds.ballotCommitment(roundId);
        if (ballotCommitment != onChain) revert OutcomeCommitmentMismatch(roundId, ballotCommitment, onChain);

        (uint256 selected, uint256 spent) = _check(roundId, config, projects);
        uint48 challengeEnd = Time.timestamp() + config.counting.challengeWindow;
        _results[roundId] = Result({
            status: ResultStatus.Proposed,
            challengeEnd: challengeEnd,
            spent: SafeCast.toUint128(spent),
            selected: selected,
            ballotCommitment: ballotCommitment
        });
        emit OutcomeProposed(roundId, msg.sender, projects, spent, completion, ballotCommitment, challengeEnd);
    }

    /// @dev The checks that are cheap on-chain; returns the projects as a bitmap and their total cost.
    function _check(uint256 roundId, IBudgetRounds.RoundConfig memory config, uint8[] calldata projects)
        private
        view
        returns (uint256 selected, uint256 spent)
    {
        IBudgetRounds.ProjectCount[] memory counts = _rounds.projectCounts(roundId);
        uint256 groups;
        for (uint256 i; i < projects.length; ++i) {
            uint256 projectId = projects[i];
            if (i != 0 && projectId <= projects[i - 1]) {
                revert OutcomeProjectsNotAscending(roundId, projects[i - 1], projectId);
            }
            if (
                projectId >= counts.length || !counts[projectId].accepted || counts[projectId].support == 0
                    || counts[projectId].support < config.counting.minSupport
            ) revert OutcomeProjectNotEligible(roundId, projectId);
            uint8 group = counts[projectId].group;
            if (group != 0) {
                if (groups & (uint256(1) << group) != 0) {
                    revert OutcomeExclusiveGroupConflict(roundId, group, projectId);
                }
                groups |= uint256(1) << group;
            }
            selected |= uint256(1) << projectId;
            spent += counts[projectId].cost;
        }
        if (spent > config.budget) revert OutcomeOverBudget(roundId, spent, config.budget);
    }

    /**
     * @notice Challenges a proposed outcome during its window, with the content hash of the published
     * reasons (typically the recomputed outcome). Anyone, sending exactly the round's bond in wei.
     */
    function challengeOutcome(uint256 roundId, bytes32 reasonHash) external payable {
        Result storage result = _requireStatus(roundId, ResultStatus.Proposed);
        if (Time.timestamp() >= result.challengeEnd) revert OutcomeChallengeWindowClosed(roundId, result.challengeEnd);
        uint256 bond = _rounds.roundConfig(roundId).counting.challengeBond;
        if (msg.value != bond) revert OutcomeWrongBond(roundId, msg.value, bond);
        result.status = ResultStatus.Challenged;
        // the bond is the round's uint96 challengeBond
        // forge-lint: disable-next-line(unsafe-typecast)
        _challenges[roundId] = Challenge(msg.sender, uint96(bond));
        emit OutcomeChallenged(roundId, msg.sender, bond, reasonHash);
    }

    /**
     * @notice Resolves a challenge. Upheld: the outcome is discarded and the challenger may withdraw the
     * bond. Rejected: the bond goes to the treasury and the outcome is proposed again with a whole new
     * challenge window from now (the outcome was frozen meanwhile, and others may have waited to
     * challenge it). Only governance.
     */
    function resolveChallenge(uint256 roundId, bool upheld, bytes32 reasonHash) external nonReentrant {
        _checkGovernance();
        Result storage result = _requireStatus(roundId, ResultStatus.Challenged);
        Challenge memory challenge = _challenges[roundId];
        delete _challenges[roundId];
        if (upheld) {
            delete _results[roundId];
            _bondRefunds[challenge.challenger] += challenge.bond;
            emit ChallengeUpheld(roundId, challenge.challenger, challenge.bond, reasonHash);
        } else {
            result.status = ResultStatus.Proposed;
            uint48 challengeEnd = Time.timestamp() + _rounds.roundConfig(roundId).counting.challengeWindow;
            result.challengeEnd = challengeEnd;
            emit ChallengeRejected(roundId, challenge.challenger, challenge.bond, reasonHash);
            emit ChallengeWindowReopened(roundId, challengeEnd);
            if (challenge.bond != 0) Address.sendValue(payable(_treasury), challenge.bond);
        }
    }

    /// @notice Makes a proposed outcome final once its challenge window has passed unchallenged. Anyone.
    function finaliseOutcome(uint256 roundId) external {
        Result storage result = _requireStatus(roundId, ResultStatus.Proposed);
        if (Time.timestamp() < result.challengeEnd) revert OutcomeChallengeWindowOpen(roundId, result.challengeEnd);
        _finalise(roundId, result);
    }

    /// @notice Sends the caller the bonds of its upheld challenges. Anyone with a refund.
    function withdrawBond() external nonReentrant {
        uint256 amount = _bondRefunds[msg.sender];
        if (amount == 0) revert ResultNothingToWithdraw(msg.sender);
        _bondRefunds[msg.sender] = 0;
        emit BondWithdrawn(msg.sender, amount);
        Address.sendValue(payable(msg.sender), amount);
    }

    /// @notice The open challenge of a round, if any.
    function challengeOf(uint256 roundId) external view returns (address challenger, uint256 bond) {
        Challenge memory challenge = _challenges[roundId];
        return (challenge.challenger, challenge.bond);
    }

    /// @notice Bonds `account` may withdraw.
    function bondRefundOf(address account) external view returns (uint256) {
        return _bondRefunds[account];
    }

    /// @notice Where forfeited bonds go: the treasury (the timelock).
    function treasury() external view returns (address) {
        return _treasury;
    }
}
