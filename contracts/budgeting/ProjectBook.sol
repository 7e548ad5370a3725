// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RoundSchedule} from "./RoundSchedule.sol";

/**
 * @title ProjectBook
 * @notice The projects of each round. Residents (of the round's district, if it has one) submit them
 * during submission; during review the council accepts or rejects each (a decision can be revisited
 * during review, for example after an appeal), changes a cost with a reason, and declares groups of
 * mutually exclusive projects of which at most one is funded. Every decision is an event; nothing is
 * edited without one. Only accepted projects are on the ballot.
 */
abstract contract ProjectBook is RoundSchedule {
    /// @dev Projects per round: a set of them is one 256-bit word.
    uint256 public constant MAX_PROJECTS = 256;

    mapping(uint256 roundId => mapping(uint256 projectId => Project)) internal _projects;
    mapping(uint256 roundId => mapping(address proposer => uint8)) private _submissions;

    /// @dev The project already has this status.
    error ProjectStatusUnchanged(uint256 roundId, uint256 projectId, ProjectStatus status);

    // ─── Submission ──────────────────────────────────────────────────────────────────────────────

    /**
     * @notice Submits a project during the submission phase. Any current resident (of the round's
     * district, for a district round), up to the round's limit of submissions per resident.
     * @param cost in the round's token units, at most the budget
     * @param category index into the round's categories
     * @param latitude microdegrees; (0, 0) means the project has no location
     * @param descriptionHash content hash of the project's public text
     */
    function submitProject(
        uint256 roundId,
        uint128 cost,
        uint8 category,
        int32 latitude,
        int32 longitude,
        bytes32 descriptionHash
    ) external returns (uint8 projectId) {
        RoundState storage state = _requirePhase(roundId, Phase.Submission);
        RoundConfig storage config = _configs[roundId];
        _requireResident(roundId, msg.sender, config.district);

        uint8 submitted = _submissions[roundId][msg.sender];
        if (submitted >= config.maxSubmissionsPerResident) {
            revert ProjectSubmissionLimit(roundId, msg.sender, config.maxSubmissionsPerResident);
        }
        uint256 count = state.projectCount;
        if (count >= MAX_PROJECTS) revert ProjectRoundFull(roundId, MAX_PROJECTS);
        _checkCost(roundId, count, cost, config.budget);
        if (category >= state.categoryCount) revert ProjectUnknownCategory(roundId, category, state.categoryCount);

        // count < MAX_PROJECTS (256), checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        projectId = uint8(count);
        _submissions[roundId][msg.sender] = submitted + 1;
        // forge-lint: disable-next-line(unsafe-typecast)
        state.projectCount = uint16(count + 1);
        _projects[roundId][projectId] = Project({
            cost: cost,
            category: category,
            status: ProjectStatus.Submitted,
            group: 0,
            latitude: latitude,
            longitude: longitude,
            proposer: msg.sender,
            descriptionHash: descriptionHash
        });
        emit ProjectSubmitted(roundId, projectId, msg.sender, cost, category, latitude, longitude, descriptionHash);
    }

    function _requireResident(uint256 roundId, address account, uint32 district) private view {
        (bool member, uint48 expiresAt, uint32 home) = _registry.residencyOf(account);
        if (!member || expiresAt <= clock() || (district != 0 && home != district)) {
            revert ProjectNotResident(roundId, account, district);
        }
    }

    function _checkCost(uint256 roundId, uint256 projectId, uint128 cost, uint128 budget) private pure {
        if (cost == 0) revert ProjectZeroCost(roundId);
        if (cost > budget) revert ProjectCostOverBudget(roundId, projectId, cost, budget);
    }

    // ─── Review ──────────────────────────────────────────────────────────────────────────────────

    /// @notice Puts a project on the ballot. Only the council, during review.
    function acceptProject(uint256 roundId, uint8 projectId) external onlyCouncil {
        RoundState storage state = _requirePhase(roundId, Phase.Review);
        _setStatus(roundId, projectId, ProjectStatus.Accepted);
        state.accepted |= uint256(1) << projectId;
        emit ProjectAccepted(roundId, projectId, msg.sender);
    }

    /// @notice Keeps a project off the ballot, with the content hash of the published reason. Only the
    /// council, during review.
    function rejectProject(uint256 roundId, uint8 projectId, bytes32 reasonHash) external onlyCouncil {
        RoundState storage state = _requirePhase(roundId, Phase.Review);
        _setStatus(roundId, projectId, ProjectStatus.Rejected);
        state.accepted &= ~(uint256(1) << projectId);
        emit ProjectRejected(roundId, projectId, msg.sender, reasonHash);
    }

    /// @notice Changes a project's cost after valuation, with the content hash of the published reason.
    /// Only the council, during review.
    function revalueProject(uint256 roundId, uint8 projectId, uint128 cost, bytes32 reasonHash) external onlyCouncil {
        _requirePhase(roundId, Phase.Review);
        Project storage entry = _existingProject(roundId, projectId);
        _checkCost(roundId, projectId, cost, _configs[roundId].budget);
        uint128 previous = entry.cost;
        entry.cost = cost;
        emit ProjectRevalued(roundId, projectId, msg.sender, previous, cost, reasonHash);
    }

    /**
     * @notice Declares that at most one of `projects` may be funded (two projects for the same site, say).
     * Each project belongs to at most one group. Only the council, during review.
     */
    function declareExclusiveGroup(uint256 roundId, uint8[] calldata projects)
        external
        onlyCouncil
        returns (uint8 group)
    {
        RoundState storage state = _requirePhase(roundId, Phase.Review);
        if (projects.length < 2) revert ProjectGroupTooSmall(roundId, projects.length);
        if (state.groupCount == type(uint8).max) revert ProjectTooManyGroups(roundId);
        group = ++state.groupCount;
        for (uint256 i; i < projects.length; ++i) {
            Project storage entry = _existingProject(roundId, projects[i]);
            if (entry.group != 0) revert ProjectAlreadyInGroup(roundId, projects[i], entry.group);
            entry.group = group;
        }
        emit ExclusiveGroupDeclared(roundId, group, projects);
    }

    function _setStatus(uint256 roundId, uint8 projectId, ProjectStatus status) private {
        Project storage entry = _existingProject(roundId, projectId);
        if (entry.status == status) revert ProjectStatusUnchanged(roundId, projectId, status);
        entry.status = status;
    }

    function _existingProject(uint256 roundId, uint256 projectId) internal view returns (Project storage) {
        if (projectId >= _states[roundId].projectCount) revert ProjectUnknown(roundId, projectId);
        return _projects[roundId][projectId];
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /// @notice How many projects were submitted to the round; project ids are `0 .. projectCount - 1`.
    function projectCount(uint256 roundId) external view returns (uint256) {
        _requireRound(roundId);
        return _states[roundId].projectCount;
    }

    /// @notice A project as it stands now.
    function project(uint256 roundId, uint8 projectId) external view returns (Project memory) {
        _requireRound(roundId);
        return _existingProject(roundId, projectId);
    }

    /// @notice The projects on the ballot, as a bitmap (bit `i` set: project `i` is accepted).
    function acceptedProjects(uint256 roundId) external view returns (uint256) {
        _requireRound(roundId);
        return _states[roundId].accepted;
    }
}
