// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBudgetRounds} from "./IBudgetRounds.sol";

/**
 * @title GovernedRoundLimits
 * @notice The bounds governance puts on every round a round manager opens. The council opens rounds and
 * proposes their equal-shares outcomes, so it must not also choose how hard those outcomes are to check:
 * a challenge window of a second or a bond nobody can pay would let it finalise a wrong outcome, and a
 * zero bond would let anyone freeze a result for free. Likewise a high per-resident submission limit
 * would let two residents take all 256 project slots. Only governance (the timelock) moves these bounds;
 * a round keeps the configuration it was opened with.
 */
abstract contract GovernedRoundLimits is IBudgetRounds {
    /// @dev At deployment: windows of 2 to 30 days, bonds of 0.001 to 1 native unit, 5 projects per resident
    /// (at least 52 residents to fill a round).
    uint32 private constant DEFAULT_MIN_CHALLENGE_WINDOW = 2 days;
    uint32 private constant DEFAULT_MAX_CHALLENGE_WINDOW = 30 days;
    uint96 private constant DEFAULT_MIN_CHALLENGE_BOND = 1e15;
    uint96 private constant DEFAULT_MAX_CHALLENGE_BOND = 1e18;
    uint8 private constant DEFAULT_MAX_SUBMISSIONS_PER_RESIDENT = 5;

    RoundLimits private _limits;

    constructor() {
        _setRoundLimits(
            RoundLimits({
                minChallengeWindow: DEFAULT_MIN_CHALLENGE_WINDOW,
                maxChallengeWindow: DEFAULT_MAX_CHALLENGE_WINDOW,
                minChallengeBond: DEFAULT_MIN_CHALLENGE_BOND,
                maxChallengeBond: DEFAULT_MAX_CHALLENGE_BOND,
                maxSubmissionsPerResident: DEFAULT_MAX_SUBMISSIONS_PER_RESIDENT
            })
        );
    }

    /// @dev Reverts unless the caller is governance.
    function _checkGovernance() internal view virtual;

    /**
     * @notice Sets the bounds for rounds opened from now on. Windows and bonds must be above zero and each
     * minimum at most its maximum; at least one submission per resident. Only governance.
     */
    function setRoundLimits(RoundLimits calldata limits) external {
        _checkGovernance();
        _setRoundLimits(limits);
    }

    /// @notice The bounds every newly opened round must respect.
    function roundLimits() external view returns (RoundLimits memory) {
        return _limits;
    }

    function _setRoundLimits(RoundLimits memory limits) private {
        if (
            limits.minChallengeWindow == 0 || limits.minChallengeWindow > limits.maxChallengeWindow
                || limits.minChallengeBond == 0 || limits.minChallengeBond > limits.maxChallengeBond
                || limits.maxSubmissionsPerResident == 0
        ) revert BudgetRoundInvalidLimits(limits);
        _limits = limits;
        emit RoundLimitsSet(limits);
    }

    /// @dev Reverts unless `config` respects the limits (its other checks are the schedule's).
    function _checkRoundLimits(RoundConfig calldata config) internal view {
        RoundLimits memory limits = _limits;
        if (config.maxSubmissionsPerResident > limits.maxSubmissionsPerResident) {
            revert BudgetRoundSubmissionLimitTooHigh(config.maxSubmissionsPerResident, limits.maxSubmissionsPerResident);
        }
        Counting calldata counting = config.counting;
        if (
            counting.rule == CountingRule.EqualShares
                && (counting.challengeWindow < limits.minChallengeWindow
                    || counting.challengeWindow > limits.maxChallengeWindow
                    || counting.challengeBond < limits.minChallengeBond || counting.challengeBond > limits.maxChallengeBond)
        ) revert BudgetRoundChallengeOutsideLimits(counting.challengeWindow, counting.challengeBond, limits);
    }
}
