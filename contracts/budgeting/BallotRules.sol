// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBudgetRounds} from "./IBudgetRounds.sol";

/**
 * @title BallotRules
 * @notice Whether a ballot is valid under a round's design, as plain functions on plain data. A ballot
 * lists project ids in strictly ascending order (with, for cumulative ballots, the points given to each).
 * An invalid ballot reverts with the first rule it breaks, checked in this order:
 *
 * 1. for each entry in order: ascending ({BallotProjectsNotAscending}), on the ballot
 *    ({BallotProjectNotOnBallot}), and for cumulative ballots at least one point ({BallotZeroPoints}) and
 *    at most the per-project maximum ({BallotProjectOverPointLimit});
 * 2. the number of projects ({BallotTooFewProjects}, {BallotTooManyProjects});
 * 3. cumulative: the total of points ({BallotTooManyPoints});
 * 4. knapsack: the total cost ({BallotOverBudget}, then {BallotUnderMinimumSpend}), see {checkSpending}.
 *
 * The SDK checks ballots with the same rules in the same order before sending them.
 */
library BallotRules {
    uint256 private constant MAX_BPS = 10_000;

    /**
     * @dev Checks every rule but the knapsack's spending and returns the ballot as a bitmap of projects.
     * `points` must be empty for approval and knapsack ballots ({IBudgetRounds-BallotPointsMismatch}).
     */
    function validate(
        uint256 roundId,
        IBudgetRounds.BallotDesign memory design,
        uint256 accepted,
        uint8[] calldata projects,
        uint16[] calldata points
    ) internal pure returns (uint256 bitmap) {
        bool cumulative = design.kind == IBudgetRounds.BallotKind.Cumulative;
        // Points only on cumulative ballots, one per project (the ballot channel passes what it was given).
        if (points.length != (cumulative ? projects.length : 0)) {
            revert IBudgetRounds.BallotPointsMismatch(roundId, projects.length, points.length);
        }
        uint256 totalPoints;
        for (uint256 i; i < projects.length; ++i) {
            uint256 projectId = projects[i];
            if (i != 0 && projectId <= projects[i - 1]) {
                revert IBudgetRounds.BallotProjectsNotAscending(roundId, projects[i - 1], projectId);
            }
            uint256 bit = uint256(1) << projectId;
            if (accepted & bit == 0) revert IBudgetRounds.BallotProjectNotOnBallot(roundId, projectId);
            bitmap |= bit;
            if (cumulative) {
                uint256 given = points[i];
                if (given == 0) revert IBudgetRounds.BallotZeroPoints(roundId, projectId);
                if (given > design.maxPointsPerProject) {
                    revert IBudgetRounds.BallotProjectOverPointLimit(
                        roundId, projectId, given, design.maxPointsPerProject
                    );
                }
                totalPoints += given;
            }
        }
        if (projects.length < design.minProjects) {
            revert IBudgetRounds.BallotTooFewProjects(roundId, projects.length, design.minProjects);
        }
        if (design.maxProjects != 0 && projects.length > design.maxProjects) {
            revert IBudgetRounds.BallotTooManyProjects(roundId, projects.length, design.maxProjects);
        }
        if (totalPoints > design.points) revert IBudgetRounds.BallotTooManyPoints(roundId, totalPoints, design.points);
    }

    /// @dev Knapsack: the ballot's total cost `spent` is within `budget` and at least the minimum share of it.
    function checkSpending(uint256 roundId, IBudgetRounds.BallotDesign memory design, uint256 spent, uint256 budget)
        internal
        pure
    {
        if (spent > budget) revert IBudgetRounds.BallotOverBudget(roundId, spent, budget);
        uint256 minimum = minimumSpend(design, budget);
        if (spent < minimum) revert IBudgetRounds.BallotUnderMinimumSpend(roundId, spent, minimum);
    }

    /// @dev The least a knapsack ballot must spend: `minSpendBps` of the budget, rounded up.
    function minimumSpend(IBudgetRounds.BallotDesign memory design, uint256 budget) internal pure returns (uint256) {
        return (budget * design.minSpendBps + MAX_BPS - 1) / MAX_BPS;
    }
}
