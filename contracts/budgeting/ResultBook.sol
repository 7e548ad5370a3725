// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IBudgetRounds} from "./IBudgetRounds.sol";
import {IRoundResults} from "./IRoundResults.sol";
import {GreedySelection} from "./GreedySelection.sol";

/**
 * @title ResultBook
 * @notice Where each round's result is kept and read from, whichever rule produced it. A result becomes
 * final once ({_finalise}); only then do {isSelected} and {fundingTerms} name funded projects.
 */
abstract contract ResultBook is IRoundResults {
    IBudgetRounds internal immutable _rounds;

    mapping(uint256 roundId => Result) internal _results;

    constructor(IBudgetRounds rounds_) {
        _rounds = rounds_;
    }

    /// @dev Records the transitions due and reverts unless voting has closed; returns the round's configuration.
    function _closedRound(uint256 roundId) internal returns (IBudgetRounds.RoundConfig memory config) {
        IBudgetRounds.Phase phase = _rounds.syncPhase(roundId);
        if (phase != IBudgetRounds.Phase.Result) revert ResultVotingNotClosed(roundId, phase);
        return _rounds.roundConfig(roundId);
    }

    function _requireRule(uint256 roundId, IBudgetRounds.RoundConfig memory config, IBudgetRounds.CountingRule rule)
        internal
        pure
    {
        if (config.counting.rule != rule) revert ResultWrongRule(roundId, config.counting.rule);
    }

    function _requireStatus(uint256 roundId, ResultStatus status) internal view returns (Result storage result) {
        result = _results[roundId];
        if (result.status != status) revert ResultWrongStatus(roundId, result.status);
    }

    function _finalise(uint256 roundId, Result storage result) internal returns (uint8[] memory projects) {
        result.status = ResultStatus.Final;
        projects = GreedySelection.toIds(result.selected);
        emit ResultFinalised(roundId, projects, result.spent, result.ballotCommitment);
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /// @notice The budget rounds whose results these are.
    function rounds() external view returns (IBudgetRounds) {
        return _rounds;
    }

    /// @notice A round's result as it stands (status None until counted or proposed).
    function resultOf(uint256 roundId) external view returns (Result memory) {
        return _results[roundId];
    }

    /// @notice The projects of the current result (final or proposed), ascending.
    function selectedProjects(uint256 roundId) external view returns (uint8[] memory) {
        return GreedySelection.toIds(_results[roundId].selected);
    }

    /// @notice Whether the project is funded by the round's final result.
    function isSelected(uint256 roundId, uint8 projectId) public view returns (bool) {
        Result storage result = _results[roundId];
        return result.status == ResultStatus.Final && (result.selected >> projectId) & 1 == 1;
    }

    /// @notice For a project funded by a final result: the round's token and the project's cost, the most
    /// the escrow may allocate to it. Reverts otherwise.
    function fundingTerms(uint256 roundId, uint8 projectId) external view returns (IERC20 token, uint256 cost) {
        if (!isSelected(roundId, projectId)) revert ResultProjectNotFunded(roundId, projectId);
        return (_rounds.roundConfig(roundId).token, _rounds.project(roundId, projectId).cost);
    }
}
