// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {LiquidVotesToken} from "../../contracts/membership/LiquidVotesToken.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";

/// @dev A small city for tests: a resident registry (this contract is registrar), a timelock that owns
/// it, and a Governor. Times are seconds; the chain starts at a realistic timestamp.
abstract contract PolityFixture is Test {
    uint8 internal constant GENERAL = 0;
    uint8 internal constant TRANSPORT = 1;
    uint8 internal constant EDUCATION = 2;

    uint8 internal constant AGAINST = 0;
    uint8 internal constant FOR = 1;
    uint8 internal constant ABSTAIN = 2;

    uint48 internal constant VOTING_DELAY = 1 days;
    uint32 internal constant VOTING_PERIOD = 7 days;
    uint48 internal constant LATE_QUORUM_EXTENSION = 2 days;
    uint256 internal constant QUORUM_PERCENT = 10;
    uint256 internal constant TIMELOCK_DELAY = 2 days;
    uint256 internal constant START_TIME = 1_700_000_000;

    /// @dev One deployment: registry (or token) as votes source, timelock, governor.
    struct City {
        ILiquidVotes votes;
        TimelockController timelock;
        PolityGovernor governor;
    }

    ResidentRegistry internal registry;
    TimelockController internal timelock;
    PolityGovernor internal governor;
    address internal council = makeAddr("council");

    function setUpCity(uint256 maxDepth) internal {
        vm.warp(START_TIME);
        (registry, timelock, governor) = deployResidentCity(maxDepth, citySettings());
    }

    function citySettings() internal view returns (PolityGovernor.Settings memory) {
        return PolityGovernor.Settings({
            votingDelay: VOTING_DELAY,
            votingPeriod: VOTING_PERIOD,
            proposalThreshold: 0,
            quorumNumerator: QUORUM_PERCENT,
            lateQuorumExtension: LATE_QUORUM_EXTENSION,
            guardian: council
        });
    }

    /// @dev A registry with topics general, transport, education (this contract is registrar) and its governor.
    function deployResidentCity(uint256 maxDepth, PolityGovernor.Settings memory settings)
        internal
        returns (ResidentRegistry registry_, TimelockController timelock_, PolityGovernor governor_)
    {
        timelock_ = newTimelock();
        string[] memory topics = new string[](2);
        topics[0] = "transport";
        topics[1] = "education";
        registry_ = new ResidentRegistry("Testville", maxDepth, address(timelock_), address(this), topics);
        governor_ = newGovernor(ILiquidVotes(address(registry_)), timelock_, settings);
    }

    /// @dev Token mode: this contract owns the token (mints, registers topics); the governor counts it.
    function deployTokenCity(uint256 maxDepth, PolityGovernor.Settings memory settings)
        internal
        returns (LiquidVotesToken token, TimelockController timelock_, PolityGovernor governor_)
    {
        timelock_ = newTimelock();
        token = new LiquidVotesToken("Polity Share", "PSH", address(this), maxDepth);
        token.registerTopic("transport");
        token.registerTopic("education");
        governor_ = newGovernor(ILiquidVotes(address(token)), timelock_, settings);
    }

    function newTimelock() private returns (TimelockController) {
        address[] memory none = new address[](0);
        return new TimelockController(TIMELOCK_DELAY, none, none, address(this));
    }

    function newGovernor(ILiquidVotes votes, TimelockController timelock_, PolityGovernor.Settings memory settings)
        private
        returns (PolityGovernor governor_)
    {
        governor_ = new PolityGovernor("Testville Governor", votes, timelock_, settings);
        timelock_.grantRole(timelock_.PROPOSER_ROLE(), address(governor_));
        timelock_.grantRole(timelock_.CANCELLER_ROLE(), address(governor_));
        timelock_.grantRole(timelock_.EXECUTOR_ROLE(), address(governor_));
        timelock_.renounceRole(timelock_.DEFAULT_ADMIN_ROLE(), address(this));
    }

    // ─── Residents ───────────────────────────────────────────────────────────────────────────────

    function resident(uint256 i) internal pure returns (address) {
        return address(uint160(0x10000 + i));
    }

    /// @dev Private key of the i-th resident that can sign (ballots, delegations).
    function residentKey(uint256 i) internal pure returns (uint256) {
        return 0xC17E0000 + i;
    }

    function signingResident(uint256 i) internal pure returns (address) {
        return vm.addr(residentKey(i));
    }

    function credentialOf(address account) internal pure returns (bytes32) {
        return keccak256(abi.encode("credential", account));
    }

    function admission(address account, uint32 district, uint48 expiresAt)
        internal
        pure
        returns (ResidentRegistry.Admission memory)
    {
        return ResidentRegistry.Admission({
            account: account,
            credential: credentialOf(account),
            district: district,
            expiresAt: expiresAt
        });
    }

    function admit(address account) internal {
        admit(account, 1);
    }

    function admit(address account, uint32 district) internal {
        admitUntil(account, district, uint48(block.timestamp + 365 days));
    }

    function admitUntil(address account, uint32 district, uint48 expiresAt) internal {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = admission(account, district, expiresAt);
        registry.admit(batch);
    }

    function admitResidents(uint256 count) internal {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](count);
        for (uint256 i; i < count; ++i) {
            batch[i] = admission(resident(i), uint32(1 + i % 3), uint48(block.timestamp + 365 days));
        }
        registry.admit(batch);
    }

    function revokeResident(address account) internal {
        address[] memory accounts = new address[](1);
        accounts[0] = account;
        registry.revoke(accounts, "moved away");
    }

    function expireResident(address account) internal {
        address[] memory accounts = new address[](1);
        accounts[0] = account;
        registry.expire(accounts);
    }

    function delegateAs(address from, uint8 topic, address to) internal {
        vm.prank(from);
        registry.delegateOnTopic(topic, to);
    }

    // ─── Proposals ───────────────────────────────────────────────────────────────────────────────

    /// @dev A harmless proposal on `topic`: the timelock calls the registry's view `topicCount()`. Its
    /// description is `onTopic(description, topic)`.
    function proposeOn(uint8 topic, string memory description) internal returns (uint256 proposalId) {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        string memory described = onTopic(description, topic);
        proposalId = governor.proposeOnTopic(topic, targets, values, calldatas, described);
    }

    /// @dev The description of a proposal on `topic`: the text with the `#topic=` marker (none for general).
    function onTopic(string memory description, uint8 topic) internal pure returns (string memory) {
        if (topic == GENERAL) return description;
        return string.concat(description, "\n\n#topic=", vm.toString(uint256(topic)));
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

    function counted(uint256 proposalId, address voter) internal view returns (uint256 weight) {
        (,, weight) = governor.voteReceipt(proposalId, voter);
    }
}
