// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {LiquidTally} from "../../contracts/governance/LiquidTally.sol";
import {LiquidModel} from "../utils/LiquidModel.sol";

/// @notice The reference model on its own, against results worked out by hand (no contract involved).
contract LiquidModelTest is Test {
    LiquidModel internal model;
    address internal ana = makeAddr("ana");
    address internal ben = makeAddr("ben");
    address internal carla = makeAddr("carla");
    address internal dan = makeAddr("dan");
    address internal eva = makeAddr("eva");

    function setUp() public {
        vm.warp(1000);
        model = new LiquidModel(3, 3, true);
        model.recordAdmission(ana, 5000);
        model.recordAdmission(ben, 5000);
        model.recordAdmission(carla, 5000);
        model.recordAdmission(dan, 5000);
        model.recordAdmission(eva, 1500);
    }

    /// @dev docs/liquid-delegation.md: Ana -> Ben -> Carla <- Dan, Eva alone; Carla, Ana, Ben, Eva vote.
    function test_theDocumentedExample() public {
        model.recordDelegation(ana, 1, ben);
        model.recordDelegation(ben, 1, carla);
        model.recordDelegation(dan, 1, carla);
        model.recordProposal(7, 1, 1100);
        vm.warp(1200);
        model.recordBallot(7, carla, 1);
        (uint256[] memory weights, uint256[3] memory tallies) = model.count(7, 1);
        assertEq(weights[0], 4);
        model.recordBallot(7, ana, 0);
        model.recordBallot(7, ben, 1);
        model.recordBallot(7, eva, 0);
        (weights, tallies) = model.count(7, 4);
        assertEq(weights[0], 2, "carla: herself and dan");
        assertEq(weights[1], 1);
        assertEq(weights[2], 1);
        assertEq(weights[3], 1);
        assertEq(tallies[0], 2);
        assertEq(tallies[1], 3);
        (bool voted, uint8 support, uint256 weight) = model.receipt(7, carla);
        assertTrue(voted);
        assertEq(support, 1);
        assertEq(weight, 2);
    }

    function test_theSnapshotIsWhatCounts() public {
        model.recordDelegation(ana, 0, ben);
        model.recordProposal(1, 0, 1100);
        vm.warp(1101);
        model.recordDelegation(ana, 0, carla); // after the snapshot
        model.recordBallot(1, carla, 1);
        model.recordBallot(1, ben, 1);
        (uint256[] memory weights,) = model.count(1, 2);
        assertEq(weights[0], 1);
        assertEq(weights[1], 2);
        assertEq(model.powerAt(carla, 0, block.timestamp), 2);
        assertEq(model.powerAt(carla, 0, 1100), 1);
    }

    function test_refusalsArePredicted() public {
        model.recordDelegation(ana, 0, ben);
        model.recordDelegation(ben, 0, carla);
        model.recordDelegation(carla, 0, dan);
        // carla's unit would reach ana, ben and carla again: refused.
        (bool changes, bytes memory reason) = model.delegationOutcome(carla, 0, ana);
        assertTrue(changes);
        assertEq(reason, abi.encodeWithSelector(ILiquidVotes.LiquidVotesDelegationCycle.selector, carla, ana));
        // dan's unit would reach ana, ben, carla and stop (3 hops): the loop is beyond its reach.
        (, reason) = model.delegationOutcome(dan, 0, ana);
        assertEq(reason.length, 0, "a loop longer than the reach is accepted");
        // Chains longer than the maximum depth are accepted, below or above.
        (, reason) = model.delegationOutcome(eva, 0, ana);
        assertEq(reason.length, 0);
        (, reason) = model.delegationOutcome(dan, 0, eva);
        assertEq(reason.length, 0);
        (changes, reason) = model.delegationOutcome(ana, 0, ben);
        assertFalse(changes);
        assertEq(reason.length, 0);
        (changes, reason) = model.delegationOutcome(ana, 0, ana);
        assertTrue(changes, "delegating to oneself revokes");
        assertEq(reason.length, 0);

        vm.warp(1500); // eva's residency ends
        (, reason) = model.delegationOutcome(ana, 1, eva);
        assertEq(reason, abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, eva));
        (, reason) = model.delegationOutcome(eva, 1, ana);
        assertEq(reason, abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, eva));
        (, reason) = model.delegationOutcome(eva, 0, address(0));
        assertEq(reason.length, 0);
    }

    function test_eligibilityAndDistances() public {
        model.recordProposal(2, 0, 1500);
        vm.warp(1600);
        assertEq(
            model.ballotOutcome(2, eva),
            abi.encodeWithSelector(LiquidTally.LiquidTallyIneligibleVoter.selector, eva, 1500)
        );
        assertEq(model.ballotOutcome(2, ana).length, 0);
        model.recordDelegation(ana, 0, carla);
        model.recordDelegation(ben, 0, ana);
        model.recordDelegation(dan, 0, carla);
        vm.warp(1601);
        uint256[] memory byDepth = model.unitsByDepthAt(carla, 0, 1601);
        assertEq(byDepth.length, 3);
        assertEq(byDepth[0], 2, "ana and dan, one hop below carla");
        assertEq(byDepth[1], 1, "ben -> ana -> carla");
        assertEq(byDepth[2], 0);
        assertEq(model.unitsByDepthAt(ana, 0, 1601)[0], 1);
        assertEq(model.unitsAt(eva, 1600), 1, "expired but not cleaned up");
        model.recordRemoval(eva);
        assertEq(model.unitsAt(eva, 1601), 0);
        assertEq(model.totalUnitsAt(1601), 4);
        assertEq(model.totalUnitsAt(1600), 5);
    }
}
