// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PolityFixture} from "../utils/PolityFixture.sol";

contract LiquidSmokeTest is PolityFixture {
    function setUp() public {
        setUpCity(4);
        admitResidents(6);
        vm.warp(block.timestamp + 1);
    }

    function test_chainOverrideAtDepth() public {
        // r0 -> r1 -> r2 -> r3 ; r4 -> r2
        delegateAs(resident(0), GENERAL, resident(1));
        delegateAs(resident(1), GENERAL, resident(2));
        delegateAs(resident(2), GENERAL, resident(3));
        delegateAs(resident(4), GENERAL, resident(2));
        assertEq(registry.getVotes(resident(3)), 5);
        assertEq(registry.getVotes(resident(2)), 4);
        assertEq(registry.topicVotesByDepth(resident(2), GENERAL)[0], 2, "r1 and r4, one hop below r2");
        assertEq(registry.topicVotesByDepth(resident(3), GENERAL)[2], 1, "r0, three hops below r3");

        uint256 id = proposeOn(GENERAL, "smoke");
        startVoting();
        assertEq(voteAs(resident(3), id, 1), 5);
        assertEq(voteAs(resident(0), id, 0), 1); // override at depth 3
        (uint256 against, uint256 for_,) = tally(id);
        assertEq(against, 1);
        assertEq(for_, 4);
        // r2 claims itself, r1 and r4 (r0 already voted); r3 keeps only itself
        assertEq(voteAs(resident(2), id, 2), 3);
        (uint256 a, uint256 f, uint256 b) = tally(id);
        assertEq(a, 1);
        assertEq(f, 1);
        assertEq(b, 3);
        (,, uint256 r3weight) = governor.voteReceipt(id, resident(3));
        assertEq(r3weight, 1);
    }
}
