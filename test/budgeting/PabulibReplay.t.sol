// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {IRoundResults} from "../../contracts/budgeting/IRoundResults.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

/**
 * @dev Replays real elections through the contracts: every project submitted and accepted, every
 * ballot cast by its own resident, the round counted on-chain, and the result compared with the
 * outcome the city recorded. The data are fixtures generated from the pabulib files by
 * test/data/rounds/generate.mts (with the SDK's parser).
 */
contract PabulibReplayTest is BudgetingFixture {
    uint256 internal constant ADMISSION_BATCH = 500;

    struct Election {
        string json;
        uint256 budget;
        uint256 ballotCount;
        IBudgetRounds.BallotKind kind;
        uint256[] costs;
        uint256[] offsets;
        uint256[] projects;
        uint256[] points;
    }

    function setUp() public {
        setUpBudgeting(4, 0);
    }

    function test_replay_warszawa2017StaraMilosna() public {
        replay("test/data/rounds/warszawa-2017-stara-milosna.json");
    }

    function test_replay_katowice2021Koszutka() public {
        replay("test/data/rounds/katowice-2021-koszutka.json");
    }

    function replay(string memory path) internal {
        Election memory election = load(path);
        admitVoters(election.ballotCount);

        uint256 roundId = openRound(configFor(election));
        for (uint256 i; i < election.costs.length; ++i) {
            submit(resident(i % election.ballotCount), roundId, uint128(election.costs[i]));
        }
        toReview(roundId);
        acceptAll(roundId);
        toVoting(roundId);
        for (uint256 b; b < election.ballotCount; ++b) {
            castRecordedBallot(election, roundId, b);
        }
        toResult(roundId);

        uint8[] memory onChain = results.finaliseGreedy(roundId);

        // the support the contracts counted is the support the city published
        uint256[] memory recordedSupport = vm.parseJsonUintArray(election.json, ".recordedSupport");
        for (uint256 i; i < recordedSupport.length; ++i) {
            assertEq(rounds.supportOf(roundId, uint8(i)), recordedSupport[i], "support per project");
        }
        (, uint256 ballots) = rounds.ballotCommitment(roundId);
        assertEq(ballots, election.ballotCount);

        // and the result is the outcome the city recorded
        uint256[] memory recorded = vm.parseJsonUintArray(election.json, ".recordedSelected");
        string[] memory names = vm.parseJsonStringArray(election.json, ".projectIds");
        uint256 recordedBitmap;
        uint256 recordedCost;
        for (uint256 i; i < recorded.length; ++i) {
            recordedBitmap |= uint256(1) << recorded[i];
            recordedCost += election.costs[recorded[i]];
        }
        IRoundResults.Result memory result = results.resultOf(roundId);
        emit log_named_string("election", vm.parseJsonString(election.json, ".description"));
        emit log_named_string("on-chain result", describe(onChain, names, result.spent));
        emit log_named_string("recorded outcome", describe(sortedIds(recordedBitmap), names, recordedCost));
        assertEq(result.selected, recordedBitmap, "funded projects");
        assertEq(result.spent, recordedCost, "total cost");
    }

    function load(string memory path) internal view returns (Election memory election) {
        election.json = vm.readFile(path);
        election.budget = vm.parseJsonUint(election.json, ".budget");
        election.ballotCount = vm.parseJsonUint(election.json, ".ballotCount");
        bytes32 kind = keccak256(bytes(vm.parseJsonString(election.json, ".ballotKind")));
        election.kind = kind == keccak256("cumulative")
            ? IBudgetRounds.BallotKind.Cumulative
            : kind == keccak256("knapsack") ? IBudgetRounds.BallotKind.Knapsack : IBudgetRounds.BallotKind.Approval;
        election.costs = vm.parseJsonUintArray(election.json, ".costs");
        election.offsets = vm.parseJsonUintArray(election.json, ".ballotOffsets");
        election.projects = vm.parseJsonUintArray(election.json, ".ballotProjects");
        election.points = vm.parseJsonUintArray(election.json, ".ballotPoints");
    }

    function configFor(Election memory election) internal view returns (IBudgetRounds.RoundConfig memory config) {
        config = approvalConfig(uint128(election.budget));
        config.ballot = IBudgetRounds.BallotDesign({
            kind: election.kind,
            minProjects: uint16(vm.parseJsonUint(election.json, ".minProjects")),
            maxProjects: uint16(vm.parseJsonUint(election.json, ".maxProjects")),
            minSpendBps: 0,
            points: uint16(vm.parseJsonUint(election.json, ".points")),
            maxPointsPerProject: uint16(vm.parseJsonUint(election.json, ".maxPointsPerProject"))
        });
        config.descriptionHash = keccak256(bytes(vm.parseJsonString(election.json, ".source")));
    }

    function admitVoters(uint256 count) internal {
        for (uint256 start; start < count; start += ADMISSION_BATCH) {
            uint256 size = count - start < ADMISSION_BATCH ? count - start : ADMISSION_BATCH;
            ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](size);
            for (uint256 i; i < size; ++i) {
                address account = resident(start + i);
                batch[i] = ResidentRegistry.Admission(
                    account, keccak256(abi.encode("credential", account)), 1, uint48(block.timestamp + 365 days)
                );
            }
            registry.admit(batch);
        }
        vm.warp(block.timestamp + 1);
    }

    function castRecordedBallot(Election memory election, uint256 roundId, uint256 b) internal {
        uint256 start = election.offsets[b];
        uint256 length = election.offsets[b + 1] - start;
        uint8[] memory projects = new uint8[](length);
        uint16[] memory points = new uint16[](length);
        for (uint256 k; k < length; ++k) {
            projects[k] = uint8(election.projects[start + k]);
            points[k] = uint16(election.points[start + k]);
        }
        vm.prank(resident(b));
        if (election.kind == IBudgetRounds.BallotKind.Cumulative) {
            rounds.castCumulativeBallot(roundId, projects, points);
        } else {
            rounds.castBallot(roundId, projects);
        }
    }

    function sortedIds(uint256 bitmap) internal pure returns (uint8[] memory list) {
        list = new uint8[](256);
        uint256 length;
        for (uint256 i; i < 256; ++i) {
            if ((bitmap >> i) & 1 == 1) list[length++] = uint8(i);
        }
        assembly ("memory-safe") {
            mstore(list, length)
        }
    }

    function describe(uint8[] memory projects, string[] memory names, uint256 spent)
        internal
        pure
        returns (string memory text)
    {
        text = string.concat(vm.toString(projects.length), " projects, ", vm.toString(spent), ":");
        for (uint256 i; i < projects.length; ++i) {
            text = string.concat(text, " ", names[projects[i]]);
        }
    }
}
