// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {ISemaphore} from "@semaphore-protocol/contracts/interfaces/ISemaphore.sol";
import {ISemaphoreVerifier} from "@semaphore-protocol/contracts/interfaces/ISemaphoreVerifier.sol";
import {SemaphoreVerifier} from "@semaphore-protocol/contracts/base/SemaphoreVerifier.sol";
import {ResidentRegistry, IIdentityGroupsHook} from "../../contracts/membership/ResidentRegistry.sol";
import {IdentityGroups} from "../../contracts/membership/IdentityGroups.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {BudgetRounds} from "../../contracts/budgeting/BudgetRounds.sol";
import {RoundResults} from "../../contracts/budgeting/RoundResults.sol";
import {SecretBallots} from "../../contracts/budgeting/SecretBallots.sol";
import {TestToken} from "../budgeting/mocks/TestToken.sol";

/**
 * @dev A city with secret ballots: registry (this contract is registrar), budget rounds at a fixed address
 * (the scope of the committed proofs names it), results, identity groups, Semaphore's verifier (from npm)
 * and the ballot channel, wired as governance would wire them. Residents 0 and 1 live in district 1,
 * 2 and 3 in district 2 (with 5), 4 in district 1; residents 0 to 3 register the fixture's identity
 * commitments, in that order, so that the on-chain groups are the ones the proofs were made against
 * (test/data/secret-ballots/generate.mjs).
 */
