// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";
import {Signatures} from "../utils/Signatures.sol";

/// @notice A signed ballot names a proposal by its id. Ids carry a sequence number, but also the top bits
/// of the contents' hash, so a ballot signed for one proposal cannot count for other contents that got
/// the same number, as after a reorganisation of the chain (settled in the independent review).
contract SignedBallotBindingTest is PolityFixture {
    address internal voter = signingResident(0);

    function setUp() public {
        setUpCity(4);
        admitResidents(10);
        admit(voter);
        vm.warp(block.timestamp + 1);
    }

    function proposeCalls(bytes memory call, string memory description) internal returns (uint256) {
        address[] memory targets = new address[](1);
        targets[0] = address(registry);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = call;
        vm.prank(resident(1));
        return governor.propose(targets, values, calldatas, description);
    }

    function test_aBallotSignedForOneProposalNeverCountsForOtherContentsWithItsNumber() public {
        uint256 fork = vm.snapshotState();
        uint256 seen = proposeCalls(abi.encodeCall(registry.topicCount, ()), "Plant trees");
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(residentKey(0), Signatures.ballotDigest(address(governor), seen, FOR, voter, 0));
        bytes memory ballot = abi.encodePacked(r, s, v);

        // The other branch of the chain: the same proposer, number, lane and topic, other contents.
        vm.revertToState(fork);
        uint256 other = proposeCalls(abi.encodeCall(registry.registerTopic, ("parking")), "Plant trees");
        assertEq(governor.proposalSequence(other), governor.proposalSequence(seen), "the same number");
        assertTrue(other != seen, "but another id");
        startVoting();

        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, voter));
        governor.castVoteBySig(other, FOR, voter, ballot);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorNonexistentProposal.selector, seen));
        governor.castVoteBySig(seen, FOR, voter, ballot);
        assertFalse(governor.hasVoted(other, voter));
    }
}
