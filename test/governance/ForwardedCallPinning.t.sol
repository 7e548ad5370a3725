// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {GovernorCodePinning} from "../../contracts/governance/GovernorCodePinning.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";

/// @dev What a proposal asks to run; the attack swaps its code for another program after the vote.
contract RelayedProgram {
    uint256 public runs;

    function run() external {
        ++runs;
    }
}

/// @notice Calls forwarded by the Governor's relay are pinned like direct ones (finding 4 of the
/// independent review): code that appears behind the relay after the vote does not run, and a proposal
/// that would have the timelock run operations other than its own (unpinned) is refused.
contract ForwardedCallPinningTest is PolityFixture {
    RelayedProgram internal program;
    bytes internal approvedCode;

    function setUp() public {
        setUpCity(4);
        admitResidents(10);
        program = new RelayedProgram();
        approvedCode = address(program).code;
        vm.warp(block.timestamp + 1);
    }

    function single(address target, bytes memory data)
        internal
        pure
        returns (address[] memory targets, uint256[] memory values, bytes[] memory calldatas)
    {
        targets = new address[](1);
        targets[0] = target;
        values = new uint256[](1);
        calldatas = new bytes[](1);
        calldatas[0] = data;
    }

    function relayed(address target, bytes memory data) internal pure returns (bytes memory) {
        return abi.encodeCall(Governor.relay, (target, 0, data));
    }

    function passAndQueueable(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description
    ) internal returns (uint256 proposalId) {
        vm.prank(resident(0));
        proposalId = governor.propose(targets, values, calldatas, description);
        startVoting();
        voteAs(resident(1), proposalId, FOR);
        voteAs(resident(2), proposalId, FOR);
        vm.warp(governor.proposalDeadline(proposalId) + 1);
    }

    function test_codeSwappedBehindARelayCannotBeQueued() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            single(address(governor), relayed(address(program), abi.encodeCall(RelayedProgram.run, ())));
        passAndQueueable(targets, values, calldatas, "Run the program through the relay");
        bytes32 descriptionHash = keccak256("Run the program through the relay");

        vm.etch(address(program), address(registry).code);
        vm.expectPartialRevert(GovernorCodePinning.GovernorTargetCodeChanged.selector);
        governor.queue(targets, values, calldatas, descriptionHash);

        // With the approved code back, the relayed program runs.
        vm.etch(address(program), approvedCode);
        governor.queue(targets, values, calldatas, descriptionHash);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calldatas, descriptionHash);
        assertEq(program.runs(), 1);
    }

    function test_codeThatAppearsBehindARelayAfterTheVoteDoesNotRun() public {
        address empty = makeAddr("not deployed yet");
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            single(address(governor), relayed(empty, abi.encodeCall(RelayedProgram.run, ())));
        passAndQueueable(targets, values, calldatas, "Call an empty address");
        bytes32 descriptionHash = keccak256("Call an empty address");
        governor.queue(targets, values, calldatas, descriptionHash);
        vm.warp(block.timestamp + TIMELOCK_DELAY);

        vm.etch(empty, approvedCode);
        vm.expectPartialRevert(GovernorCodePinning.GovernorTargetCodeChanged.selector);
        governor.execute(targets, values, calldatas, descriptionHash);
    }

    function test_everyAccountAProposalReachesIsPinnedInOrder() public {
        address[] memory targets = new address[](2);
        (targets[0], targets[1]) = (address(governor), address(registry));
        uint256[] memory values = new uint256[](2);
        bytes[] memory calldatas = new bytes[](2);
        calldatas[0] = relayed(address(program), abi.encodeCall(RelayedProgram.run, ()));
        calldatas[1] = abi.encodeCall(registry.topicCount, ());

        bytes32[] memory hashes = new bytes32[](3);
        hashes[0] = address(governor).codehash;
        hashes[1] = address(program).codehash;
        hashes[2] = address(registry).codehash;
        vm.expectEmit(false, false, false, true, address(governor));
        emit GovernorCodePinning.ProposalCodePinned(0, hashes);
        uint256 proposalId = governor.propose(targets, values, calldatas, "A relay and a direct call");
        assertEq(governor.proposalCodeHash(proposalId), keccak256(abi.encodePacked(hashes)));
    }

    function expectUnpinnable(address target, bytes memory data, address refused, bytes4 selector) internal {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = single(target, data);
        vm.expectRevert(abi.encodeWithSelector(GovernorCodePinning.GovernorUnpinnableCall.selector, refused, selector));
        governor.propose(targets, values, calldatas, "Have the timelock run something else");
    }

    function test_aProposalThatHasTheTimelockRunOtherOperationsIsRefused() public {
        // An operation at the timelock, scheduled by a proposer other than this proposal (here this test,
        // granted the role): a proposal relaying the timelock's execute would run it unpinned.
        bytes32 proposerRole = timelock.PROPOSER_ROLE();
        vm.prank(address(timelock));
        timelock.grantRole(proposerRole, address(this));
        bytes memory run = abi.encodeCall(RelayedProgram.run, ());
        timelock.schedule(address(program), 0, run, bytes32(0), bytes32("op"), TIMELOCK_DELAY);
        bytes memory execute =
            abi.encodeCall(TimelockController.execute, (address(program), 0, run, bytes32(0), bytes32("op")));
        bytes memory schedule = abi.encodeCall(
            TimelockController.schedule, (address(program), 0, run, bytes32(0), bytes32(0), TIMELOCK_DELAY)
        );
        address[] memory inner = new address[](1);
        inner[0] = address(program);
        bytes[] memory payloads = new bytes[](1);
        payloads[0] = run;
        bytes memory executeBatch = abi.encodeCall(
            TimelockController.executeBatch, (inner, new uint256[](1), payloads, bytes32(0), bytes32(0))
        );

        // Relayed through the Governor, which is the timelock's executor and proposer.
        bytes4 relay = Governor.relay.selector;
        expectUnpinnable(address(governor), relayed(address(timelock), execute), address(governor), relay);
        expectUnpinnable(address(governor), relayed(address(timelock), schedule), address(governor), relay);
        // Asked of the timelock itself.
        expectUnpinnable(address(timelock), execute, address(timelock), TimelockController.execute.selector);
        expectUnpinnable(address(timelock), executeBatch, address(timelock), TimelockController.executeBatch.selector);
        expectUnpinnable(address(timelock), schedule, address(timelock), TimelockController.schedule.selector);
    }
}
