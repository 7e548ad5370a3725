// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/**
 * @title IBudgetRounds
 * @notice Participatory-budgeting rounds: a budget that residents decide. A round is opened with its
 * whole configuration, runs through four phases (submission, review, voting, result) that only move
 * forward, collects projects that the council reviews, and counts ballots of one of three designs. The
 * result itself (greedy on-chain, or an equal-shares outcome submitted and open to challenge) is kept by
 * {IRoundResults}; the money by the milestone escrow.
 *
 * Projects are numbered from 0 within their round, at most 256 per round, so that a set of projects is
 * one 256-bit word (ballots, accepted projects, selected projects). See docs/budgeting-rounds.md.
 */
interface IBudgetRounds {
    // ─── Types ───────────────────────────────────────────────────────────────────────────────────

    /// @dev Phases in order. Each begins at its time in the timeline, or earlier if the council advances it.
    enum Phase {
        Submission,
        Review,
        Voting,
        Result
    }

    /// @dev Ballot designs: a set of projects (Approval), a set within the budget (Knapsack), or points.
    enum BallotKind {
        Approval,
        Knapsack,
        Cumulative
    }

    /// @dev How the result is found: greedy computed on-chain, or an equal-shares outcome submitted.
    enum CountingRule {
        Greedy,
        EqualShares
    }

    /**
     * @dev Equal shares' completion (docs/budgeting-rules.md): none; Add1 until the next run would
     * overspend; Add1 until the outcome is exhaustive; or greedy by support after pure equal shares.
     * Utilities are cost utilities and Add1 starts from the budget divided by the total weight, rounded
     * down (docs/equal-shares-on-chain.md).
     */
    enum Completion {
        None,
        Add1,
        Add1Exhaustive,
        Utilitarian
    }

    /// @dev A project's review status; only Accepted projects are on the ballot.
    enum ProjectStatus {
        Submitted,
        Accepted,
        Rejected
    }

    /// @dev When each phase after submission begins (submission begins when the round is opened).
    struct Timeline {
        uint48 reviewStart;
        uint48 votingStart;
        uint48 votingEnd;
    }

    /**
     * @dev What a valid ballot is. Approval and Knapsack: a set of `minProjects` to `maxProjects` projects
     * (0: no maximum); Knapsack adds that their total cost is within the budget and at least
     * `minSpendBps` / 10,000 of it. Cumulative: at most `points` points in all, at most
     * `maxPointsPerProject` on one project, on `minProjects` to `maxProjects` projects.
     */
    struct BallotDesign {
        BallotKind kind;
        uint16 minProjects;
        uint16 maxProjects;
        uint16 minSpendBps;
        uint16 points;
        uint16 maxPointsPerProject;
    }

    /**
     * @dev The counting rule and its parameters. Greedy: projects nobody supports, and those with support
     * below `minSupport`, are not eligible; a project that does not fit is skipped (or, with
     * `stopAtMisfit`, ends the count).
     * Equal shares: `completion` variant, `minSupport` likewise, and the outcome may be challenged for
     * `challengeWindow` seconds by anyone who posts `challengeBond` wei.
     */
    struct Counting {
        CountingRule rule;
        bool stopAtMisfit;
        uint64 minSupport;
        Completion completion;
        uint32 challengeWindow;
        uint96 challengeBond;
    }

    /**
     * @dev Everything fixed when a round is opened. `district` 0 means the whole city; otherwise only
     * residents of that district take part. With `delegation`, ballots carry the weight delegated on
     * `topic` (city-wide rounds only). `descriptionHash` is the content hash of the round's public text.
     */
    struct RoundConfig {
        IERC20 token;
        uint32 district;
        bool delegation;
        uint8 topic;
        uint8 maxSubmissionsPerResident;
        uint128 budget;
        BallotDesign ballot;
        Timeline timeline;
        Counting counting;
        bytes32 descriptionHash;
    }

    /**
     * @dev Bounds governance puts on what a round manager may configure, so that the council whose
     * equal-shares outcome is checked cannot set the check, and a few residents cannot fill a round:
     * every equal-shares round's challenge window and bond lie within these, and no round lets one resident
     * submit more than `maxSubmissionsPerResident` projects. Only governance changes them ({setRoundLimits}).
     */
    struct RoundLimits {
        uint32 minChallengeWindow;
        uint32 maxChallengeWindow;
        uint96 minChallengeBond;
        uint96 maxChallengeBond;
        uint8 maxSubmissionsPerResident;
    }

    /// @dev A project: cost in the round's token units, category, review status, exclusive group (0: none),
    /// location in microdegrees ((0, 0): none), who proposed it and the content hash of its text.
    struct Project {
        uint128 cost;
        uint8 category;
        ProjectStatus status;
        uint8 group;
        int32 latitude;
        int32 longitude;
        address proposer;
        bytes32 descriptionHash;
    }