abstract contract SecretFixture is Test {
    address internal constant ROUNDS = address(uint160(uint256(keccak256("polity.test.secret-rounds"))));
    /// @dev Where poseidon-solidity deploys PoseidonT3 on every chain, and where foundry.toml links it.
    address internal constant POSEIDON_T3 = 0x3333333C0A88F9BE4fd23ed0536F9B6c427e3B93;
    uint48 internal constant SUBMISSION = 7 days;
    uint48 internal constant REVIEW = 7 days;
    uint48 internal constant VOTING = 14 days;

    // Proofs in test/data/secret-ballots/fixtures.json, in the order generate.mjs writes them.
    uint256 internal constant R0_ROUND1_REV1 = 0;
    uint256 internal constant R0_ROUND1_REV2 = 1;
    uint256 internal constant R1_ROUND1_REV1 = 2;
    uint256 internal constant R0_ROUND2_REV1 = 3;
    uint256 internal constant R0_ROUND1_OTHER_ROOT = 4;
    uint256 internal constant R3_ROUND1_BEFORE_REVOCATION = 5;
    uint256 internal constant R1_ROUND1_AFTER_REVOCATION = 6;
    uint256 internal constant R0_DISTRICT1_ROUND1 = 7;
    uint256 internal constant R2_ROUND1_CUMULATIVE = 8;

    ResidentRegistry internal registry;
    BudgetRounds internal rounds;
    RoundResults internal results;
    IdentityGroups internal groups;
    SecretBallots internal channel;
    TestToken internal token;

    address internal governance = makeAddr("governance");
    address internal council = makeAddr("council");
    address internal station = makeAddr("station");
    address internal relay = makeAddr("relay");

    string internal fixture;

    function setUp() public virtual {
        vm.warp(1_750_000_000);
        fixture = vm.readFile("test/data/secret-ballots/fixtures.json");
        assertEq(vm.parseJsonAddress(fixture, ".rounds"), ROUNDS, "fixture made for another rounds address");

        if (POSEIDON_T3.code.length == 0) deployCodeTo("PoseidonT3.sol:PoseidonT3", POSEIDON_T3);
        registry = new ResidentRegistry("Secret City", 4, governance, address(this), new string[](0));
        deployCodeTo("BudgetRounds.sol:BudgetRounds", abi.encode(registry, governance, council), ROUNDS);
        rounds = BudgetRounds(ROUNDS);
        results = new RoundResults(IBudgetRounds(ROUNDS), governance, council, governance);
        groups = new IdentityGroups(registry);
        ISemaphoreVerifier verifier = ISemaphoreVerifier(address(new SemaphoreVerifier()));
        channel = new SecretBallots(IBudgetRounds(ROUNDS), groups, verifier, governance);
        token = new TestToken();

        vm.startPrank(governance);
        registry.setIdentityGroups(IIdentityGroupsHook(address(groups)));
        rounds.grantRole(keccak256("BALLOT_CHANNEL_ROLE"), address(channel));
        rounds.grantRole(rounds.ROUND_MANAGER_ROLE(), council);
        channel.grantRole(channel.POLLING_STATION_ROLE(), station);
        vm.stopPrank();

        uint32[6] memory districts = [uint32(1), 1, 2, 2, 1, 2];
        for (uint256 i; i < districts.length; ++i) {
            admit(resident(i), districts[i]);
        }
        vm.warp(block.timestamp + 1);
        for (uint256 i; i < 4; ++i) {
            vm.prank(resident(i));
            groups.register(commitment(i));
        }
        vm.warp(block.timestamp + 1);
    }

    // ─── City ────────────────────────────────────────────────────────────────────────────────────

    function resident(uint256 i) internal pure returns (address) {
        return address(uint160(0x10000 + i));
    }

    function admit(address account, uint32 district) internal {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = ResidentRegistry.Admission(
            account, keccak256(abi.encode("credential", account)), district, uint48(block.timestamp + 365 days)
        );
        registry.admit(batch);
    }

    function revoke(address account) internal {
        address[] memory accounts = new address[](1);
        accounts[0] = account;
        registry.revoke(accounts, "moved away");
    }

    function commitment(uint256 i) internal view returns (uint256) {
        return vm.parseJsonUint(fixture, string.concat(".commitments[", vm.toString(i), "]"));
    }

    function root(string memory name) internal view returns (uint256) {
        return vm.parseJsonUint(fixture, string.concat(".roots.", name));
    }

    // ─── Rounds ──────────────────────────────────────────────────────────────────────────────────

    function approvalConfig(uint32 district) internal view returns (IBudgetRounds.RoundConfig memory config) {
        config.token = token;
        config.budget = 100;
        config.district = district;
        config.maxSubmissionsPerResident = 5;
        config.ballot = IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Approval, 1, 0, 0, 0, 0);
        uint48 now_ = uint48(block.timestamp);
        config.timeline =
            IBudgetRounds.Timeline(now_ + SUBMISSION, now_ + SUBMISSION + REVIEW, now_ + SUBMISSION + REVIEW + VOTING);
        config.descriptionHash = keccak256("round description");
    }

    function categories() internal pure returns (string[] memory names) {
        names = new string[](1);
        names[0] = "green spaces";
    }

    /// @dev Opens a round (secret or public), submits three projects (costs 30, 40, 50) and accepts them.
    function openWithProjects(IBudgetRounds.RoundConfig memory config, bool secret)
        internal
        returns (uint256 roundId)
    {
        vm.prank(council);
        roundId = secret ? rounds.openSecretRound(config, categories()) : rounds.openRound(config, categories());
        address proposer = config.district == 2 ? resident(2) : resident(0);
        for (uint128 cost = 30; cost <= 50; cost += 10) {
            vm.prank(proposer);
            rounds.submitProject(roundId, cost, 0, 0, 0, keccak256(abi.encode(cost)));
        }
        vm.warp(config.timeline.reviewStart);
        for (uint8 i; i < 3; ++i) {
            vm.prank(council);
            rounds.acceptProject(roundId, i);
        }
    }

    function toVoting(uint256 roundId) internal {
        vm.warp(rounds.roundConfig(roundId).timeline.votingStart);
    }

    // ─── Proofs ──────────────────────────────────────────────────────────────────────────────────

    /// @dev A committed proof and the ballot it signs.
    struct Signed {
        uint8[] projects;
        uint16[] points;
        uint256 revision;
        ISemaphore.SemaphoreProof proof;
    }

    function signed(uint256 index) internal view returns (Signed memory s) {
        string memory at = string.concat(".proofs[", vm.toString(index), "]");
        uint256[] memory projects = vm.parseJsonUintArray(fixture, string.concat(at, ".projects"));
        uint256[] memory points = vm.parseJsonUintArray(fixture, string.concat(at, ".points"));
        s.projects = new uint8[](projects.length);
        for (uint256 i; i < projects.length; ++i) {
            s.projects[i] = uint8(projects[i]);
        }
        s.points = new uint16[](points.length);
        for (uint256 i; i < points.length; ++i) {
            s.points[i] = uint16(points[i]);
        }
        s.revision = vm.parseJsonUint(fixture, string.concat(at, ".revision"));
        uint256[] memory groth16 = vm.parseJsonUintArray(fixture, string.concat(at, ".points8"));
        for (uint256 i; i < 8; ++i) {
            s.proof.points[i] = groth16[i];
        }
        s.proof.merkleTreeDepth = vm.parseJsonUint(fixture, string.concat(at, ".merkleTreeDepth"));
        s.proof.merkleTreeRoot = vm.parseJsonUint(fixture, string.concat(at, ".merkleTreeRoot"));
        s.proof.nullifier = vm.parseJsonUint(fixture, string.concat(at, ".nullifier"));
        s.proof.message = vm.parseJsonUint(fixture, string.concat(at, ".message"));
        s.proof.scope = vm.parseJsonUint(fixture, string.concat(at, ".scope"));
    }

    /// @dev Sends a committed proof's ballot from the relay (any account may).
    function castSigned(uint256 roundId, Signed memory s) internal returns (uint256) {
        vm.prank(relay);
        return channel.castSecretBallot(roundId, s.projects, s.points, s.revision, s.proof);
    }

    function castSigned(uint256 roundId, uint256 index) internal returns (uint256) {
        return castSigned(roundId, signed(index));
    }

    function ids(uint8 a) internal pure returns (uint8[] memory list) {
        list = new uint8[](1);
        list[0] = a;
    }

    function ids(uint8 a, uint8 b) internal pure returns (uint8[] memory list) {
        list = new uint8[](2);
        (list[0], list[1]) = (a, b);
    }

    function nothing() internal pure returns (uint16[] memory) {
        return new uint16[](0);
    }
}
