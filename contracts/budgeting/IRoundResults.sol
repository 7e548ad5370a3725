// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IBudgetRounds} from "./IBudgetRounds.sol";

/**
 * @title IRoundResults
 * @notice The result of each budget round: which projects are funded. Greedy rounds are counted on-chain
 * by anyone once voting has closed. Equal-shares rounds receive an outcome computed off-chain, checked
 * cheaply on-chain and open to challenge for the round's challenge window; only a final, unchallenged
 * outcome can be funded (see docs/equal-shares-on-chain.md).
 */
interface IRoundResults {
    /// @dev None: nothing yet (or a discarded outcome). Proposed: an equal-shares outcome in its challenge
    /// window. Challenged: frozen until governance resolves the challenge. Final: projects can be funded.
    enum ResultStatus {
        None,
        Proposed,
        Challenged,
        Final
    }

    /// @dev A round's result: status, end of the challenge window (equal shares), total cost of the
    /// selected projects, the selected projects as a bitmap, and the ballot commitment it was computed from.
    struct Result {
        ResultStatus status;
        uint48 challengeEnd;
        uint128 spent;
        uint256 selected;
        bytes32 ballotCommitment;
    }

    /// @dev The result is final: `projects` are funded and cost `spent` in all.
    event ResultFinalised(uint256 indexed roundId, uint8[] projects, uint256 spent, bytes32 ballotCommitment);
    /// @dev An equal-shares outcome was proposed; it can be challenged until `challengeEnd`.
    event OutcomeProposed(
        uint256 indexed roundId,
        address indexed proposer,
        uint8[] projects,
        uint256 spent,
        IBudgetRounds.Completion completion,
        bytes32 ballotCommitment,
        uint48 challengeEnd
    );
    event OutcomeChallenged(uint256 indexed roundId, address indexed challenger, uint256 bond, bytes32 reasonHash);
    /// @dev Governance agreed with the challenger: the outcome is discarded, the bond can be withdrawn.
    event ChallengeUpheld(uint256 indexed roundId, address indexed challenger, uint256 bond, bytes32 reasonHash);
    /// @dev Governance disagreed: the bond went to the treasury and the outcome is open to challenge again.
    event ChallengeRejected(uint256 indexed roundId, address indexed challenger, uint256 bond, bytes32 reasonHash);
    /// @dev After a rejected challenge the outcome can be challenged again until `challengeEnd`.
    event ChallengeWindowReopened(uint256 indexed roundId, uint48 challengeEnd);
    event BondWithdrawn(address indexed challenger, uint256 amount);

    error ResultWrongRule(uint256 roundId, IBudgetRounds.CountingRule rule);
    error ResultWrongStatus(uint256 roundId, ResultStatus status);
    error ResultVotingNotClosed(uint256 roundId, IBudgetRounds.Phase phase);
    error OutcomeCompletionMismatch(uint256 roundId, IBudgetRounds.Completion given, IBudgetRounds.Completion round);
    error OutcomeCommitmentMismatch(uint256 roundId, bytes32 given, bytes32 onChain);
    error OutcomeProjectsNotAscending(uint256 roundId, uint256 previous, uint256 projectId);
    error OutcomeProjectNotEligible(uint256 roundId, uint256 projectId);
    error OutcomeExclusiveGroupConflict(uint256 roundId, uint8 group, uint256 projectId);
    error OutcomeOverBudget(uint256 roundId, uint256 spent, uint256 budget);
    error OutcomeChallengeWindowOpen(uint256 roundId, uint48 challengeEnd);
    error OutcomeChallengeWindowClosed(uint256 roundId, uint48 challengeEnd);
    error OutcomeWrongBond(uint256 roundId, uint256 sent, uint256 bond);
    error ResultProjectNotFunded(uint256 roundId, uint256 projectId);
    error ResultNothingToWithdraw(address account);

    function finaliseGreedy(uint256 roundId) external returns (uint8[] memory projects);
    function proposeOutcome(
        uint256 roundId,
        uint8[] calldata projects,
        IBudgetRounds.Completion completion,
        bytes32 ballotCommitment
    ) external;
    function challengeOutcome(uint256 roundId, bytes32 reasonHash) external payable;
    function resolveChallenge(uint256 roundId, bool upheld, bytes32 reasonHash) external;
    function finaliseOutcome(uint256 roundId) external;
    function withdrawBond() external;

    function rounds() external view returns (IBudgetRounds);
    function resultOf(uint256 roundId) external view returns (Result memory);
    function selectedProjects(uint256 roundId) external view returns (uint8[] memory);
    function isSelected(uint256 roundId, uint8 projectId) external view returns (bool);
    function fundingTerms(uint256 roundId, uint8 projectId) external view returns (IERC20 token, uint256 cost);
    function challengeOf(uint256 roundId) external view returns (address challenger, uint256 bond);
    function bondRefundOf(address account) external view returns (uint256);
}
