// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {GovernorRemovableGuardian} from "../../contracts/governance/GovernorRemovableGuardian.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";

/// @notice Residents can always take the council's guardian power and roles away; the council keeps its
/// veto over everything else, at every stage (finding 1 of the independent review).
contract GuardianRemovalTest is PolityFixture {
    address internal proposer;
    address internal newCouncil = makeAddr("new council");
    address internal attacker = makeAddr("attacker");
    bytes32 internal registrarRole;

    function setUp() public {
        setUpCity(4);
        admitResidents(10);
        proposer = resident(0);
        // The council holds a role on a component, as it does on rounds, results and escrow after deployment.
        registrarRole = registry.REGISTRAR_ROLE();
        vm.prank(address(timelock));
        registry.grantRole(registrarRole, council);
        vm.warp(block.timestamp + 1);
    }

    /// @dev Removes the guardian and takes the council's role: the proposal residents make to remove it.
    function removal()
        internal
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory calldatas)
    {
        targets = new address[](2);
        values = new uint256[](2);
        calldatas = new bytes[](2);
        targets[0] = address(governor);
        calldatas[0] = abi.encodeCall(governor.setProposalGuardian, (address(0)));
        targets[1] = address(registry);
        calldatas[1] = abi.encodeCall(registry.revokeRole, (registrarRole, council));
    }

    function expectCouncilCannotCancel(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal {
        vm.expectRevert(
            abi.encodeWithSelector(
                GovernorRemovableGuardian.GovernorGuardianRemovalNotCancellable.selector, proposalId, council
            )
        );
        vm.prank(council);
        governor.cancel(targets, values, calldatas, descriptionHash);
    }

    function pass(uint256 proposalId) internal {
        voteAs(resident(1), proposalId, FOR);
        voteAs(resident(2), proposalId, FOR);
        vm.warp(governor.proposalDeadline(proposalId) + 1);
    }

    function test_theCouncilCannotCancelItsRemovalAtAnyStage() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = removal();
        bytes32 descriptionHash = keccak256("A new council");
        vm.prank(proposer);
        uint256 proposalId = governor.propose(targets, values, calldatas, "A new council");

        expectCouncilCannotCancel(proposalId, targets, values, calldatas, descriptionHash); // pending
        startVoting();
        expectCouncilCannotCancel(proposalId, targets, values, calldatas, descriptionHash); // active
        pass(proposalId);
        expectCouncilCannotCancel(proposalId, targets, values, calldatas, descriptionHash); // succeeded
        governor.queue(targets, values, calldatas, descriptionHash);
        expectCouncilCannotCancel(proposalId, targets, values, calldatas, descriptionHash); // queued
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calldatas, descriptionHash);

        assertEq(governor.proposalGuardian(), address(0));
        assertFalse(registry.hasRole(registrarRole, council));
    }

    function test_theCouncilCannotCancelItsReplacement() public {
        address[] memory targets = new address[](1);
        targets[0] = address(governor);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(governor.setProposalGuardian, (newCouncil));
        vm.prank(proposer);
        uint256 proposalId = governor.propose(targets, values, calldatas, "Elected council");
        startVoting();
        pass(proposalId);
        governor.queue(targets, values, calldatas, keccak256("Elected council"));
        expectCouncilCannotCancel(proposalId, targets, values, calldatas, keccak256("Elected council"));
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calldatas, keccak256("Elected council"));
        assertEq(governor.proposalGuardian(), newCouncil);
    }

    function test_theCouncilStillCancelsAMaliciousProposalEvenWhenQueued() public {
        // Removing the council while handing its role to an attacker is not a removal only.
        (address[] memory removing,, bytes[] memory removingCalls) = removal();
        address[] memory targets = new address[](3);
        uint256[] memory values = new uint256[](3);
        bytes[] memory calldatas = new bytes[](3);
        (targets[0], targets[1], targets[2]) = (removing[0], removing[1], address(registry));
        (calldatas[0], calldatas[1]) = (removingCalls[0], removingCalls[1]);
        calldatas[2] = abi.encodeCall(registry.grantRole, (registrarRole, attacker));
        assertFalse(governor.onlyRemovesGuardian(targets, values, calldatas));

        vm.prank(proposer);
        uint256 proposalId = governor.propose(targets, values, calldatas, "Takeover");
        startVoting();
        pass(proposalId);
        governor.queue(targets, values, calldatas, keccak256("Takeover"));
        vm.prank(council);
        governor.cancel(targets, values, calldatas, keccak256("Takeover"));
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Canceled));
    }

    function test_onlyCallsThatTakePowerFromTheGuardianItselfAreOutOfItsReach() public view {
        address[] memory targets = new address[](1);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);

        targets[0] = address(registry);
        calldatas[0] = abi.encodeCall(registry.revokeRole, (registrarRole, council));
        assertTrue(governor.onlyRemovesGuardian(targets, values, calldatas), "the council's own role");

        calldatas[0] = abi.encodeCall(registry.revokeRole, (registrarRole, address(this)));
        assertFalse(governor.onlyRemovesGuardian(targets, values, calldatas), "someone else's role");

        calldatas[0] = abi.encodeCall(registry.revokeRole, (registrarRole, council));
        values[0] = 1;
        assertFalse(governor.onlyRemovesGuardian(targets, values, calldatas), "a call that sends funds");
        values[0] = 0;

        targets[0] = address(registry);
        calldatas[0] = abi.encodeCall(governor.setProposalGuardian, (address(0)));
        assertFalse(governor.onlyRemovesGuardian(targets, values, calldatas), "a setter on another contract");

        targets[0] = address(governor);
        calldatas[0] = abi.encodeCall(governor.setVotingPeriod, (1));
        assertFalse(governor.onlyRemovesGuardian(targets, values, calldatas), "another governor setting");
    }

    function test_nobodyMakesTheSameRemovalFirstToWithdrawIt() public {
        // The council, or an account acting for it, sees the residents' removal coming and makes the same
        // proposal first, to withdraw it while pending (a proposer may) and block the contents for good.
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = removal();
        address puppet = makeAddr("puppet");
        vm.prank(puppet);
        uint256 proposalId = governor.propose(targets, values, calldatas, "A new council");
        for (uint256 i; i < 2; ++i) {
            address canceller = i == 0 ? puppet : council;
            vm.expectRevert(
                abi.encodeWithSelector(
                    GovernorRemovableGuardian.GovernorGuardianRemovalNotCancellable.selector, proposalId, council
                )
            );
            vm.prank(canceller);
            governor.cancel(targets, values, calldatas, keccak256("A new council"));
        }
        // The proposal stands, and residents pass it.
        startVoting();
        pass(proposalId);
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Succeeded));
    }

    function test_anOrdinaryProposerStillWithdrawsWhilePending() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        vm.prank(proposer);
        uint256 proposalId = governor.propose(targets, values, calldatas, "Second thoughts");
        vm.prank(proposer);
        governor.cancel(targets, values, calldatas, keccak256("Second thoughts"));
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Canceled));
    }
}
