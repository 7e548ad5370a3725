// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

contract RoundScheduleTest is BudgetingFixture {
    function setUp() public {
        setUpBudgeting(4, 6);
    }

    // ─── Opening ─────────────────────────────────────────────────────────────────────────────────

    function test_openRound_storesConfigAndStartsSubmission() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(100_000);
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.RoundOpened(1, council, config, categories());
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.RoundPhaseChanged(1, IBudgetRounds.Phase.Submission, uint48(block.timestamp), 0);
        uint256 roundId = openRound(config);

        assertEq(roundId, 1);
        assertEq(rounds.roundCount(), 1);
        assertEq(abi.encode(rounds.roundConfig(roundId)), abi.encode(config));
        assertEq(uint8(rounds.phaseOf(roundId)), uint8(IBudgetRounds.Phase.Submission));
        assertEq(rounds.snapshotOf(roundId), 0);
    }

    function test_openRound_byGovernanceToo() public {
        vm.prank(address(timelock));
        assertEq(rounds.openRound(approvalConfig(1), categories()), 1);
    }

    function test_openRound_refusesOthers() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1);
        string[] memory names = categories();
        vm.prank(resident(0));
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BudgetRoundNotRoundManager.selector, resident(0)));
        rounds.openRound(config, names);
    }

    function test_openRound_managerRoleIsGovernedByTimelock() public {
        bytes32 role = rounds.ROUND_MANAGER_ROLE();
        bytes32 adminRole = rounds.DEFAULT_ADMIN_ROLE();
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, council, adminRole)
        );
        rounds.grantRole(role, resident(0));
        vm.prank(address(timelock));
        rounds.revokeRole(role, council);
        assertFalse(rounds.hasRole(role, council));
    }

    function test_openRound_validatesToken() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1);
        config.token = IERC20(address(0));
        expectOpenRevert(config, abi.encodeWithSelector(IBudgetRounds.BudgetRoundZeroToken.selector));
    }

    function test_openRound_validatesBudget() public {
        expectOpenRevert(approvalConfig(0), abi.encodeWithSelector(IBudgetRounds.BudgetRoundZeroBudget.selector));
    }

    function test_openRound_validatesTimeline() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1);
        uint48 now_ = uint48(block.timestamp);
        config.timeline = IBudgetRounds.Timeline(now_, now_ + 2, now_ + 3);
        bytes memory error =
            abi.encodeWithSelector(IBudgetRounds.BudgetRoundInvalidTimeline.selector, now_, config.timeline);
        expectOpenRevert(config, error);

        config.timeline = IBudgetRounds.Timeline(now_ + 2, now_ + 2, now_ + 3);
        error = abi.encodeWithSelector(IBudgetRounds.BudgetRoundInvalidTimeline.selector, now_, config.timeline);
        expectOpenRevert(config, error);

        config.timeline = IBudgetRounds.Timeline(now_ + 1, now_ + 3, now_ + 3);
        error = abi.encodeWithSelector(IBudgetRounds.BudgetRoundInvalidTimeline.selector, now_, config.timeline);
        expectOpenRevert(config, error);
    }

    function test_openRound_validatesCategories() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1);
        vm.prank(council);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BudgetRoundInvalidCategories.selector, 0));
        rounds.openRound(config, new string[](0));
        vm.prank(council);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BudgetRoundInvalidCategories.selector, 256));
        rounds.openRound(config, new string[](256));
    }

    function test_openRound_validatesSubmissionLimit() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1);
        config.maxSubmissionsPerResident = 0;
        expectOpenRevert(config, abi.encodeWithSelector(IBudgetRounds.BudgetRoundInvalidSubmissionLimit.selector, 0));
    }

    function test_openRound_validatesBallotDesign() public {
        IBudgetRounds.BallotDesign[6] memory invalid = [
            // maximum below minimum
            IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Approval, 3, 2, 0, 0, 0),
            // approval with a minimum spend
            IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Approval, 1, 0, 100, 0, 0),
            // knapsack share above 100%
            IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Knapsack, 1, 0, 10_001, 0, 0),
            // cumulative without points
            IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Cumulative, 1, 0, 0, 0, 1),
            // per-project maximum above the points
            IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Cumulative, 1, 0, 0, 3, 4),
            // points on an approval ballot
            IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Approval, 1, 0, 0, 3, 3)
        ];
        for (uint256 i; i < invalid.length; ++i) {
            IBudgetRounds.RoundConfig memory config = approvalConfig(1);
            config.ballot = invalid[i];
            expectOpenRevert(
                config, abi.encodeWithSelector(IBudgetRounds.BudgetRoundInvalidBallotDesign.selector, invalid[i])
            );
        }
    }

    function test_openRound_validatesCounting() public {
        IBudgetRounds.Counting[4] memory invalid = [
            // greedy with a challenge window
            IBudgetRounds.Counting(IBudgetRounds.CountingRule.Greedy, false, 0, IBudgetRounds.Completion.None, 1, 0),
            // greedy with a completion
            IBudgetRounds.Counting(IBudgetRounds.CountingRule.Greedy, false, 0, IBudgetRounds.Completion.Add1, 0, 0),
            // equal shares without a window
            IBudgetRounds.Counting(
                IBudgetRounds.CountingRule.EqualShares, false, 0, IBudgetRounds.Completion.Add1, 0, 1
            ),
            // equal shares with greedy's stop
            IBudgetRounds.Counting(IBudgetRounds.CountingRule.EqualShares, true, 0, IBudgetRounds.Completion.Add1, 1, 1)
        ];
        for (uint256 i; i < invalid.length; ++i) {
            IBudgetRounds.RoundConfig memory config = approvalConfig(1);
            config.counting = invalid[i];
            expectOpenRevert(
                config, abi.encodeWithSelector(IBudgetRounds.BudgetRoundInvalidCounting.selector, invalid[i])
            );
        }
    }

    function test_openRound_refusesDelegationInDistrictRounds() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1);
        config.district = 2;
        config.delegation = true;
        config.topic = TRANSPORT;
        expectOpenRevert(
            config, abi.encodeWithSelector(IBudgetRounds.BudgetRoundDistrictDelegation.selector, 2, TRANSPORT)
        );
    }

    function test_openRound_refusesUnknownTopic() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1);
        config.delegation = true;
        config.topic = 3;
        expectOpenRevert(config, abi.encodeWithSelector(IBudgetRounds.BudgetRoundUnknownTopic.selector, 3, 3));
    }

    // ─── Phases ──────────────────────────────────────────────────────────────────────────────────

    function test_phasesFollowTheTimeline() public {
        uint256 roundId = openRound(approvalConfig(1));
        IBudgetRounds.Timeline memory timeline = rounds.roundConfig(roundId).timeline;

        vm.warp(timeline.reviewStart - 1);
        assertEq(uint8(rounds.phaseOf(roundId)), uint8(IBudgetRounds.Phase.Submission));
        vm.warp(timeline.reviewStart);
        assertEq(uint8(rounds.phaseOf(roundId)), uint8(IBudgetRounds.Phase.Review));
        assertEq(rounds.snapshotOf(roundId), 0);
        vm.warp(timeline.votingStart);
        assertEq(uint8(rounds.phaseOf(roundId)), uint8(IBudgetRounds.Phase.Voting));
        assertEq(rounds.snapshotOf(roundId), timeline.votingStart - 1);
        vm.warp(timeline.votingEnd - 1);
        assertEq(uint8(rounds.phaseOf(roundId)), uint8(IBudgetRounds.Phase.Voting));
        vm.warp(timeline.votingEnd);
        assertEq(uint8(rounds.phaseOf(roundId)), uint8(IBudgetRounds.Phase.Result));
    }

    function test_syncPhase_recordsEveryTransitionDueOnceWithItsScheduledTime() public {
        uint256 roundId = openRound(approvalConfig(1));
        IBudgetRounds.Timeline memory timeline = rounds.roundConfig(roundId).timeline;
        vm.warp(timeline.votingEnd + 5 days);

        vm.expectEmit(address(rounds));
        emit IBudgetRounds.RoundPhaseChanged(roundId, IBudgetRounds.Phase.Review, timeline.reviewStart, 0);
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.RoundPhaseChanged(
            roundId, IBudgetRounds.Phase.Voting, timeline.votingStart, timeline.votingStart - 1
        );
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.RoundPhaseChanged(
            roundId, IBudgetRounds.Phase.Result, timeline.votingEnd, timeline.votingStart - 1
        );
        assertEq(uint8(rounds.syncPhase(roundId)), uint8(IBudgetRounds.Phase.Result));

        vm.recordLogs();
        rounds.syncPhase(roundId);
        assertEq(vm.getRecordedLogs().length, 0, "no transition is recorded twice");
    }

    function test_advancePhase_byCouncilAheadOfTime() public {
        uint256 roundId = openRound(approvalConfig(1));
        IBudgetRounds.Timeline memory timeline = rounds.roundConfig(roundId).timeline;

        vm.warp(block.timestamp + 1 days);
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.RoundPhaseChanged(roundId, IBudgetRounds.Phase.Review, uint48(block.timestamp), 0);
        vm.prank(council);
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Review);
        assertEq(uint8(rounds.phaseOf(roundId)), uint8(IBudgetRounds.Phase.Review));

        vm.warp(block.timestamp + 1 days);
        uint48 opened = uint48(block.timestamp);
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.RoundPhaseChanged(roundId, IBudgetRounds.Phase.Voting, opened, opened - 1);
        vm.prank(council);
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Voting);
        assertEq(rounds.snapshotOf(roundId), opened - 1);

        // The scheduled voting start passing later changes nothing; the close stays on the timeline.
        vm.warp(timeline.votingStart);
        vm.recordLogs();
        rounds.syncPhase(roundId);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(rounds.snapshotOf(roundId), opened - 1);
        vm.warp(timeline.votingEnd);
        assertEq(uint8(rounds.phaseOf(roundId)), uint8(IBudgetRounds.Phase.Result));
    }

    function test_advancePhase_cannotCloseVotingEarly() public {
        uint256 roundId = openRound(approvalConfig(1));
        IBudgetRounds.Timeline memory timeline = rounds.roundConfig(roundId).timeline;
        toVoting(roundId);
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundVotingCannotCloseEarly.selector, roundId, timeline.votingEnd
            )
        );
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Result);
    }

    function test_advancePhase_refusesAnythingButTheNextPhase() public {
        uint256 roundId = openRound(approvalConfig(1));
        vm.startPrank(council);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundWrongPhase.selector,
                roundId,
                IBudgetRounds.Phase.Submission,
                IBudgetRounds.Phase.Review
            )
        );
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Voting);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundWrongPhase.selector,
                roundId,
                IBudgetRounds.Phase.Submission,
                IBudgetRounds.Phase.Submission
            )
        );
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Submission);
        vm.stopPrank();

        // The timeline moved the round to review already: asking for review again is refused, not
        // silently turned into opening the vote.
        toReview(roundId);
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundWrongPhase.selector,
                roundId,
                IBudgetRounds.Phase.Review,
                IBudgetRounds.Phase.Submission
            )
        );
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Review);

        toResult(roundId);
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundWrongPhase.selector,
                roundId,
                IBudgetRounds.Phase.Result,
                IBudgetRounds.Phase.Review
            )
        );
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Voting);
    }

    function test_advancePhase_onlyCouncil() public {
        uint256 roundId = openRound(approvalConfig(1));
        bytes32 councilRole = rounds.COUNCIL_ROLE();
        vm.prank(resident(0));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, resident(0), councilRole)
        );
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Review);
    }

    function test_unknownRound() public {
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BudgetRoundUnknown.selector, 1));
        rounds.phaseOf(1);
        openRound(approvalConfig(1));
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BudgetRoundUnknown.selector, 2));
        rounds.syncPhase(2);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BudgetRoundUnknown.selector, 0));
        rounds.roundConfig(0);
    }

    function expectOpenRevert(IBudgetRounds.RoundConfig memory config, bytes memory error) private {
        string[] memory names = categories();
        vm.prank(council);
        vm.expectRevert(error);
        rounds.openRound(config, names);
    }
}
