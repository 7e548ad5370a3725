// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {MilestoneEscrow} from "../../contracts/treasury/MilestoneEscrow.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

/// @dev The worked example of docs/budgeting-rounds.md, step by step. If this test changes, the doc must too.
contract BudgetingRoundsExampleTest is BudgetingFixture {
    address ana = resident(0);
    address ben = resident(1);
    address carla = resident(2);
    address dan = resident(3);
    address eva = resident(4);
    address fil = resident(5);
    address builder = makeAddr("Parks & Play Ltd");

    function setUp() public {
        setUpBudgeting(4, 6); // six residents; the council may open rounds
    }

    function test_workedExample() public {
        // 1. The council opens the round: 100,000 for the whole city, approval ballots of 1 or 2 projects.
        IBudgetRounds.RoundConfig memory config = approvalConfig(100_000);
        config.ballot.maxProjects = 2;
        config.maxSubmissionsPerResident = 2;
        uint256 round = openRound(config); // categories: 0 "green spaces", 1 "streets"

        // 2. Residents submit projects.
        vm.prank(ana);
        rounds.submitProject(round, 40_000, 0, 52_229_676, 21_012_229, keccak256("Trees on Oak Street"));
        vm.prank(ben);
        rounds.submitProject(round, 70_000, 0, 52_231_002, 21_006_112, keccak256("Playground in the park"));
        vm.prank(carla);
        rounds.submitProject(round, 15_000, 1, 0, 0, keccak256("Bike racks at the station"));
        vm.prank(dan);
        rounds.submitProject(round, 65_000, 0, 52_232_410, 21_004_980, keccak256("Playground by the school"));

        // 3. Review: a valuation, an exclusive group (two playgrounds, one is enough), acceptance.
        toReview(round);
        vm.startPrank(council);
        rounds.revalueProject(round, 0, 45_000, keccak256("Valuation: tree guards and watering for 3 years"));
        rounds.declareExclusiveGroup(round, ids(1, 3));
        for (uint8 p; p < 4; ++p) {
            rounds.acceptProject(round, p);
        }
        vm.stopPrank();

        // 4. Voting: one ballot each; Eva changes her mind before voting closes.
        toVoting(round);
        vote(ana, round, ids(0, 1));
        vote(ben, round, ids(1, 2));
        vote(carla, round, ids(0, 2));
        vote(dan, round, ids(1, 3));
        vote(eva, round, ids(3));
        vote(fil, round, ids(0, 1));
        vote(eva, round, ids(2));
        vm.prank(fil);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BallotTooManyProjects.selector, round, 3, 2));
        rounds.castBallot(round, ids(0, 1, 2));

        assertEq(rounds.supportOf(round, 0), 3); // trees: Ana, Carla, Fil
        assertEq(rounds.supportOf(round, 1), 4); // playground in the park: Ana, Ben, Dan, Fil
        assertEq(rounds.supportOf(round, 2), 3); // bike racks: Ben, Carla, Eva
        assertEq(rounds.supportOf(round, 3), 1); // playground by the school: Dan

        // 5. Result: the park playground (70,000); then bike racks and trees tie at 3, the cheaper first:
        // bike racks (15,000) fit, trees (45,000) no longer do; the school playground is in the park's group.
        toResult(round);
        uint8[] memory funded = results.finaliseGreedy(round);
        assertEq(abi.encode(funded), abi.encode(ids(1, 2)));
        assertEq(results.resultOf(round).spent, 85_000);

        // 6. Funding, by a governance proposal that the timelock executes: approve, then fund in milestones.
        MilestoneEscrow.Milestone[] memory milestones = new MilestoneEscrow.Milestone[](2);
        milestones[0] = MilestoneEscrow.Milestone(30_000, keccak256("Design and permits"));
        milestones[1] = MilestoneEscrow.Milestone(40_000, keccak256("Construction and handover"));
        address[] memory targets = new address[](2);
        targets[0] = address(token);
        targets[1] = address(escrow);
        uint256[] memory values = new uint256[](2);
        bytes[] memory calldatas = new bytes[](2);
        calldatas[0] = abi.encodeCall(IERC20.approve, (address(escrow), 70_000));
        calldatas[1] = abi.encodeCall(MilestoneEscrow.fundProject, (round, 1, builder, milestones));
        executeProposal(targets, values, calldatas, "Fund the playground in the park");
        assertEq(token.balanceOf(address(escrow)), 70_000);

        // 7. The council releases each milestone with the hash of its evidence.
        vm.startPrank(council);
        escrow.releaseMilestone(round, 1, 0, keccak256("Permit no. 2027/114, signed design"));
        escrow.releaseMilestone(round, 1, 1, keccak256("Handover protocol, photos"));
        vm.stopPrank();
        assertEq(token.balanceOf(builder), 70_000);
        assertEq(uint8(escrow.grantOf(round, 1).status), uint8(MilestoneEscrow.GrantStatus.Completed));
    }
}
