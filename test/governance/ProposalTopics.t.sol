// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {GovernorCountingLiquid} from "../../contracts/governance/GovernorCountingLiquid.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";

/// @notice A proposal's topic is written in its description, so only its proposer chooses it (finding 5
/// of the independent review): a copy front-running the proposal lands on the same topic.
contract ProposalTopicsTest is PolityFixture {
    address internal proposer;
    address internal copier = makeAddr("copier");

    function setUp() public {
        setUpCity(4);
        admitResidents(10);
        proposer = resident(0);
        vm.warp(block.timestamp + 1);
    }

    function test_aCopiedProposeLandsOnTheProposersTopic() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        string memory description = onTopic("Night buses", TRANSPORT);

        // The copier sees the proposer's pending proposeOnTopic and sends the same contents through propose.
        vm.prank(copier);
        uint256 copied = governor.propose(targets, values, calldatas, description);
        assertEq(governor.proposalTopic(copied), TRANSPORT, "the topic comes with the contents");

        // The proposer's own transaction finds its proposal already made, on its topic.
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector, copied, IGovernor.ProposalState.Pending, bytes32(0)
            )
        );
        vm.prank(proposer);
        governor.proposeOnTopic(TRANSPORT, targets, values, calldatas, description);
    }

    function test_theSameCallsOnAnotherTopicAreAnotherProposal() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        vm.prank(copier);
        uint256 general = governor.propose(targets, values, calldatas, "Night buses");
        vm.prank(proposer);
        uint256 transport =
            governor.proposeOnTopic(TRANSPORT, targets, values, calldatas, onTopic("Night buses", TRANSPORT));
        assertTrue(general != transport);
        assertEq(governor.proposalTopic(general), GENERAL);
        assertEq(governor.proposalTopic(transport), TRANSPORT);
        assertEq(governor.proposalProposer(transport), proposer);
    }

    function test_proposeOnTopicRefusesADescriptionThatNamesAnotherTopic() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        vm.expectRevert(abi.encodeWithSelector(GovernorCountingLiquid.GovernorTopicNotInDescription.selector, 1, 0));
        governor.proposeOnTopic(TRANSPORT, targets, values, calldatas, "Night buses");
        vm.expectRevert(abi.encodeWithSelector(GovernorCountingLiquid.GovernorTopicNotInDescription.selector, 0, 2));
        governor.proposeOnTopic(GENERAL, targets, values, calldatas, onTopic("Night buses", EDUCATION));
        vm.expectRevert(abi.encodeWithSelector(GovernorCountingLiquid.GovernorTopicNotInDescription.selector, 1, 255));
        governor.proposeOnTopic(TRANSPORT, targets, values, calldatas, "Night buses #topic=999");
    }

    function test_theMarkerComesLastOrJustBeforeTheProposerSuffix() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        string memory bound =
            string.concat("Night buses #topic=1#proposer=", Strings.toHexString(proposer));
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorRestrictedProposer.selector, copier));
        vm.prank(copier);
        governor.propose(targets, values, calldatas, bound);
        vm.prank(proposer);
        assertEq(governor.proposalTopic(governor.propose(targets, values, calldatas, bound)), TRANSPORT);

        // Anywhere else, or without digits, it is just text: the general topic.
        assertEq(governor.proposalTopic(governor.propose(targets, values, calldatas, "#topic=1 is not last")), 0);
        assertEq(governor.proposalTopic(governor.propose(targets, values, calldatas, "No digits #topic=")), 0);
        assertEq(governor.proposalTopic(governor.propose(targets, values, calldatas, "#topic=2")), EDUCATION);
    }
}
