// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PolityFixture} from "../utils/PolityFixture.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {BudgetRounds} from "../../contracts/budgeting/BudgetRounds.sol";
import {RoundResults} from "../../contracts/budgeting/RoundResults.sol";
import {MilestoneEscrow} from "../../contracts/treasury/MilestoneEscrow.sol";
import {TestToken} from "./mocks/TestToken.sol";

/// @dev A city with budget rounds, results and an escrow, governed by the fixture's timelock; the council
/// holds the round-manager role (granted by governance). Helpers open, fill and run rounds.
abstract contract BudgetingFixture is PolityFixture {
    uint48 internal constant SUBMISSION = 7 days;
    uint48 internal constant REVIEW = 7 days;
    uint48 internal constant VOTING = 14 days;

    BudgetRounds internal rounds;
    RoundResults internal results;
    MilestoneEscrow internal escrow;
    TestToken internal token;

    function setUpBudgeting(uint256 maxDepth, uint256 residents) internal {
        setUpCity(maxDepth);
        rounds = new BudgetRounds(registry, address(timelock), council);
        results = new RoundResults(rounds, address(timelock), council, address(timelock));
        escrow = new MilestoneEscrow(results, address(timelock), address(timelock), council);
        token = new TestToken();
        token.mint(address(timelock), 100_000_000);
        bytes32 managerRole = rounds.ROUND_MANAGER_ROLE();
        vm.prank(address(timelock));
        rounds.grantRole(managerRole, council);
        // This city's governance lets one resident submit every project, so that tests stay short; the
        // limits themselves are tested on a polity with the defaults (RoundLimits.t.sol).
        IBudgetRounds.RoundLimits memory limits = rounds.roundLimits();
        limits.maxSubmissionsPerResident = type(uint8).max;
        vm.prank(address(timelock));
        rounds.setRoundLimits(limits);
        if (residents != 0) admitResidents(residents);
        vm.warp(block.timestamp + 1);
    }

    /// @dev Admits `account` to `district` until `expiresAt` (this contract is the registrar).
    function admitResident(address account, uint32 district, uint48 expiresAt) internal {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] =
            ResidentRegistry.Admission(account, keccak256(abi.encode("credential", account)), district, expiresAt);
        registry.admit(batch);
    }

    // ─── Configurations ──────────────────────────────────────────────────────────────────────────

    function approvalConfig(uint128 budget) internal view returns (IBudgetRounds.RoundConfig memory config) {
        config.token = token;
        config.budget = budget;
        config.maxSubmissionsPerResident = type(uint8).max;
        config.ballot = IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Approval, 1, 0, 0, 0, 0);
        uint48 now_ = uint48(block.timestamp);
        config.timeline =
            IBudgetRounds.Timeline(now_ + SUBMISSION, now_ + SUBMISSION + REVIEW, now_ + SUBMISSION + REVIEW + VOTING);
        config.descriptionHash = keccak256("round description");
    }

    function knapsackConfig(uint128 budget, uint16 minSpendBps)
        internal
        view
        returns (IBudgetRounds.RoundConfig memory config)
    {
        config = approvalConfig(budget);
        config.ballot = IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Knapsack, 1, 0, minSpendBps, 0, 0);
    }

    function cumulativeConfig(uint128 budget, uint16 points, uint16 maxPerProject)
        internal
        view
        returns (IBudgetRounds.RoundConfig memory config)
    {
        config = approvalConfig(budget);
        config.ballot = IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Cumulative, 1, 0, 0, points, maxPerProject);
    }

    function equalSharesConfig(uint128 budget, uint32 window, uint96 bond)
        internal
        view
        returns (IBudgetRounds.RoundConfig memory config)
    {
        config = approvalConfig(budget);
        config.counting = IBudgetRounds.Counting(
            IBudgetRounds.CountingRule.EqualShares, false, 0, IBudgetRounds.Completion.Add1, window, bond
        );
    }

    function categories() internal pure returns (string[] memory names) {
        names = new string[](2);
        names[0] = "green spaces";
        names[1] = "streets";
    }

    // ─── Running a round ─────────────────────────────────────────────────────────────────────────

    function openRound(IBudgetRounds.RoundConfig memory config) internal returns (uint256 roundId) {
        vm.prank(council);
        roundId = rounds.openRound(config, categories());
    }

    function submit(address proposer, uint256 roundId, uint128 cost) internal returns (uint8 projectId) {
        vm.prank(proposer);
        projectId = rounds.submitProject(roundId, cost, 0, 0, 0, keccak256(abi.encode("project", roundId, cost)));
    }

    /// @dev Opens a round, submits one project per cost (by resident 0) and accepts them all, ready to vote.
    function votingRound(IBudgetRounds.RoundConfig memory config, uint128[] memory prices)
        internal
        returns (uint256 roundId)
    {
        roundId = openRound(config);
        for (uint256 i; i < prices.length; ++i) {
            submit(resident(0), roundId, prices[i]);
        }
        toReview(roundId);
        acceptAll(roundId);
        toVoting(roundId);
    }

    function acceptAll(uint256 roundId) internal {
        uint256 count = rounds.projectCount(roundId);
        for (uint256 i; i < count; ++i) {
            vm.prank(council);
            rounds.acceptProject(roundId, uint8(i));
        }
    }

    function toReview(uint256 roundId) internal {
        vm.warp(rounds.roundConfig(roundId).timeline.reviewStart);
    }

    function toVoting(uint256 roundId) internal {
        vm.warp(rounds.roundConfig(roundId).timeline.votingStart);
    }

    function toResult(uint256 roundId) internal {
        vm.warp(rounds.roundConfig(roundId).timeline.votingEnd);
    }

    function vote(address voter, uint256 roundId, uint8[] memory projects) internal returns (uint256) {
        vm.prank(voter);
        return rounds.castBallot(roundId, projects);
    }

    function voteCumulative(address voter, uint256 roundId, uint8[] memory projects, uint16[] memory points)
        internal
        returns (uint256)
    {
        vm.prank(voter);
        return rounds.castCumulativeBallot(roundId, projects, points);
    }

    // ─── Governance ──────────────────────────────────────────────────────────────────────────────

    /// @dev Runs a proposal through the fixture's Governor and timelock: residents 0..3 vote for it.
    function executeProposal(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description
    ) internal {
        uint256 proposalId = governor.propose(targets, values, calldatas, description);
        vm.warp(block.timestamp + VOTING_DELAY + 1);
        for (uint256 i; i < 4; ++i) {
            vm.prank(resident(i));
            governor.castVote(proposalId, 1);
        }
        vm.warp(governor.proposalDeadline(proposalId) + 1);
        governor.queue(targets, values, calldatas, keccak256(bytes(description)));
        vm.warp(block.timestamp + TIMELOCK_DELAY + 1);
        governor.execute(targets, values, calldatas, keccak256(bytes(description)));
    }

    // ─── Small arrays ────────────────────────────────────────────────────────────────────────────

    function ids() internal pure returns (uint8[] memory list) {
        list = new uint8[](0);
    }

    function ids(uint8 a) internal pure returns (uint8[] memory list) {
        list = new uint8[](1);
        list[0] = a;
    }

    function ids(uint8 a, uint8 b) internal pure returns (uint8[] memory list) {
        list = new uint8[](2);
        (list[0], list[1]) = (a, b);
    }

    function ids(uint8 a, uint8 b, uint8 c) internal pure returns (uint8[] memory list) {
        list = new uint8[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    function pts(uint16 a) internal pure returns (uint16[] memory list) {
        list = new uint16[](1);
        list[0] = a;
    }

    function pts(uint16 a, uint16 b) internal pure returns (uint16[] memory list) {
        list = new uint16[](2);
        (list[0], list[1]) = (a, b);
    }

    function pts(uint16 a, uint16 b, uint16 c) internal pure returns (uint16[] memory list) {
        list = new uint16[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    function costs(uint128 a, uint128 b, uint128 c) internal pure returns (uint128[] memory list) {
        list = new uint128[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    function costs(uint128 a, uint128 b, uint128 c, uint128 d) internal pure returns (uint128[] memory list) {
        list = new uint128[](4);
        (list[0], list[1], list[2], list[3]) = (a, b, c, d);
    }
}
