// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PolityFixture} from "../utils/PolityFixture.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";

/// @dev The worked example of docs/liquid-delegation.md, step by step. If this test changes, the doc must too.
contract LiquidDelegationExampleTest is PolityFixture {
    address ana = makeAddr("ana");
    address ben = makeAddr("ben");
    address carla = makeAddr("carla");
    address dan = makeAddr("dan");
    address eva = makeAddr("eva");


    function setUp() public {
        setUpCity(4); // chains of at most 4 hops
        admit(ana);
        admit(ben);
        admit(carla);
        admit(dan);
        admit(eva);
        vm.warp(block.timestamp + 1 hours);
    }

    function test_workedExample() public {
        // Ana trusts Ben on transport; Ben trusts Carla; Dan also trusts Carla. Eva keeps her own vote.
        delegateAs(ana, TRANSPORT, ben);
        delegateAs(ben, TRANSPORT, carla);
        delegateAs(dan, TRANSPORT, carla);

        assertEq(registry.topicVotes(carla, TRANSPORT), 4); // Carla represents Ana, Ben, Dan and herself
        assertEq(registry.topicVotes(ben, TRANSPORT), 2); // Ben represents Ana and himself
        assertEq(registry.topicVotesByDepth(carla, TRANSPORT)[0], 2); // Ben and Dan delegate to her directly
        address[] memory chain = registry.chainOf(ana, TRANSPORT);
        assertEq(chain.length, 2);
        assertEq(chain[0], ben);
        assertEq(chain[1], carla);
        assertEq(registry.topicVotes(carla, GENERAL), 1); // delegation is per topic

        // Carla cannot close a cycle by delegating to Ana.
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesDelegationCycle.selector, carla, ana));
        delegateAs(carla, TRANSPORT, ana);

        uint256 proposal = proposeOn(TRANSPORT, "Bus lane on Main Street");
        startVoting();

        // Carla votes For with everything she represents at the snapshot.
        assertEq(voteAs(carla, proposal, FOR), 4);
        // Ana disagrees and votes herself: her unit moves off Carla's choice, two hops up.
        assertEq(voteAs(ana, proposal, AGAINST), 1);
        // Ben votes last: he claims only himself, since Ana already voted for herself.
        assertEq(voteAs(ben, proposal, FOR), 1);
        assertEq(voteAs(eva, proposal, AGAINST), 1);

        (uint256 against, uint256 for_, uint256 abstain) = tally(proposal);
        assertEq(against, 2); // Ana, Eva
        assertEq(for_, 3); // Carla (herself and Dan), Ben
        assertEq(abstain, 0);
        (, , uint256 carlaNow) = governor.voteReceipt(proposal, carla);
        assertEq(carlaNow, 2);

        // Changes after the snapshot do not touch this proposal: Dan revokes, nothing moves.
        delegateAs(dan, TRANSPORT, address(0));
        (, for_, ) = tally(proposal);
        assertEq(for_, 3);
    }
}
