// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {ResidentRegistry} from "../membership/ResidentRegistry.sol";
import {GovernedRoundLimits} from "./GovernedRoundLimits.sol";

/**
 * @title RoundSchedule
 * @notice Opening budget rounds and moving them through their phases. A round's configuration is fixed
 * when it opens. Phases follow the timeline, or move earlier when the council advances them; either way
 * they never go back, and each transition is a {RoundPhaseChanged} event: a transition due by time is
 * recorded (with its scheduled time) by the first transaction that touches the round afterwards, or by
 * anyone calling {syncPhase}.
 *
 * The snapshot, the timepoint at which eligibility, districts and delegated weights are read, is the
 * second before voting opened. The clock is the block timestamp, the same clock as the resident
 * registry's (ERC-6372 `mode=timestamp`). Every round respects the bounds governance set
 * ({GovernedRoundLimits}).
 */
abstract contract RoundSchedule is GovernedRoundLimits {
    /// @dev Covered amounts of concurrent delegated rounds live in this many reusable lanes (see {LiquidTally}).
    uint256 private constant LANES = 8;
    uint256 private constant MAX_BPS = 10_000;

    /// @dev What changes while a round runs (its configuration does not).
    struct RoundState {
        Phase phase;
        uint48 snapshot;
        uint16 projectCount;
        uint8 groupCount;
        uint8 categoryCount;
        uint48 tag;
        uint64 lane;
        uint32 ballots;
        bool secret;
        uint256 accepted;
        bytes32 commitment;
    }

    ResidentRegistry internal immutable _registry;

    uint256 private _roundCount;
    mapping(uint256 roundId => RoundConfig) internal _configs;
    mapping(uint256 roundId => RoundState) internal _states;
    uint256[LANES] private _laneOccupant;
    uint48 private _lastTag;

    error BudgetRoundClockMismatch(string registryClockMode);

    constructor(ResidentRegistry registry_) {
        string memory mode = registry_.CLOCK_MODE();
        if (keccak256(bytes(mode)) != keccak256("mode=timestamp")) revert BudgetRoundClockMismatch(mode);
        _registry = registry_;
    }

    /// @dev Reverts unless the caller may open rounds.
    function _checkRoundManager() internal view virtual;

    /// @dev Reverts unless the caller acts for the council.
    function _checkCouncil() internal view virtual;

    modifier onlyCouncil() {
        _checkCouncil();
        _;
    }

    /// @notice The current timepoint: the block timestamp, as the resident registry's clock.
    function clock() public view virtual returns (uint48) {
        return Time.timestamp();
    }

    /// @notice The resident registry that decides who takes part and with what weight.
    function registry() external view returns (ResidentRegistry) {
        return _registry;
    }

    // ─── Opening ─────────────────────────────────────────────────────────────────────────────────

    /**
     * @notice Opens a round with its whole configuration; submission starts now. Only governance or an
     * account it granted the round-manager role (usually the council).
     * @param categories names of the project categories (1 to 255); a project's category is an index here
     */
    function openRound(RoundConfig calldata config, string[] calldata categories) external returns (uint256 roundId) {
        return _open(config, categories, false);
    }

    /**
     * @notice Opens a round whose ballots are secret (docs/secret-ballots.md), otherwise as {openRound}: the
     * choice is part of the configuration fixed at opening. Residents vote through the ballot channel with
     * a Semaphore proof of membership in the round's group; delegation is refused. Same callers as
     * {openRound}.
     */
    function openSecretRound(RoundConfig calldata config, string[] calldata categories)
        external
        returns (uint256 roundId)
    {
        return _open(config, categories, true);
    }

    function _open(RoundConfig calldata config, string[] calldata categories, bool secret)
        private
        returns (uint256 roundId)
    {
        _checkRoundManager();
        _validateConfig(config, categories.length, secret);

        roundId = ++_roundCount;
        _configs[roundId] = config;
        RoundState storage state = _states[roundId];
        state.categoryCount = uint8(categories.length);
        state.secret = secret;
        if (config.delegation) {
            uint48 tag = ++_lastTag;
            state.tag = tag;
            state.lane = _reserveLane(roundId, tag);
        }
        emit RoundOpened(roundId, msg.sender, config, categories);
        if (secret) emit SecretRoundOpened(roundId);
        emit RoundPhaseChanged(roundId, Phase.Submission, clock(), 0);
    }

    function _validateConfig(RoundConfig calldata config, uint256 categoryCount, bool secret) private view {
        if (address(config.token) == address(0)) revert BudgetRoundZeroToken();
        if (config.budget == 0) revert BudgetRoundZeroBudget();
        Timeline calldata timeline = config.timeline;
        uint48 now_ = clock();
        if (
            timeline.reviewStart <= now_ || timeline.votingStart <= timeline.reviewStart
                || timeline.votingEnd <= timeline.votingStart
        ) revert BudgetRoundInvalidTimeline(now_, timeline);
        if (categoryCount == 0 || categoryCount > type(uint8).max) revert BudgetRoundInvalidCategories(categoryCount);
        if (config.maxSubmissionsPerResident == 0) {
            revert BudgetRoundInvalidSubmissionLimit(config.maxSubmissionsPerResident);
        }
        _validateBallotDesign(config.ballot);
        _validateCounting(config.counting);
        _checkRoundLimits(config);
        if (config.delegation) {
            if (secret) revert BudgetRoundSecretDelegation(config.topic);
            if (config.district != 0) revert BudgetRoundDistrictDelegation(config.district, config.topic);
            uint8 topicCount = _registry.topicCount();
            if (config.topic >= topicCount) revert BudgetRoundUnknownTopic(config.topic, topicCount);
        }
    }

    function _validateBallotDesign(BallotDesign calldata design) private pure {
        bool valid = design.maxProjects == 0 || design.maxProjects >= design.minProjects;
        if (design.kind == BallotKind.Cumulative) {
            valid = valid && design.points != 0 && design.maxPointsPerProject != 0
                && design.maxPointsPerProject <= design.points && design.minSpendBps == 0;
        } else {
            valid = valid && design.points == 0 && design.maxPointsPerProject == 0 && design.minSpendBps <= MAX_BPS
                && (design.kind == BallotKind.Knapsack || design.minSpendBps == 0);
        }
        if (!valid) revert BudgetRoundInvalidBallotDesign(design);
    }

    function _validateCounting(Counting calldata counting) private pure {
        bool valid = counting.rule == CountingRule.Greedy
            ? counting.completion == Completion.None && counting.challengeWindow == 0 && counting.challengeBond == 0
            : counting.challengeWindow != 0 && !counting.stopAtMisfit;
        if (!valid) revert BudgetRoundInvalidCounting(counting);
    }

    /// @dev A lane whose last round's voting is over, or a lane of its own when all are busy.
    function _reserveLane(uint256 roundId, uint48 tag) private returns (uint64) {
        uint48 now_ = clock();
        for (uint256 lane; lane < LANES; ++lane) {
            uint256 occupant = _laneOccupant[lane];
            if (occupant == 0 || _configs[occupant].timeline.votingEnd <= now_) {
                _laneOccupant[lane] = roundId;
                // forge-lint: disable-next-line(unsafe-typecast)
                return uint64(lane);
            }
        }
        // a uint48 tag plus 8 fits in 64 bits
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(LANES + tag);
    }

    // ─── Phases ──────────────────────────────────────────────────────────────────────────────────

    /**
     * @notice Moves the round into `next` now, ahead of the timeline: from submission to review, or from
     * review to voting. `next` must be the phase right after the current one, so that a transition the
     * timeline already made cannot turn the call into a different one. Only the council. Voting cannot be
     * closed early: tallies are public while it runs, and an early close could pick a favourable moment.
     */
    function advancePhase(uint256 roundId, Phase next) external onlyCouncil {
        Phase current = _syncPhase(roundId);
        if (current == Phase.Voting) {
            revert BudgetRoundVotingCannotCloseEarly(roundId, _configs[roundId].timeline.votingEnd);
        }
        if (current == Phase.Result || uint8(next) != uint8(current) + 1) {
            revert BudgetRoundWrongPhase(roundId, current, next == Phase.Submission ? next : Phase(uint8(next) - 1));
        }
        uint48 now_ = clock();
        RoundState storage state = _states[roundId];
        state.phase = next;
        if (next == Phase.Voting) state.snapshot = now_ - 1;
        emit RoundPhaseChanged(roundId, next, now_, state.snapshot);
    }

    /// @notice Records the phase transitions the timeline has made due, with their events. Anyone may call it.
    function syncPhase(uint256 roundId) external returns (Phase) {
        return _syncPhase(roundId);
    }

    /// @notice The round's phase now (transitions due by time count even before they are recorded).
    function phaseOf(uint256 roundId) public view returns (Phase) {
        _requireRound(roundId);
        return _effectivePhase(_states[roundId].phase, _configs[roundId].timeline);
    }

    /// @notice The round's snapshot once voting has opened (zero before).
    function snapshotOf(uint256 roundId) public view returns (uint48) {
        _requireRound(roundId);
        RoundState storage state = _states[roundId];
        if (state.phase >= Phase.Voting) return state.snapshot;
        Timeline storage timeline = _configs[roundId].timeline;
        return clock() >= timeline.votingStart ? timeline.votingStart - 1 : 0;
    }

    /// @dev Brings the stored phase up to the timeline, emitting one event per phase entered.
    function _syncPhase(uint256 roundId) internal returns (Phase current) {
        _requireRound(roundId);
        RoundState storage state = _states[roundId];
        Timeline memory timeline = _configs[roundId].timeline;
        current = state.phase;
        Phase due = _effectivePhase(current, timeline);
        if (due == current) return current;
        while (current < due) {
            current = Phase(uint8(current) + 1);
            uint48 at = current == Phase.Review
                ? timeline.reviewStart
                : current == Phase.Voting ? timeline.votingStart : timeline.votingEnd;
            if (current == Phase.Voting) state.snapshot = at - 1;
            emit RoundPhaseChanged(roundId, current, at, state.snapshot);
        }
        state.phase = current;
    }

    /// @dev Reverts unless the round is in `required` (after recording transitions due).
    function _requirePhase(uint256 roundId, Phase required) internal returns (RoundState storage state) {
        Phase current = _syncPhase(roundId);
        if (current != required) revert BudgetRoundWrongPhase(roundId, current, required);
        return _states[roundId];
    }

    function _effectivePhase(Phase stored, Timeline memory timeline) private view returns (Phase) {
        uint48 now_ = clock();
        Phase scheduled = now_ >= timeline.votingEnd
            ? Phase.Result
            : now_ >= timeline.votingStart
                ? Phase.Voting
                : now_ >= timeline.reviewStart ? Phase.Review : Phase.Submission;
        return scheduled > stored ? scheduled : stored;
    }

    function _requireRound(uint256 roundId) internal view {
        if (roundId == 0 || roundId > _roundCount) revert BudgetRoundUnknown(roundId);
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /// @notice How many rounds were opened; round ids are `1 .. roundCount()`.
    function roundCount() external view returns (uint256) {
        return _roundCount;
    }

    /// @notice The configuration a round was opened with.
    function roundConfig(uint256 roundId) external view returns (RoundConfig memory) {
        _requireRound(roundId);
        return _configs[roundId];
    }
}
