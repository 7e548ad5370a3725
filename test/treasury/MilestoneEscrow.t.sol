// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "forge-std/Vm.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {IRoundResults} from "../../contracts/budgeting/IRoundResults.sol";
import {MilestoneEscrow} from "../../contracts/treasury/MilestoneEscrow.sol";
import {BudgetingFixture} from "../budgeting/BudgetingFixture.sol";
import {FeeToken} from "../budgeting/mocks/FeeToken.sol";
import {ReenteringToken} from "../budgeting/mocks/ReenteringToken.sol";

contract MilestoneEscrowTest is BudgetingFixture {
    address internal builder = makeAddr("builder");
    uint256 internal roundId;

    function setUp() public {
        setUpBudgeting(4, 12);
        roundId = fundedRound(IERC20(address(token)));
    }

    /// @dev A greedy round over costs 60, 30, 20 with budget 100: projects 0 and 1 are funded, 2 is not.
    function fundedRound(IERC20 budgetToken) internal returns (uint256 id) {
        IBudgetRounds.RoundConfig memory config = approvalConfig(100);
        config.token = budgetToken;
        id = votingRound(config, costs(60, 30, 20));
        vote(resident(0), id, ids(0, 1, 2));
        vote(resident(1), id, ids(0, 1));
        vote(resident(2), id, ids(0));
        toResult(id);
        results.finaliseGreedy(id);
    }

    function plan(uint128 a, uint128 b) internal pure returns (MilestoneEscrow.Milestone[] memory milestones) {
        milestones = new MilestoneEscrow.Milestone[](2);
        milestones[0] = MilestoneEscrow.Milestone(a, keccak256("design and permits"));
        milestones[1] = MilestoneEscrow.Milestone(b, keccak256("construction"));
    }

    function fundAsGovernance(uint256 id, uint8 projectId, MilestoneEscrow.Milestone[] memory milestones) internal {
        (IERC20 budgetToken,) = results.fundingTerms(id, projectId);
        vm.startPrank(address(timelock));
        budgetToken.approve(address(escrow), type(uint256).max);
        escrow.fundProject(id, projectId, builder, milestones);
        vm.stopPrank();
    }

    function release(uint8 projectId, uint256 index) internal {
        vm.prank(council);
        escrow.releaseMilestone(roundId, projectId, index, keccak256(abi.encode("evidence", projectId, index)));
    }

    // ─── Funding ─────────────────────────────────────────────────────────────────────────────────

    function test_fundProject_throughAGovernanceProposal() public {
        MilestoneEscrow.Milestone[] memory milestones = plan(20, 40);
        address[] memory targets = new address[](2);
        targets[0] = address(token);
        targets[1] = address(escrow);
        uint256[] memory values = new uint256[](2);
        bytes[] memory calldatas = new bytes[](2);
        calldatas[0] = abi.encodeCall(IERC20.approve, (address(escrow), 60));
        calldatas[1] = abi.encodeCall(MilestoneEscrow.fundProject, (roundId, 0, builder, milestones));
        uint256 treasuryBefore = token.balanceOf(address(timelock));

        vm.recordLogs();
        executeProposal(targets, values, calldatas, "Fund the park (round 1, project 0)");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 found;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(escrow)) continue;
            if (logs[i].topics[0] == MilestoneEscrow.MilestoneScheduled.selector) ++found;
            if (logs[i].topics[0] == MilestoneEscrow.ProjectFunded.selector) {
                assertEq(logs[i].topics[3], bytes32(uint256(uint160(address(token)))));
                (address from, address recipient, uint256 allocation, uint256 count) =
                    abi.decode(logs[i].data, (address, address, uint256, uint256));
                assertEq(abi.encode(from, recipient, allocation, count), abi.encode(address(timelock), builder, 60, 2));
                ++found;
            }
        }
        assertEq(found, 3, "two milestones scheduled, one project funded");

        assertEq(token.balanceOf(address(escrow)), 60);
        assertEq(token.balanceOf(address(timelock)), treasuryBefore - 60);
        MilestoneEscrow.Grant memory grant = escrow.grantOf(roundId, 0);
        assertEq(uint8(grant.status), uint8(MilestoneEscrow.GrantStatus.Active));
        assertEq(grant.recipient, builder);
        assertEq(grant.allocation, 60);
        assertEq(grant.milestoneCount, 2);
        assertEq(escrow.milestoneOf(roundId, 0, 1).amount, 40);
    }

    function test_fundProject_onlySelectedProjectsOfFinalResults() public {
        uint256 open = votingRound(approvalConfig(100), costs(10, 20, 30));
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(IRoundResults.ResultProjectNotFunded.selector, roundId, 2));
        escrow.fundProject(roundId, 2, builder, plan(10, 10));
        vm.expectRevert(abi.encodeWithSelector(IRoundResults.ResultProjectNotFunded.selector, open, 0));
        escrow.fundProject(open, 0, builder, plan(5, 5));
        vm.stopPrank();
    }

    function test_fundProject_atMostTheCost() public {
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(MilestoneEscrow.EscrowAllocationOverCost.selector, roundId, 1, 31, 30));
        escrow.fundProject(roundId, 1, builder, plan(15, 16));
        fundAsGovernance(roundId, 1, plan(10, 15)); // less than the cost is allowed (a cheaper tender)
        assertEq(escrow.grantOf(roundId, 1).allocation, 25);
    }

    function test_fundProject_oncePerProject() public {
        fundAsGovernance(roundId, 0, plan(20, 40));
        vm.prank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(
                MilestoneEscrow.EscrowProjectAlreadyFunded.selector, roundId, 0, MilestoneEscrow.GrantStatus.Active
            )
        );
        escrow.fundProject(roundId, 0, builder, plan(1, 1));
    }

    function test_fundProject_validatesMilestones() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(MilestoneEscrow.EscrowZeroRecipient.selector, roundId, 0));
        escrow.fundProject(roundId, 0, address(0), plan(1, 1));
        vm.expectRevert(abi.encodeWithSelector(MilestoneEscrow.EscrowMilestoneCount.selector, roundId, 0, 0, 64));
        escrow.fundProject(roundId, 0, builder, new MilestoneEscrow.Milestone[](0));
        vm.expectRevert(abi.encodeWithSelector(MilestoneEscrow.EscrowMilestoneCount.selector, roundId, 0, 65, 64));
        escrow.fundProject(roundId, 0, builder, new MilestoneEscrow.Milestone[](65));
        vm.expectRevert(abi.encodeWithSelector(MilestoneEscrow.EscrowZeroMilestone.selector, roundId, 0, 1));
        escrow.fundProject(roundId, 0, builder, plan(1, 0));
        vm.stopPrank();
    }

    function test_fundProject_onlyGovernance() public {
        bytes32 adminRole = escrow.DEFAULT_ADMIN_ROLE();
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, council, adminRole)
        );
        escrow.fundProject(roundId, 0, builder, plan(20, 40));
    }

    function test_fundProject_refusesATokenThatDeliversLess() public {
        FeeToken feeToken = new FeeToken();
        feeToken.mint(address(timelock), 1_000_000);
        uint256 feeRound = fundedRound(IERC20(address(feeToken)));
        vm.startPrank(address(timelock));
        feeToken.approve(address(escrow), type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(MilestoneEscrow.EscrowTransferShortfall.selector, feeRound, 0, 60, 59));
        escrow.fundProject(feeRound, 0, builder, plan(20, 40));
        vm.stopPrank();
    }

    // ─── Releasing ───────────────────────────────────────────────────────────────────────────────

    function test_release_inOrderWithEvidence() public {
        fundAsGovernance(roundId, 0, plan(20, 40));
        vm.expectEmit(address(escrow));
        emit MilestoneEscrow.MilestoneReleased(
            roundId, 0, 0, builder, 20, keccak256(abi.encode("evidence", uint8(0), uint256(0)))
        );
        release(0, 0);
        assertEq(token.balanceOf(builder), 20);

        vm.prank(council);
        vm.expectRevert(abi.encodeWithSelector(MilestoneEscrow.EscrowMilestoneOutOfOrder.selector, roundId, 0, 0, 1));
        escrow.releaseMilestone(roundId, 0, 0, 0);

        vm.expectEmit(address(escrow));
        emit MilestoneEscrow.ProjectCompleted(roundId, 0, 60);
        release(0, 1);
        assertEq(token.balanceOf(builder), 60);
        assertEq(token.balanceOf(address(escrow)), 0);
        assertEq(uint8(escrow.grantOf(roundId, 0).status), uint8(MilestoneEscrow.GrantStatus.Completed));

        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(
                MilestoneEscrow.EscrowProjectNotActive.selector, roundId, 0, MilestoneEscrow.GrantStatus.Completed
            )
        );
        escrow.releaseMilestone(roundId, 0, 2, 0);
    }

    function test_release_onlyCouncil() public {
        fundAsGovernance(roundId, 0, plan(20, 40));
        bytes32 councilRole = escrow.COUNCIL_ROLE();
        vm.prank(builder);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, builder, councilRole)
        );
        escrow.releaseMilestone(roundId, 0, 0, 0);
    }

    // ─── Stopping ────────────────────────────────────────────────────────────────────────────────

    function test_stop_returnsTheRestToTheTreasury() public {
        fundAsGovernance(roundId, 0, plan(20, 40));
        release(0, 0);
        uint256 treasuryBefore = token.balanceOf(address(timelock));
        vm.expectEmit(address(escrow));
        emit MilestoneEscrow.ProjectStopped(roundId, 0, 40, keccak256("contractor went bankrupt"));
        vm.prank(address(timelock));
        escrow.stopProject(roundId, 0, keccak256("contractor went bankrupt"));
        assertEq(token.balanceOf(address(timelock)), treasuryBefore + 40);
        assertEq(token.balanceOf(address(escrow)), 0);

        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(
                MilestoneEscrow.EscrowProjectNotActive.selector, roundId, 0, MilestoneEscrow.GrantStatus.Stopped
            )
        );
        escrow.releaseMilestone(roundId, 0, 1, 0);
        vm.prank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(
                MilestoneEscrow.EscrowProjectNotActive.selector, roundId, 0, MilestoneEscrow.GrantStatus.Stopped
            )
        );
        escrow.stopProject(roundId, 0, 0);
    }

    function test_stop_onlyGovernance() public {
        fundAsGovernance(roundId, 0, plan(20, 40));
        bytes32 adminRole = escrow.DEFAULT_ADMIN_ROLE();
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, council, adminRole)
        );
        escrow.stopProject(roundId, 0, 0);
    }

    // ─── Re-entrancy ─────────────────────────────────────────────────────────────────────────────

    /// @dev Even a token holding every role cannot re-enter: the guard refuses, and the outer release pays once.
    function test_reentrantToken_cannotReleaseTwiceOrStopMidRelease() public {
        ReenteringToken evil = new ReenteringToken();
        evil.mint(address(timelock), 1_000);
        uint256 evilRound = fundedRound(IERC20(address(evil)));
        bytes32 councilRole = escrow.COUNCIL_ROLE();
        vm.startPrank(address(timelock));
        escrow.grantRole(councilRole, address(evil));
        escrow.grantRole(escrow.DEFAULT_ADMIN_ROLE(), address(evil));
        evil.approve(address(escrow), type(uint256).max);
        escrow.fundProject(evilRound, 0, builder, plan(20, 40));
        vm.stopPrank();

        bytes[2] memory attacks = [
            abi.encodeCall(MilestoneEscrow.releaseMilestone, (evilRound, 0, 1, bytes32(0))),
            abi.encodeCall(MilestoneEscrow.stopProject, (evilRound, 0, bytes32(0)))
        ];
        evil.arm(address(escrow), attacks[0]);
        vm.prank(council);
        escrow.releaseMilestone(evilRound, 0, 0, 0);
        assertTrue(evil.attempted());
        assertFalse(evil.succeeded());
        assertEq(
            evil.returned(), abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
        );
        assertEq(evil.balanceOf(builder), 20);
        assertEq(escrow.grantOf(evilRound, 0).released, 20);
        assertEq(escrow.grantOf(evilRound, 0).releasedMilestones, 1);

        evil.arm(address(escrow), attacks[1]);
        vm.prank(council);
        escrow.releaseMilestone(evilRound, 0, 1, 0);
        assertFalse(evil.succeeded());
        assertEq(
            evil.returned(), abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
        );
        assertEq(evil.balanceOf(builder), 60);
        assertEq(evil.balanceOf(address(escrow)), 0);
        assertEq(uint8(escrow.grantOf(evilRound, 0).status), uint8(MilestoneEscrow.GrantStatus.Completed));
    }

    // ─── Accounting ──────────────────────────────────────────────────────────────────────────────

    /// @dev Any sequence of funding, releases and stops: the escrow holds exactly what is allocated and not
    /// yet paid or refunded, no grant pays more than its allocation, and every unit is accounted for.
    function testFuzz_accounting(uint256 seed) public {
        uint256 treasuryStart = token.balanceOf(address(timelock));
        bool[2] memory funded;
        for (uint256 step; step < 12; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            uint8 projectId = uint8(r % 2);
            uint256 action = (r >> 8) % 3;
            MilestoneEscrow.Grant memory grant = escrow.grantOf(roundId, projectId);
            if (action == 0 && !funded[projectId]) {
                uint128 cost = projectId == 0 ? 60 : 30;
                uint128 first = uint128(1 + (r >> 16) % (cost - 1));
                uint128 second = uint128(1 + (r >> 32) % (cost - first));
                fundAsGovernance(roundId, projectId, plan(first, second));
                funded[projectId] = true;
            } else if (action == 1 && grant.status == MilestoneEscrow.GrantStatus.Active) {
                vm.prank(council);
                escrow.releaseMilestone(roundId, projectId, grant.releasedMilestones, bytes32(r));
            } else if (action == 2 && grant.status == MilestoneEscrow.GrantStatus.Active) {
                vm.prank(address(timelock));
                escrow.stopProject(roundId, projectId, bytes32(r));
            }
        }
        uint256 held;
        uint256 paid;
        uint256 allocated;
        for (uint8 p; p < 2; ++p) {
            MilestoneEscrow.Grant memory grant = escrow.grantOf(roundId, p);
            assertLe(grant.released, grant.allocation);
            uint256 scheduled;
            for (uint256 i; i < grant.releasedMilestones; ++i) {
                scheduled += escrow.milestoneOf(roundId, p, i).amount;
            }
            assertEq(grant.released, scheduled, "released is the sum of released milestones");
            if (grant.status == MilestoneEscrow.GrantStatus.Active) held += grant.allocation - grant.released;
            if (grant.status != MilestoneEscrow.GrantStatus.Stopped) allocated += grant.allocation;
            else allocated += grant.released;
            paid += grant.released;
        }
        assertEq(token.balanceOf(address(escrow)), held);
        assertEq(token.balanceOf(builder), paid);
        assertEq(token.balanceOf(address(timelock)), treasuryStart - allocated + 0);
        assertEq(token.balanceOf(address(timelock)) + held + paid, treasuryStart);
    }
}
