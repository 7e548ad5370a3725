// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {SecretBallots} from "../../contracts/budgeting/SecretBallots.sol";
import {SecretFixture} from "./SecretFixture.sol";

/// @dev Paper ballots entered by polling stations, in public and in secret rounds.
contract PaperBallotsTest is SecretFixture {
    event PaperBallotEntered(
        uint256 indexed roundId, address indexed station, address indexed resident, bytes32 recordHash
    );
    event PaperVoterCheckedIn(
        uint256 indexed roundId, address indexed station, address indexed resident, bytes32 recordHash
    );
    event PaperBallotsEntered(
        uint256 indexed roundId, address indexed station, uint256 firstIndex, uint256 count, bytes32 recordHash
    );

    function publicRound() internal returns (uint256 roundId) {
        roundId = openWithProjects(approvalConfig(0), false);
        toVoting(roundId);
    }

    function secretRound() internal returns (uint256 roundId) {
        roundId = openWithProjects(approvalConfig(0), true);
        toVoting(roundId);
    }

    function box(uint8 a) internal pure returns (SecretBallots.PaperBallot[] memory ballots) {
        ballots = new SecretBallots.PaperBallot[](1);
        ballots[0] = SecretBallots.PaperBallot(ids(a), new uint16[](0));
    }

    function box(uint8 a, uint8 b) internal pure returns (SecretBallots.PaperBallot[] memory ballots) {
        ballots = new SecretBallots.PaperBallot[](2);
        ballots[0] = SecretBallots.PaperBallot(ids(a), new uint16[](0));
        ballots[1] = SecretBallots.PaperBallot(ids(b), new uint16[](0));
    }

    // ─── Public rounds ───────────────────────────────────────────────────────────────────────────

    function test_PublicPaperBallotWithdrawsTheEarlierOnlineOne() public {
        uint256 roundId = publicRound();
        vm.prank(resident(4));
        rounds.castBallot(roundId, ids(0, 1));

        vm.expectEmit(address(channel));
        emit PaperBallotEntered(roundId, station, resident(4), keccak256("register line 12"));
        vm.prank(station);
        channel.enterPaperBallot(roundId, resident(4), ids(2), nothing(), keccak256("register line 12"));

        assertEq(rounds.supportOf(roundId, 0), 0, "the online ballot is withdrawn");
        assertEq(rounds.supportOf(roundId, 1), 0);
        assertEq(rounds.supportOf(roundId, 2), 1, "the paper ballot counts");
        (bool cast, uint8[] memory projects,,) = rounds.ballotOf(roundId, resident(4));
        assertTrue(cast);
        assertEq(projects.length, 1);
        assertEq(projects[0], 2);
        (, uint256 ballots) = rounds.ballotCommitment(roundId);
        assertEq(ballots, 1, "one resident, one ballot");
        assertTrue(channel.votedOnPaper(roundId, resident(4)));
    }

    function test_PublicPaperBallotBlocksALaterOnlineOneAndASecondPaperOne() public {
        uint256 roundId = publicRound();
        vm.prank(station);
        channel.enterPaperBallot(roundId, resident(5), ids(0), nothing(), keccak256("register line 1"));

        vm.prank(resident(5));
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BallotVotedOnPaper.selector, roundId, resident(5)));
        rounds.castBallot(roundId, ids(1));

        vm.prank(station);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BallotVotedOnPaper.selector, roundId, resident(5)));
        channel.enterPaperBallot(roundId, resident(5), ids(1), nothing(), keccak256("register line 2"));
        assertEq(rounds.supportOf(roundId, 0), 1);
        assertEq(rounds.supportOf(roundId, 1), 0);
    }

    function test_PublicPaperBallotFollowsEligibilityAndRules() public {
        uint256 roundId = publicRound();
        address stranger = makeAddr("stranger");
        uint48 snapshot = rounds.snapshotOf(roundId);
        vm.prank(station);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BallotNotEligible.selector, roundId, stranger, snapshot));
        channel.enterPaperBallot(roundId, stranger, ids(0), nothing(), keccak256("no one"));

        uint16[] memory points = new uint16[](1);
        points[0] = 3;
        vm.prank(station);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BallotPointsMismatch.selector, roundId, 1, 1));
        channel.enterPaperBallot(roundId, resident(4), ids(0), points, keccak256("points on approval"));
    }

    function test_OnlyPollingStationsEnterPaperBallots() public {
        uint256 roundId = publicRound();
        bytes32 role = channel.POLLING_STATION_ROLE();
        vm.prank(resident(4));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, resident(4), role)
        );
        channel.enterPaperBallot(roundId, resident(4), ids(0), nothing(), keccak256("self-service"));
    }

    // ─── Secret rounds ───────────────────────────────────────────────────────────────────────────

    function test_SecretPaperBallotCountsUnlinkedToTheResident() public {
        uint256 roundId = secretRound();
        vm.expectEmit(address(channel));
        emit PaperVoterCheckedIn(roundId, station, resident(4), keccak256("register line 3"));
        vm.prank(station);
        channel.checkInPaperVoter(roundId, resident(4), keccak256("register line 3"));
        vm.prank(station);
        channel.checkInPaperVoter(roundId, resident(5), keccak256("register line 4"));

        vm.expectEmit(address(channel));
        emit PaperBallotsEntered(roundId, station, 0, 2, keccak256("box 1"));
        vm.prank(station);
        channel.enterPaperBallots(roundId, box(0, 2), keccak256("box 1"));

        assertEq(rounds.supportOf(roundId, 0), 1);
        assertEq(rounds.supportOf(roundId, 2), 1);
        (bool cast,,,) = rounds.ballotOf(roundId, resident(4));
        assertFalse(cast, "no ballot under the resident's account");
        (cast,,,) = rounds.ballotOf(roundId, channel.paperKeyOf(roundId, station, 0));
        assertTrue(cast, "counted under the station's paper key");
        (uint256 checkedIn, uint256 entered) = channel.stationCount(roundId, station);
        assertEq(checkedIn, 2);
        assertEq(entered, 2);
    }

    function test_SecretPaperCanNeverAddASecondBallot() public {
        uint256 roundId = secretRound();
        vm.prank(station);
        channel.checkInPaperVoter(roundId, resident(4), keccak256("register line 3"));

        // Two ballots for one check-in: refused.
        vm.prank(station);
        vm.expectRevert(
            abi.encodeWithSelector(
                SecretBallots.SecretBallotsTooManyPaperBallots.selector, roundId, station, 1, 2
            )
        );
        channel.enterPaperBallots(roundId, box(0, 1), keccak256("box"));

        vm.prank(station);
        channel.enterPaperBallots(roundId, box(0), keccak256("box"));
        // A second ballot after the first: refused too.
        vm.prank(station);
        vm.expectRevert(
            abi.encodeWithSelector(
                SecretBallots.SecretBallotsTooManyPaperBallots.selector, roundId, station, 1, 2
            )
        );
        channel.enterPaperBallots(roundId, box(1), keccak256("box again"));

        // The same resident checked in again, at this or another station: refused.
        vm.prank(station);
        vm.expectRevert(
            abi.encodeWithSelector(SecretBallots.SecretBallotsAlreadyCheckedIn.selector, roundId, resident(4))
        );
        channel.checkInPaperVoter(roundId, resident(4), keccak256("again"));
        address otherStation = makeAddr("other station");
        bytes32 role = channel.POLLING_STATION_ROLE();
        vm.prank(governance);
        channel.grantRole(role, otherStation);
        vm.prank(otherStation);
        vm.expectRevert(
            abi.encodeWithSelector(SecretBallots.SecretBallotsAlreadyCheckedIn.selector, roundId, resident(4))
        );
        channel.checkInPaperVoter(roundId, resident(4), keccak256("elsewhere"));
        // Another station cannot use this station's check-ins.
        vm.prank(otherStation);
        vm.expectRevert(
            abi.encodeWithSelector(
                SecretBallots.SecretBallotsTooManyPaperBallots.selector, roundId, otherStation, 0, 1
            )
        );
        channel.enterPaperBallots(roundId, box(1), keccak256("box"));
        (, uint256 ballots) = rounds.ballotCommitment(roundId);
        assertEq(ballots, 1);
    }

    function test_SecretRoundChannelIsFixedAtTheSnapshot() public {
        uint256 roundId = secretRound();
        // Resident 0 is in the round's group: it votes online, never on paper.
        vm.prank(station);
        vm.expectRevert(abi.encodeWithSelector(SecretBallots.SecretBallotsVotesOnline.selector, roundId, resident(0)));
        channel.checkInPaperVoter(roundId, resident(0), keccak256("line 5"));

        // Resident 4 votes on paper; registering an identity now does not move it into this round's group.
        vm.prank(station);
        channel.checkInPaperVoter(roundId, resident(4), keccak256("line 6"));
        vm.prank(resident(4));
        groups.register(commitment(4));
        (, uint256 groupRoot,) = channel.roundGroupOf(roundId);
        assertEq(groupRoot, root("city"));

        // Someone not a resident at the snapshot is not checked in.
        address newcomer = makeAddr("newcomer");
        admit(newcomer, 1);
        vm.prank(station);
        vm.expectRevert(abi.encodeWithSelector(SecretBallots.SecretBallotsNotEligible.selector, roundId, newcomer));
        channel.checkInPaperVoter(roundId, newcomer, keccak256("line 7"));
    }

    function test_DistrictSecretRoundChecksInOnlyItsResidents() public {
        uint256 roundId = openWithProjects(approvalConfig(1), true);
        toVoting(roundId);
        vm.prank(station);
        vm.expectRevert(abi.encodeWithSelector(SecretBallots.SecretBallotsNotEligible.selector, roundId, resident(5)));
        channel.checkInPaperVoter(roundId, resident(5), keccak256("district 2"));
        vm.prank(station);
        channel.checkInPaperVoter(roundId, resident(4), keccak256("district 1"));
    }

    function test_PaperEntriesRespectTheRoundsSecrecy() public {
        uint256 secret = secretRound();
        vm.prank(station);
        vm.expectRevert(abi.encodeWithSelector(SecretBallots.SecretBallotsNotPublic.selector, secret));
        channel.enterPaperBallot(secret, resident(4), ids(0), nothing(), keccak256("linked"));
    }
}
