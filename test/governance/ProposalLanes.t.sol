// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PolityFixture} from "../utils/PolityFixture.sol";

/// @notice Proposals by someone without voting power cannot raise the cost of others' votes (finding 8 of
/// the independent review): they never occupy the shared lanes, so real proposals keep reusing storage.
contract ProposalLanesTest is PolityFixture {
    uint256 internal constant OWN_LANE = 0xff;
    address internal outsider = makeAddr("outsider");

    function setUp() public {
        setUpCity(4);
        admitResidents(10);
        vm.warp(block.timestamp + 1);
    }

    function laneOf(uint256 proposalId) internal pure returns (uint256) {
        return (proposalId >> 64) & 0xff;
    }

    function test_anOutsidersProposalsLeaveTheSharedLanesFree() public {
        for (uint256 i; i < 8; ++i) {
            vm.prank(outsider);
            uint256 junk = proposeOn(GENERAL, string.concat("junk ", vm.toString(i)));
            assertEq(laneOf(junk), OWN_LANE, "no voting power, no shared lane");
        }
        vm.prank(resident(0));
        uint256 real = proposeOn(GENERAL, "Night buses");
        assertEq(laneOf(real), 0, "the real proposal takes the first shared lane");
    }

    function test_aResidentWhoDelegatedStillProposesOnASharedLane() public {
        delegateAs(resident(0), GENERAL, resident(1));
        vm.warp(block.timestamp + 1);
        assertEq(governor.getVotes(resident(0), block.timestamp - 1), 1, "its own unit counts for proposing");
        vm.prank(resident(0));
        assertEq(laneOf(proposeOn(GENERAL, "Night buses")), 0);
    }

    function test_votesOnARealProposalCostTheSameWithOrWithoutJunkBeside() public {
        // ana -> ben -> carla -> dan: an override at depth 3 walks three lanes' worth of storage.
        for (uint256 i; i < 3; ++i) {
            delegateAs(resident(i), GENERAL, resident(i + 1));
        }
        vm.warp(block.timestamp + 1);
        uint256 snapshot = vm.snapshotState();
        uint256 quiet = overrideGas(false);
        vm.revertToState(snapshot);
        uint256 crowded = overrideGas(true);
        assertEq(crowded, quiet, "junk proposals change nothing for real voters");
    }

    /// @dev Runs two proposals one after another, the second on the first one's lane, and returns the gas
    /// of the bottom-most override on the second; with `junk`, an outsider first makes eight proposals.
    function overrideGas(bool junk) internal returns (uint256) {
        vm.prank(resident(5));
        uint256 first = proposeOn(GENERAL, "first");
        startVoting();
        voteAs(resident(3), first, FOR);
        voteAs(resident(0), first, AGAINST);
        vm.warp(governor.proposalDeadline(first) + 1);
        if (junk) {
            for (uint256 i; i < 8; ++i) {
                vm.prank(outsider);
                proposeOn(GENERAL, string.concat("junk ", vm.toString(i)));
            }
        }
        vm.prank(resident(5));
        uint256 second = proposeOn(GENERAL, "second");
        startVoting();
        voteAs(resident(3), second, FOR);
        vm.prank(resident(0));
        uint256 before = gasleft();
        governor.castVote(second, AGAINST);
        return before - gasleft();
    }
}
