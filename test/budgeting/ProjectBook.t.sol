// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {ProjectBook} from "../../contracts/budgeting/ProjectBook.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

contract ProjectBookTest is BudgetingFixture {
    uint256 internal roundId;

    function setUp() public {
        setUpBudgeting(4, 6);
        roundId = openRound(approvalConfig(100_000));
    }

    // ─── Submission ──────────────────────────────────────────────────────────────────────────────

    function test_submitProject_recordsEverything() public {
        bytes32 text = keccak256("a park bench");
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.ProjectSubmitted(roundId, 0, resident(1), 12_000, 1, 52_229_676, 21_012_229, text);
        vm.prank(resident(1));
        uint8 projectId = rounds.submitProject(roundId, 12_000, 1, 52_229_676, 21_012_229, text);

        assertEq(projectId, 0);
        assertEq(rounds.projectCount(roundId), 1);
        IBudgetRounds.Project memory entry = rounds.project(roundId, 0);
        assertEq(entry.cost, 12_000);
        assertEq(entry.category, 1);
        assertEq(uint8(entry.status), uint8(IBudgetRounds.ProjectStatus.Submitted));
        assertEq(entry.group, 0);
        assertEq(entry.latitude, 52_229_676);
        assertEq(entry.longitude, 21_012_229);
        assertEq(entry.proposer, resident(1));
        assertEq(entry.descriptionHash, text);
        assertEq(submit(resident(2), roundId, 1), 1, "ids count up within the round");
    }

    function test_submitProject_onlyResidents() public {
        address visitor = makeAddr("visitor");
        vm.prank(visitor);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectNotResident.selector, roundId, visitor, 0));
        rounds.submitProject(roundId, 1, 0, 0, 0, 0);
    }

    function test_submitProject_expiredResidentsCannot() public {
        address leaving = makeAddr("leaving");
        admitResident(leaving, 1, uint48(block.timestamp + 1 days));
        vm.warp(block.timestamp + 1 days);
        vm.prank(leaving);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectNotResident.selector, roundId, leaving, 0));
        rounds.submitProject(roundId, 1, 0, 0, 0, 0);
    }

    function test_submitProject_districtRoundsOnlyTheirResidents() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(100_000);
        config.district = 2;
        uint256 districtRound = openRound(config);
        // resident(1) lives in district 2, resident(0) in district 1 (fixture: 1 + i % 3)
        submit(resident(1), districtRound, 1);
        vm.prank(resident(0));
        vm.expectRevert(
            abi.encodeWithSelector(IBudgetRounds.ProjectNotResident.selector, districtRound, resident(0), 2)
        );
        rounds.submitProject(districtRound, 1, 0, 0, 0, 0);
    }

    function test_submitProject_limitPerResident() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(100_000);
        config.maxSubmissionsPerResident = 2;
        uint256 limited = openRound(config);
        submit(resident(0), limited, 1);
        submit(resident(0), limited, 2);
        vm.prank(resident(0));
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectSubmissionLimit.selector, limited, resident(0), 2));
        rounds.submitProject(limited, 3, 0, 0, 0, 0);
        submit(resident(1), limited, 3);
    }

    function test_submitProject_costMustBePositiveAndWithinBudget() public {
        vm.startPrank(resident(0));
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectZeroCost.selector, roundId));
        rounds.submitProject(roundId, 0, 0, 0, 0, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IBudgetRounds.ProjectCostOverBudget.selector, roundId, 0, 100_001, 100_000)
        );
        rounds.submitProject(roundId, 100_001, 0, 0, 0, 0);
        rounds.submitProject(roundId, 100_000, 0, 0, 0, 0);
        vm.stopPrank();
    }

    function test_submitProject_categoryMustExist() public {
        vm.prank(resident(0));
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectUnknownCategory.selector, roundId, 2, 2));
        rounds.submitProject(roundId, 1, 2, 0, 0, 0);
    }

    function test_submitProject_atMost256PerRound() public {
        for (uint256 i; i < 256; ++i) {
            submit(resident(i % 6), roundId, 1);
        }
        assertEq(rounds.projectCount(roundId), 256);
        assertEq(rounds.project(roundId, 255).proposer, resident(255 % 6));
        vm.prank(resident(0));
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectRoundFull.selector, roundId, 256));
        rounds.submitProject(roundId, 1, 0, 0, 0, 0);
    }

    function test_submitProject_onlyDuringSubmission() public {
        toReview(roundId);
        vm.prank(resident(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundWrongPhase.selector,
                roundId,
                IBudgetRounds.Phase.Review,
                IBudgetRounds.Phase.Submission
            )
        );
        rounds.submitProject(roundId, 1, 0, 0, 0, 0);
    }

    // ─── Review ──────────────────────────────────────────────────────────────────────────────────

    function test_review_acceptRejectAndRevisit() public {
        submit(resident(0), roundId, 10);
        submit(resident(1), roundId, 20);
        submit(resident(2), roundId, 30);
        toReview(roundId);

        vm.startPrank(council);
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.ProjectAccepted(roundId, 0, council);
        rounds.acceptProject(roundId, 0);
        rounds.acceptProject(roundId, 2);
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.ProjectRejected(roundId, 1, council, keccak256("not on city land"));
        rounds.rejectProject(roundId, 1, keccak256("not on city land"));
        assertEq(rounds.acceptedProjects(roundId), 0x5);

        // an appeal reverses a rejection; a withdrawal reverses an acceptance
        rounds.acceptProject(roundId, 1);
        rounds.rejectProject(roundId, 2, keccak256("withdrawn by proposer"));
        vm.stopPrank();
        assertEq(rounds.acceptedProjects(roundId), 0x3);
        assertEq(uint8(rounds.project(roundId, 2).status), uint8(IBudgetRounds.ProjectStatus.Rejected));
    }

    function test_review_refusesSameDecisionTwice() public {
        submit(resident(0), roundId, 10);
        toReview(roundId);
        vm.startPrank(council);
        rounds.acceptProject(roundId, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                ProjectBook.ProjectStatusUnchanged.selector, roundId, 0, IBudgetRounds.ProjectStatus.Accepted
            )
        );
        rounds.acceptProject(roundId, 0);
        vm.stopPrank();
    }

    function test_review_unknownProject() public {
        submit(resident(0), roundId, 10);
        toReview(roundId);
        vm.prank(council);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectUnknown.selector, roundId, 1));
        rounds.acceptProject(roundId, 1);
    }

    function test_review_onlyCouncilOnlyDuringReview() public {
        submit(resident(0), roundId, 10);
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundWrongPhase.selector,
                roundId,
                IBudgetRounds.Phase.Submission,
                IBudgetRounds.Phase.Review
            )
        );
        rounds.acceptProject(roundId, 0);

        toReview(roundId);
        bytes32 councilRole = rounds.COUNCIL_ROLE();
        vm.prank(resident(0));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, resident(0), councilRole)
        );
        rounds.acceptProject(roundId, 0);

        toVoting(roundId);
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundWrongPhase.selector,
                roundId,
                IBudgetRounds.Phase.Voting,
                IBudgetRounds.Phase.Review
            )
        );
        rounds.rejectProject(roundId, 0, 0);
    }

    function test_revalueProject_changesCostWithReason() public {
        submit(resident(0), roundId, 10_000);
        toReview(roundId);
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.ProjectRevalued(roundId, 0, council, 10_000, 14_500, keccak256("valuation"));
        vm.prank(council);
        rounds.revalueProject(roundId, 0, 14_500, keccak256("valuation"));
        assertEq(rounds.project(roundId, 0).cost, 14_500);

        vm.startPrank(council);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectZeroCost.selector, roundId));
        rounds.revalueProject(roundId, 0, 0, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IBudgetRounds.ProjectCostOverBudget.selector, roundId, 0, 100_001, 100_000)
        );
        rounds.revalueProject(roundId, 0, 100_001, 0);
        vm.stopPrank();
    }

    function test_review_batchedWithMulticall() public {
        submit(resident(0), roundId, 10);
        submit(resident(1), roundId, 20);
        toReview(roundId);
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(rounds.acceptProject, (roundId, 0));
        calls[1] = abi.encodeCall(rounds.rejectProject, (roundId, 1, keccak256("duplicate")));
        vm.prank(council);
        rounds.multicall(calls);
        assertEq(rounds.acceptedProjects(roundId), 0x1);
    }

    // ─── Exclusive groups ────────────────────────────────────────────────────────────────────────

    function test_declareExclusiveGroup() public {
        for (uint256 i; i < 4; ++i) {
            submit(resident(i), roundId, 10);
        }
        toReview(roundId);
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.ExclusiveGroupDeclared(roundId, 1, ids(0, 2));
        vm.prank(council);
        assertEq(rounds.declareExclusiveGroup(roundId, ids(0, 2)), 1);
        assertEq(rounds.project(roundId, 0).group, 1);
        assertEq(rounds.project(roundId, 1).group, 0);
        assertEq(rounds.project(roundId, 2).group, 1);

        vm.startPrank(council);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectAlreadyInGroup.selector, roundId, 2, 1));
        rounds.declareExclusiveGroup(roundId, ids(1, 2));
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectGroupTooSmall.selector, roundId, 1));
        rounds.declareExclusiveGroup(roundId, ids(3));
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectUnknown.selector, roundId, 4));
        rounds.declareExclusiveGroup(roundId, ids(3, 4));
        assertEq(rounds.declareExclusiveGroup(roundId, ids(1, 3)), 2);
        vm.stopPrank();
    }

    function test_declareExclusiveGroup_sameProjectTwiceInOneGroup() public {
        submit(resident(0), roundId, 10);
        submit(resident(1), roundId, 10);
        toReview(roundId);
        vm.prank(council);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectAlreadyInGroup.selector, roundId, 1, 1));
        rounds.declareExclusiveGroup(roundId, ids(0, 1, 1));
    }
}
