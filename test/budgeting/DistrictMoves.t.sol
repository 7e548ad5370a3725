// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

/// @dev Issue 12: a resident the registrar moves from one district to another while two district rounds
/// run. Settled as intended: each round reads districts at its own snapshot, so the resident votes in the
/// first round as a resident of its old district and in the second as one of its new district, once in
/// each. Moving residents is the registrar's power, on the record as ResidentRenewed events
/// (docs/security.md).
contract DistrictMovesTest is BudgetingFixture {
    function setUp() public {
        setUpBudgeting(4, 6);
    }

    /// @dev Opens a district round, submits one project and opens voting now (the council advances it).
    function districtRoundVotingNow(uint32 district, address proposer) internal returns (uint256 roundId) {
        IBudgetRounds.RoundConfig memory config = approvalConfig(100);
        config.district = district;
        roundId = openRound(config);
        submit(proposer, roundId, 10);
        vm.startPrank(council);
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Review);
        rounds.acceptProject(roundId, 0);
        rounds.advancePhase(roundId, IBudgetRounds.Phase.Voting);
        vm.stopPrank();
    }

    function test_movedResident_votesInEachDistrictRoundAtItsSnapshot() public {
        // fixture: resident(0) and resident(3) live in district 1, resident(1) in district 2
        address mover = resident(0);
        uint256 oldDistrictRound = districtRoundVotingNow(1, resident(3));

        vm.warp(block.timestamp + 1 days);
        admitResident(mover, 2, uint48(block.timestamp + 365 days));
        vm.warp(block.timestamp + 1);
        uint256 newDistrictRound = districtRoundVotingNow(2, resident(1));
        assertLt(rounds.snapshotOf(oldDistrictRound), rounds.snapshotOf(newDistrictRound));

        assertEq(vote(mover, oldDistrictRound, ids(0)), 1, "a district-1 resident at the first snapshot");
        assertEq(vote(mover, newDistrictRound, ids(0)), 1, "a district-2 resident at the second snapshot");
        assertEq(rounds.supportOf(oldDistrictRound, 0), 1);
        assertEq(rounds.supportOf(newDistrictRound, 0), 1);

        // once per round all the same: a second ballot replaces the first
        vote(mover, newDistrictRound, ids(0));
        assertEq(rounds.supportOf(newDistrictRound, 0), 1);

        // a resident who did not move votes only where it lived at each snapshot
        vm.prank(resident(1));
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BallotWrongDistrict.selector, oldDistrictRound, resident(1), 2, 1
            )
        );
        rounds.castBallot(oldDistrictRound, ids(0));
    }
}
