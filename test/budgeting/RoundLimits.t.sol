// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {BudgetRounds} from "../../contracts/budgeting/BudgetRounds.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

/// @dev Issue 12, findings 3 and 7: the council cannot choose how hard its equal-shares outcome is to
/// check, nor let a few residents fill a round. The rounds here are a fresh deployment, with the limits a
/// polity starts with.
contract RoundLimitsTest is BudgetingFixture {
    BudgetRounds internal fresh;

    function setUp() public {
        setUpBudgeting(4, 40);
        fresh = new BudgetRounds(registry, address(timelock), council);
        bytes32 managerRole = fresh.ROUND_MANAGER_ROLE();
        vm.prank(address(timelock));
        fresh.grantRole(managerRole, council);
    }

    function limited(uint32 window, uint96 bond) internal view returns (IBudgetRounds.RoundConfig memory config) {
        config = equalSharesConfig(1_000, window, bond);
        config.maxSubmissionsPerResident = 5;
    }

    function expectCouncilOpenRevert(IBudgetRounds.RoundConfig memory config, bytes memory error) internal {
        string[] memory names = categories();
        vm.prank(council);
        vm.expectRevert(error);
        fresh.openRound(config, names);
    }

    function test_defaults_areDaysAndANonZeroBond() public view {
        IBudgetRounds.RoundLimits memory limits = fresh.roundLimits();
        assertEq(limits.minChallengeWindow, 2 days);
        assertEq(limits.maxChallengeWindow, 30 days);
        assertEq(limits.minChallengeBond, 1e15);
        assertEq(limits.maxChallengeBond, 1e18);
        assertEq(limits.maxSubmissionsPerResident, 5);
    }

    /// @dev Finding 3: a one-second window and an unpayable bond were accepted, and so was a zero bond.
    function test_council_cannotSetItsOwnCheck() public {
        IBudgetRounds.RoundLimits memory limits = fresh.roundLimits();
        uint32[3] memory windows = [uint32(1), uint32(2 days - 1), uint32(30 days + 1)];
        for (uint256 i; i < windows.length; ++i) {
            expectCouncilOpenRevert(
                limited(windows[i], 1e15),
                abi.encodeWithSelector(
                    IBudgetRounds.BudgetRoundChallengeOutsideLimits.selector, windows[i], uint96(1e15), limits
                )
            );
        }
        uint96[3] memory bonds = [uint96(0), uint96(1e15 - 1), type(uint96).max];
        for (uint256 i; i < bonds.length; ++i) {
            expectCouncilOpenRevert(
                limited(3 days, bonds[i]),
                abi.encodeWithSelector(
                    IBudgetRounds.BudgetRoundChallengeOutsideLimits.selector, uint32(3 days), bonds[i], limits
                )
            );
        }
        vm.prank(council);
        fresh.openRound(limited(2 days, 1e15), categories());
        vm.prank(council);
        fresh.openRound(limited(30 days, 1e18), categories());
    }

    /// @dev Finding 7: with 255 submissions each, two residents took all 256 slots.
    function test_twoResidents_cannotFillARound() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1_000);
        config.maxSubmissionsPerResident = type(uint8).max;
        expectCouncilOpenRevert(
            config, abi.encodeWithSelector(IBudgetRounds.BudgetRoundSubmissionLimitTooHigh.selector, 255, 5)
        );

        config.maxSubmissionsPerResident = 5;
        vm.prank(council);
        uint256 roundId = fresh.openRound(config, categories());
        for (uint256 i; i < 2; ++i) {
            for (uint256 j; j < 5; ++j) {
                vm.prank(resident(i));
                fresh.submitProject(roundId, 1, 0, 0, 0, 0);
            }
            vm.prank(resident(i));
            vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.ProjectSubmissionLimit.selector, roundId, resident(i), 5));
            fresh.submitProject(roundId, 1, 0, 0, 0, 0);
        }
        // everyone else still submits
        for (uint256 i = 2; i < 40; ++i) {
            vm.prank(resident(i));
            fresh.submitProject(roundId, 1, 0, 0, 0, 0);
        }
        assertEq(fresh.projectCount(roundId), 48);
    }

    function test_setRoundLimits_onlyGovernance() public {
        IBudgetRounds.RoundLimits memory limits = IBudgetRounds.RoundLimits(7 days, 14 days, 1e16, 1e17, 3);
        bytes32 adminRole = fresh.DEFAULT_ADMIN_ROLE();
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, council, adminRole)
        );
        fresh.setRoundLimits(limits);

        vm.expectEmit(address(fresh));
        emit IBudgetRounds.RoundLimitsSet(limits);
        vm.prank(address(timelock));
        fresh.setRoundLimits(limits);
        assertEq(abi.encode(fresh.roundLimits()), abi.encode(limits));
        expectCouncilOpenRevert(
            limited(3 days, 1e16),
            abi.encodeWithSelector(IBudgetRounds.BudgetRoundSubmissionLimitTooHigh.selector, 5, 3)
        );
    }

    function test_setRoundLimits_refusesLimitsThatAllowNothingOrZero() public {
        IBudgetRounds.RoundLimits[5] memory invalid = [
            IBudgetRounds.RoundLimits(0, 14 days, 1e16, 1e17, 3),
            IBudgetRounds.RoundLimits(15 days, 14 days, 1e16, 1e17, 3),
            IBudgetRounds.RoundLimits(7 days, 14 days, 0, 1e17, 3),
            IBudgetRounds.RoundLimits(7 days, 14 days, 1e18, 1e17, 3),
            IBudgetRounds.RoundLimits(7 days, 14 days, 1e16, 1e17, 0)
        ];
        for (uint256 i; i < invalid.length; ++i) {
            vm.prank(address(timelock));
            vm.expectRevert(abi.encodeWithSelector(IBudgetRounds.BudgetRoundInvalidLimits.selector, invalid[i]));
            fresh.setRoundLimits(invalid[i]);
        }
    }

    /// @dev Greedy rounds have no challenge: the window and bond limits do not apply to them.
    function test_greedyRounds_needNoChallenge() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1_000);
        config.maxSubmissionsPerResident = 1;
        vm.prank(council);
        fresh.openRound(config, categories());
    }
}
