// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";

/// @dev A small city for tests: a resident registry (this contract is registrar), a timelock that owns
/// it, and a Governor. Times are seconds; the chain starts at a realistic timestamp.
abstract contract PolityFixture is Test {
    uint8 internal constant GENERAL = 0;
    uint8 internal constant TRANSPORT = 1;
    uint8 internal constant EDUCATION = 2;

    uint48 internal constant VOTING_DELAY = 1 days;
    uint32 internal constant VOTING_PERIOD = 7 days;
    uint48 internal constant LATE_QUORUM_EXTENSION = 2 days;
    uint256 internal constant QUORUM_PERCENT = 10;
    uint256 internal constant TIMELOCK_DELAY = 2 days;

    ResidentRegistry internal registry;
    TimelockController internal timelock;
    PolityGovernor internal governor;
    address internal council = makeAddr("council");

    function setUpCity(uint256 maxDepth) internal {
        vm.warp(1_700_000_000);
        address[] memory none = new address[](0);
        timelock = new TimelockController(TIMELOCK_DELAY, none, none, address(this));
        string[] memory topics = new string[](2);
        topics[0] = "transport";
        topics[1] = "education";
        registry = new ResidentRegistry("Testville", maxDepth, address(timelock), address(this), topics);
        governor = new PolityGovernor(
            "Testville Governor",
            ILiquidVotes(address(registry)),
            timelock,
            PolityGovernor.Settings({
                votingDelay: VOTING_DELAY,
                votingPeriod: VOTING_PERIOD,
                proposalThreshold: 0,
                quorumNumerator: QUORUM_PERCENT,
                lateQuorumExtension: LATE_QUORUM_EXTENSION,
                guardian: council
            })
        );
        timelock.grantRole(timelock.PROPOSER_ROLE(), address(governor));
        timelock.grantRole(timelock.CANCELLER_ROLE(), address(governor));
        timelock.grantRole(timelock.EXECUTOR_ROLE(), address(governor));
        timelock.renounceRole(timelock.DEFAULT_ADMIN_ROLE(), address(this));
    }

    function resident(uint256 i) internal pure returns (address) {
        return address(uint160(0x10000 + i));
    }

    function admit(address account) internal {
        admit(account, 1);
    }

    function admit(address account, uint32 district) internal {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = ResidentRegistry.Admission({
            account: account,
            credential: keccak256(abi.encode("credential", account)),
            district: district,
            expiresAt: uint48(block.timestamp + 365 days)
        });
        registry.admit(batch);
    }

    function admitResidents(uint256 count) internal {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](count);
        for (uint256 i; i < count; ++i) {
            batch[i] = ResidentRegistry.Admission({
                account: resident(i),
                credential: keccak256(abi.encode("credential", resident(i))),
                district: uint32(1 + i % 3),
                expiresAt: uint48(block.timestamp + 365 days)
            });
        }
        registry.admit(batch);
    }

    function delegateAs(address from, uint8 topic, address to) internal {
        vm.prank(from);
        registry.delegateOnTopic(topic, to);
    }

    /// @dev A harmless proposal on `topic`: the timelock calls the registry's view `topicCount()`.
    function proposeOn(uint8 topic, string memory description) internal returns (uint256 proposalId) {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        proposalId = governor.proposeOnTopic(topic, targets, values, calldatas, description);
    }

    function noopAction()
        internal
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory calldatas)
    {
        targets = new address[](1);
        targets[0] = address(registry);
        values = new uint256[](1);
        calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(registry.topicCount, ());
    }

    function startVoting() internal {
        vm.warp(block.timestamp + VOTING_DELAY + 1);
    }

    function voteAs(address voter, uint256 proposalId, uint8 support) internal returns (uint256) {
        vm.prank(voter);
        return governor.castVote(proposalId, support);
    }

    function tally(uint256 proposalId) internal view returns (uint256 against, uint256 for_, uint256 abstain) {
        return governor.proposalVotes(proposalId);
    }
}
