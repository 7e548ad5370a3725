// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {SecretBallots} from "../../contracts/budgeting/SecretBallots.sol";
import {SecretFixture} from "../../test/secrecy/SecretFixture.sol";
import {GasRecorder} from "./GasRecorder.sol";

/**
 * @dev Gas of secret and paper ballots (issue 11), every call its own transaction (profile `bench`), with
 * real Groth16 proofs (test/data/secret-ballots/fixtures.json, tree depth 2):
 *
 * - `polity.secret.ballot.approval.2`: a secret ballot naming 2 projects, sent by the relay, in a round
 *   where another secret ballot was counted already (phase recorded, support words and commitment exist);
 * - `polity.secret.ballot.approval.1.replace`: the same nullifier's next revision, naming 1 project;
 * - `polity.secret.baseline.approval.2`: a public ballot naming 2 projects in the same conditions;
 * - `polity.identity.register`: a resident registers its commitment (city and district groups);
 * - `polity.identity.revoke` / `.sync`: revoking a resident who holds one, then syncing its leaves out;
 * - `polity.paper.public.enter`: a station enters a paper ballot over a resident's online one;
 * - `polity.paper.secret.checkIn`, `polity.paper.secret.enter.1`: a secret round's check-in and entry.
 */
contract SecretBallotGasBench is GasRecorder, SecretFixture {
    function test_secretBallots() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(0);
        vm.startPrank(council);
        uint256 secretRound = rounds.openSecretRound(config, categories());
        uint256 publicRound = rounds.openRound(config, categories());
        vm.stopPrank();
        for (uint256 roundId = secretRound; roundId <= publicRound; ++roundId) {
            for (uint128 cost = 30; cost <= 50; cost += 10) {
                vm.prank(resident(0));
                rounds.submitProject(roundId, cost, 0, 0, 0, keccak256(abi.encode(cost)));
            }
        }
        vm.warp(config.timeline.reviewStart);
        for (uint256 roundId = secretRound; roundId <= publicRound; ++roundId) {
            for (uint8 i; i < 3; ++i) {
                vm.prank(council);
                rounds.acceptProject(roundId, i);
            }
        }
        vm.warp(config.timeline.votingStart);

        // Seed both rounds with one ballot on projects 0 to 2, so that support words and commitments exist.
        castSigned(secretRound, R1_ROUND1_REV1);
        vm.prank(resident(2));
        rounds.castBallot(publicRound, seedProjects());

        Signed memory first = signed(R0_ROUND1_REV1);
        vm.prank(relay);
        channel.castSecretBallot(secretRound, first.projects, first.points, first.revision, first.proof);
        record("polity.secret.ballot.approval.2");
        Signed memory second = signed(R0_ROUND1_REV2);
        vm.prank(relay);
        channel.castSecretBallot(secretRound, second.projects, second.points, second.revision, second.proof);
        record("polity.secret.ballot.approval.1.replace");
        vm.prank(resident(0));
        rounds.castBallot(publicRound, ids(0, 1));
        record("polity.secret.baseline.approval.2");

        // Paper: over resident 1's online ballot in the public round; a check-in and an entry in the secret one.
        vm.prank(resident(1));
        rounds.castBallot(publicRound, ids(0, 1));
        vm.prank(station);
        channel.enterPaperBallot(publicRound, resident(1), ids(2), nothing(), keccak256("record 1"));
        record("polity.paper.public.enter");
        vm.prank(station);
        channel.checkInPaperVoter(secretRound, resident(4), keccak256("record 2"));
        record("polity.paper.secret.checkIn");
        SecretBallots.PaperBallot[] memory box = new SecretBallots.PaperBallot[](1);
        box[0] = SecretBallots.PaperBallot(ids(0, 1), nothing());
        vm.prank(station);
        channel.enterPaperBallots(secretRound, box, keccak256("record 3"));
        record("polity.paper.secret.enter.1");

        // Identities: resident 3 leaves (its siblings are the fixture's), then resident 4 joins.
        revoke(resident(3));
        record("polity.identity.revoke");
        groups.sync(
            resident(3),
            vm.parseJsonUintArray(fixture, ".removal3.city"),
            vm.parseJsonUintArray(fixture, ".removal3.district")
        );
        record("polity.identity.sync");
        vm.warp(block.timestamp + 1);
        vm.prank(resident(4));
        groups.register(commitment(4));
        record("polity.identity.register");

        writeFigures("secret-ballots");
    }

    function seedProjects() internal pure returns (uint8[] memory list) {
        list = new uint8[](1);
        list[0] = 1;
    }
}