    /// @dev What a project is on the ballot: its cost, exclusive group, whether accepted, and its support.
    struct ProjectCount {
        uint128 cost;
        uint8 group;
        bool accepted;
        uint256 support;
    }

    // ─── Events ──────────────────────────────────────────────────────────────────────────────────

    /// @dev Governance set the bounds on round configurations; rounds opened from now on respect them.
    event RoundLimitsSet(RoundLimits limits);

    /// @dev A round was opened with this configuration and these category names (category i is `categories[i]`).
    event RoundOpened(uint256 indexed roundId, address indexed openedBy, RoundConfig config, string[] categories);

    /// @dev The round entered `phase` at `at` (the scheduled time, or when the council advanced it).
    /// `snapshot` is set when voting opens: eligibility and weights are read at it.
    event RoundPhaseChanged(uint256 indexed roundId, Phase phase, uint48 at, uint48 snapshot);

    event ProjectSubmitted(
        uint256 indexed roundId,
        uint8 indexed projectId,
        address indexed proposer,
        uint128 cost,
        uint8 category,
        int32 latitude,
        int32 longitude,
        bytes32 descriptionHash
    );
    event ProjectAccepted(uint256 indexed roundId, uint8 indexed projectId, address indexed reviewer);
    event ProjectRejected(
        uint256 indexed roundId, uint8 indexed projectId, address indexed reviewer, bytes32 reasonHash
    );
    event ProjectRevalued(
        uint256 indexed roundId,
        uint8 indexed projectId,
        address indexed reviewer,
        uint128 previousCost,
        uint128 cost,
        bytes32 reasonHash
    );
    /// @dev At most one project of `projects` can be funded.
    event ExclusiveGroupDeclared(uint256 indexed roundId, uint8 indexed group, uint8[] projects);

    /**
     * @dev `voter` cast (or replaced) its ballot; it now counts with `weight` for each project (times the
     * points for cumulative ballots). `commitment` is the round's ballot commitment after this event.
     */
    event BallotCast(
        uint256 indexed roundId,
        address indexed voter,
        uint8[] projects,
        uint16[] points,
        uint256 weight,
        bytes32 commitment
    );
    /// @dev The round was opened with secret ballots (right after its {RoundOpened}): ballots arrive through
    /// the ballot channel (`SecretBallots`) under ballot keys, never from residents' accounts.
    event SecretRoundOpened(uint256 indexed roundId);

    /// @dev A resident below `voter` on its delegation chain voted: `voter`'s ballot now counts with `weight`.
    event BallotWeightReduced(
        uint256 indexed roundId, address indexed voter, uint256 reduction, uint256 weight, bytes32 commitment
    );

    // ─── Errors ──────────────────────────────────────────────────────────────────────────────────

    error BudgetRoundUnknown(uint256 roundId);
    error BudgetRoundWrongPhase(uint256 roundId, Phase current, Phase required);
    error BudgetRoundZeroToken();
    error BudgetRoundZeroBudget();
    error BudgetRoundInvalidTimeline(uint48 now_, Timeline timeline);
    error BudgetRoundInvalidCategories(uint256 count);
    error BudgetRoundInvalidSubmissionLimit(uint8 maxSubmissionsPerResident);
    error BudgetRoundInvalidBallotDesign(BallotDesign design);
    error BudgetRoundInvalidCounting(Counting counting);
    /// @dev Limits must allow something: windows and bonds above zero, each minimum at most its maximum.
    error BudgetRoundInvalidLimits(RoundLimits limits);
    /// @dev An equal-shares round's challenge window or bond lies outside the limits governance set.
    error BudgetRoundChallengeOutsideLimits(uint32 challengeWindow, uint96 challengeBond, RoundLimits limits);
    /// @dev The round would let one resident submit more projects than governance allows.
    error BudgetRoundSubmissionLimitTooHigh(uint8 maxSubmissionsPerResident, uint8 limit);
    /// @dev Delegations are city-wide, so a delegate could carry other districts' weight into a district round.
    error BudgetRoundDistrictDelegation(uint32 district, uint8 topic);
    error BudgetRoundUnknownTopic(uint8 topic, uint8 topicCount);
    /// @dev The council cannot close voting before its time: tallies are public while voting is open.
    error BudgetRoundVotingCannotCloseEarly(uint256 roundId, uint48 votingEnd);
    error BudgetRoundNotRoundManager(address account);
    /// @dev A secret round cannot use delegation: a delegator's own ballot would visibly reduce its delegate's.
    error BudgetRoundSecretDelegation(uint8 topic);

