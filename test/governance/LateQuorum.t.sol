// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {GovernorLateQuorum} from "../../contracts/governance/GovernorLateQuorum.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";

/// @notice Reaching quorum late always extends voting, however often quorum came and went (finding 6 of
/// the independent review): overrides can take quorum away, and re-reaching it at the deadline extends.
contract LateQuorumTest is PolityFixture {
    uint256 internal proposalId;
    uint256 internal deadline;

    function setUp() public {
        setUpCity(4);
        admitResidents(30); // quorum: 3 of 30
        // Two delegates, each representing two delegators.
        delegateAs(resident(1), GENERAL, resident(0));
        delegateAs(resident(2), GENERAL, resident(0));
        delegateAs(resident(4), GENERAL, resident(3));
        delegateAs(resident(5), GENERAL, resident(3));
        vm.warp(block.timestamp + 1);
        proposalId = proposeOn(GENERAL, "A late quorum");
        startVoting();
        deadline = governor.proposalDeadline(proposalId);
        assertEq(governor.quorum(governor.proposalSnapshot(proposalId)), 3);
    }

    function test_quorumReachedAgainAtTheDeadlineExtends() public {
        // Early: a delegate's 3 votes reach quorum, then a delegator's override takes it away.
        voteAs(resident(0), proposalId, FOR);
        voteAs(resident(1), proposalId, AGAINST);
        assertEq(governor.proposalDeadline(proposalId), deadline, "quorum reached early does not extend");

        // A minute before the deadline quorum is reached again: voting stays open for the extension.
        vm.warp(deadline - 1 minutes);
        uint256 extended = block.timestamp + LATE_QUORUM_EXTENSION;
        vm.expectEmit(address(governor));
        emit GovernorLateQuorum.ProposalExtended(proposalId, uint64(extended));
        voteAs(resident(3), proposalId, FOR);
        assertEq(governor.proposalDeadline(proposalId), extended);
    }

    function test_everyLateReturnOfQuorumExtendsAgain() public {
        voteAs(resident(0), proposalId, FOR); // For 3: reached
        voteAs(resident(1), proposalId, AGAINST); // For 2: lost
        vm.warp(deadline - 1 minutes);
        voteAs(resident(3), proposalId, FOR); // For 5: reached late, extended
        uint256 firstExtension = governor.proposalDeadline(proposalId);
        assertEq(firstExtension, block.timestamp + LATE_QUORUM_EXTENSION);

        // Overrides that leave quorum in place change nothing; the one that takes it away is remembered.
        voteAs(resident(2), proposalId, AGAINST); // For 4
        voteAs(resident(4), proposalId, AGAINST); // For 3
        assertEq(governor.proposalDeadline(proposalId), firstExtension, "quorum held: no new extension");
        voteAs(resident(5), proposalId, AGAINST); // For 2: lost again

        // Quorum comes back a minute before the extended deadline: extended again.
        vm.warp(firstExtension - 1 minutes);
        uint256 secondExtension = block.timestamp + LATE_QUORUM_EXTENSION;
        vm.expectEmit(address(governor));
        emit GovernorLateQuorum.ProposalExtended(proposalId, uint64(secondExtension));
        voteAs(resident(6), proposalId, ABSTAIN); // For 2 + Abstain 1: reached late
        assertEq(governor.proposalDeadline(proposalId), secondExtension);

        voteAs(resident(7), proposalId, FOR); // held: no new extension
        assertEq(governor.proposalDeadline(proposalId), secondExtension);
        vm.warp(secondExtension + 1);
        // Voting is over; For 3 against Against 4.
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Defeated));
    }
}