    error ProjectUnknown(uint256 roundId, uint256 projectId);
    error ProjectRoundFull(uint256 roundId, uint256 maxProjects);
    error ProjectNotResident(uint256 roundId, address account, uint32 district);
    error ProjectSubmissionLimit(uint256 roundId, address proposer, uint8 limit);
    error ProjectZeroCost(uint256 roundId);
    error ProjectCostOverBudget(uint256 roundId, uint256 projectId, uint256 cost, uint256 budget);
    error ProjectUnknownCategory(uint256 roundId, uint8 category, uint8 categoryCount);
    error ProjectAlreadyInGroup(uint256 roundId, uint256 projectId, uint8 group);
    error ProjectGroupTooSmall(uint256 roundId, uint256 size);
    error ProjectTooManyGroups(uint256 roundId);

    error BallotNotEligible(uint256 roundId, address voter, uint48 snapshot);
    error BallotWrongDistrict(uint256 roundId, address voter, uint32 district, uint32 roundDistrict);
    error BallotProjectNotOnBallot(uint256 roundId, uint256 projectId);
    error BallotProjectsNotAscending(uint256 roundId, uint256 previous, uint256 projectId);
    error BallotTooFewProjects(uint256 roundId, uint256 count, uint256 minimum);
    error BallotTooManyProjects(uint256 roundId, uint256 count, uint256 maximum);
    error BallotOverBudget(uint256 roundId, uint256 spent, uint256 budget);
    error BallotUnderMinimumSpend(uint256 roundId, uint256 spent, uint256 minimum);
    error BallotPointsMismatch(uint256 roundId, uint256 projects, uint256 points);
    error BallotZeroPoints(uint256 roundId, uint256 projectId);
    error BallotProjectOverPointLimit(uint256 roundId, uint256 projectId, uint256 points, uint256 maximum);
    error BallotTooManyPoints(uint256 roundId, uint256 total, uint256 maximum);
    error BallotWrongDesign(uint256 roundId, BallotKind kind);
    /// @dev The round's ballots are secret: they are cast through the ballot channel with a proof.
    error BallotSecretRound(uint256 roundId);
    /// @dev A polling station entered this resident's paper ballot: it cannot vote again in this round.
    error BallotVotedOnPaper(uint256 roundId, address voter);

    // ─── Functions ───────────────────────────────────────────────────────────────────────────────

    function openRound(RoundConfig calldata config, string[] calldata categories) external returns (uint256 roundId);
    function openSecretRound(RoundConfig calldata config, string[] calldata categories)
        external
        returns (uint256 roundId);
    function setRoundLimits(RoundLimits calldata limits) external;
    function advancePhase(uint256 roundId, Phase next) external;
    function syncPhase(uint256 roundId) external returns (Phase);

    function submitProject(
        uint256 roundId,
        uint128 cost,
        uint8 category,
        int32 latitude,
        int32 longitude,
        bytes32 descriptionHash
    ) external returns (uint8 projectId);
    function acceptProject(uint256 roundId, uint8 projectId) external;
    function rejectProject(uint256 roundId, uint8 projectId, bytes32 reasonHash) external;
    function revalueProject(uint256 roundId, uint8 projectId, uint128 cost, bytes32 reasonHash) external;
    function declareExclusiveGroup(uint256 roundId, uint8[] calldata projects) external returns (uint8 group);

    function castBallot(uint256 roundId, uint8[] calldata projects) external returns (uint256 weight);
    function castCumulativeBallot(uint256 roundId, uint8[] calldata projects, uint16[] calldata points)
        external
        returns (uint256 weight);

    function castChannelBallot(uint256 roundId, address voter, uint8[] calldata projects, uint16[] calldata points)
        external
        returns (uint256 weight);

    function roundLimits() external view returns (RoundLimits memory);
    function roundCount() external view returns (uint256);
    function roundConfig(uint256 roundId) external view returns (RoundConfig memory);
    function phaseOf(uint256 roundId) external view returns (Phase);
    function snapshotOf(uint256 roundId) external view returns (uint48);
    function projectCount(uint256 roundId) external view returns (uint256);
    function project(uint256 roundId, uint8 projectId) external view returns (Project memory);
    function acceptedProjects(uint256 roundId) external view returns (uint256 bitmap);
    function supportOf(uint256 roundId, uint8 projectId) external view returns (uint256);
    function projectCounts(uint256 roundId) external view returns (ProjectCount[] memory);
    function ballotOf(uint256 roundId, address voter)
        external
        view
        returns (bool cast, uint8[] memory projects, uint16[] memory points, uint256 weight);
    function ballotCommitment(uint256 roundId) external view returns (bytes32 commitment, uint256 ballots);
    function secrecyOf(uint256 roundId) external view returns (bool secret, uint32 district, uint48 snapshot);
}
