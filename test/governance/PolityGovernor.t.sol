// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorCountingLiquid} from "../../contracts/governance/GovernorCountingLiquid.sol";
import {GovernorCodePinning} from "../../contracts/governance/GovernorCodePinning.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";
import {ERC1271Wallet} from "../utils/ERC1271Wallet.sol";
import {Signatures} from "../utils/Signatures.sol";

/// @notice The Governor's life cycle around liquid counting: proposals on topics, ballots, quorum, late
/// quorum, guardian, timelock, signed ballots and code pinning.
contract PolityGovernorTest is PolityFixture {
    uint256 internal constant RESIDENTS = 20;
    address internal signer = signingResident(0);
    ERC1271Wallet internal wallet;
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        setUpCity(4);
        admitResidents(RESIDENTS);
        admit(signer);
        wallet = new ERC1271Wallet(signingResident(1));
        admit(address(wallet));
        vm.warp(block.timestamp + 1);
    }

    function activeProposal(uint8 topic) internal returns (uint256 proposalId) {
        proposalId = proposeOn(topic, "a proposal");
        startVoting();
    }

    function activeBitmap() internal pure returns (bytes32) {
        return bytes32(uint256(1) << uint8(IGovernor.ProposalState.Active));
    }

    // ─── Settings ────────────────────────────────────────────────────────────────────────────────

    function test_settingsAndCountingMode() public view {
        assertEq(governor.COUNTING_MODE(), "support=bravo&quorum=for,abstain&delegation=liquid");
        assertEq(governor.votingDelay(), VOTING_DELAY);
        assertEq(governor.votingPeriod(), VOTING_PERIOD);
        assertEq(governor.proposalThreshold(), 0);
        assertEq(governor.lateQuorumVoteExtension(), LATE_QUORUM_EXTENSION);
        assertEq(governor.proposalGuardian(), council);
        assertEq(governor.timelock(), address(timelock));
        assertEq(address(governor.token()), address(registry));
        assertEq(governor.clock(), block.timestamp);
        assertEq(governor.CLOCK_MODE(), "mode=timestamp");
        uint256 residents = RESIDENTS + 2;
        assertEq(governor.quorum(block.timestamp - 1), residents * QUORUM_PERCENT / 100);
    }

    // ─── Proposals and topics ────────────────────────────────────────────────────────────────────

    function test_proposeOnTopicRecordsTopicSnapshotAndSequence() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        string memory buses = onTopic("buses", TRANSPORT);
        uint256 first = governor.proposeOnTopic(TRANSPORT, targets, values, calldatas, buses);
        uint256 second =
            governor.proposeOnTopic(EDUCATION, targets, values, calldatas, onTopic("schools", EDUCATION));
        assertEq(governor.proposalTopic(first), TRANSPORT);
        assertEq(governor.proposalTopic(second), EDUCATION);
        assertEq(governor.proposalSequence(first), 1);
        assertEq(governor.proposalSequence(second), 2);
        assertEq(governor.getProposalId(targets, values, calldatas, keccak256(bytes(buses))), first);
        assertEq(governor.proposalSnapshot(first), block.timestamp + VOTING_DELAY);
        assertEq(governor.proposalDeadline(first), block.timestamp + VOTING_DELAY + VOTING_PERIOD);
        assertEq(governor.proposalProposer(first), address(this));
        assertEq(uint8(governor.state(first)), uint8(IGovernor.ProposalState.Pending));
    }

    function test_proposalTopicSetIsEmitted() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        vm.expectEmit(false, false, false, true, address(governor));
        emit GovernorCountingLiquid.ProposalTopicSet(0, TRANSPORT);
        uint256 proposalId =
            governor.proposeOnTopic(TRANSPORT, targets, values, calldatas, onTopic("buses", TRANSPORT));
        assertEq(governor.proposalTopic(proposalId), TRANSPORT);
    }

    function test_theStandardProposeReadsTheTopicFromTheDescription() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        uint256 proposalId = governor.propose(targets, values, calldatas, "plain");
        assertEq(governor.proposalTopic(proposalId), GENERAL);
        uint256 onEducation = governor.propose(targets, values, calldatas, onTopic("schools", EDUCATION));
        assertEq(governor.proposalTopic(onEducation), EDUCATION);
        uint256 later = governor.propose(targets, values, calldatas, "plain again");
        assertEq(governor.proposalTopic(later), GENERAL);
    }

    function test_anUnknownTopicIsRefused() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        vm.expectRevert(abi.encodeWithSelector(GovernorCountingLiquid.GovernorUnknownTopic.selector, 3));
        governor.proposeOnTopic(3, targets, values, calldatas, onTopic("nowhere", 3));
        vm.expectRevert(abi.encodeWithSelector(GovernorCountingLiquid.GovernorUnknownTopic.selector, 3));
        governor.propose(targets, values, calldatas, onTopic("nowhere", 3));
    }

    function test_theSameProposalCannotBeMadeTwice() public {
        uint256 proposalId = proposeOn(TRANSPORT, "buses");
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                proposalId,
                IGovernor.ProposalState.Pending,
                bytes32(0)
            )
        );
        governor.propose(targets, values, calldatas, onTopic("buses", TRANSPORT));
    }

    function test_unknownContentHasNoId() public {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorNonexistentProposal.selector, 0));
        governor.getProposalId(targets, values, calldatas, keccak256("never proposed"));
    }

    // ─── Ballots ─────────────────────────────────────────────────────────────────────────────────

    function test_ballotsAreOpenOnlyWhileActive() public {
        uint256 proposalId = proposeOn(GENERAL, "timing");
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                proposalId,
                IGovernor.ProposalState.Pending,
                activeBitmap()
            )
        );
        voteAs(resident(0), proposalId, FOR);
        startVoting();
        voteAs(resident(0), proposalId, FOR);
        vm.warp(governor.proposalDeadline(proposalId) + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                proposalId,
                IGovernor.ProposalState.Defeated,
                activeBitmap()
            )
        );
        voteAs(resident(1), proposalId, FOR);
    }

    function test_oneBallotPerVoterWithAValidChoice() public {
        uint256 proposalId = activeProposal(GENERAL);
        vm.expectRevert(IGovernor.GovernorInvalidVoteType.selector);
        voteAs(resident(0), proposalId, 3);
        voteAs(resident(0), proposalId, AGAINST);
        assertTrue(governor.hasVoted(proposalId, resident(0)));
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorAlreadyCastVote.selector, resident(0)));
        voteAs(resident(0), proposalId, FOR);
        (bool voted, uint8 support, uint256 weight) = governor.voteReceipt(proposalId, resident(0));
        assertTrue(voted);
        assertEq(support, AGAINST);
        assertEq(weight, 1);
        (voted,,) = governor.voteReceipt(proposalId, resident(1));
        assertFalse(voted);
    }

    function test_everyCastingFunctionCounts() public {
        uint256 proposalId = activeProposal(GENERAL);
        vm.expectEmit(address(governor));
        emit IGovernor.VoteCast(resident(0), proposalId, FOR, 1, "");
        voteAs(resident(0), proposalId, FOR);

        vm.expectEmit(address(governor));
        emit IGovernor.VoteCast(resident(1), proposalId, AGAINST, 1, "too expensive");
        vm.prank(resident(1));
        assertEq(governor.castVoteWithReason(proposalId, AGAINST, "too expensive"), 1);

        vm.expectEmit(address(governor));
        emit IGovernor.VoteCastWithParams(resident(2), proposalId, ABSTAIN, 1, "undecided", hex"01");
        vm.prank(resident(2));
        assertEq(governor.castVoteWithReasonAndParams(proposalId, ABSTAIN, "undecided", hex"01"), 1);

        (uint256 against, uint256 for_, uint256 abstain) = tally(proposalId);
        assertEq(against, 1);
        assertEq(for_, 1);
        assertEq(abstain, 1);
    }

    function test_aBallotBySignatureFromAnAccountWithAKey() public {
        uint256 proposalId = activeProposal(GENERAL);
        bytes32 digest = Signatures.ballotDigest(address(governor), proposalId, FOR, signer, 0);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(residentKey(0), digest);
        vm.expectEmit(address(governor));
        emit IGovernor.VoteCast(signer, proposalId, FOR, 1, "");
        vm.prank(stranger);
        assertEq(governor.castVoteBySig(proposalId, FOR, signer, abi.encodePacked(r, s, v)), 1);
        assertTrue(governor.hasVoted(proposalId, signer));
        assertFalse(governor.hasVoted(proposalId, stranger));
        assertEq(governor.nonces(signer), 1);
    }

    function test_aBallotBySignatureFromAContractWallet() public {
        uint256 proposalId = activeProposal(GENERAL);
        address voter = address(wallet);
        bytes32 digest = Signatures.ballotDigest(address(governor), proposalId, AGAINST, voter, 0);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(residentKey(0), digest);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, voter));
        governor.castVoteBySig(proposalId, AGAINST, voter, abi.encodePacked(r, s, v));

        (v, r, s) = vm.sign(residentKey(1), digest);
        assertEq(governor.castVoteBySig(proposalId, AGAINST, voter, abi.encodePacked(r, s, v)), 1);
        (bool voted, uint8 support,) = governor.voteReceipt(proposalId, voter);
        assertTrue(voted);
        assertEq(support, AGAINST);
    }

    // ─── Quorum and outcome ──────────────────────────────────────────────────────────────────────

    function test_quorumCountsForAndAbstainButNotAgainst() public {
        // 22 residents: quorum is 2.
        uint256 proposalId = activeProposal(GENERAL);
        voteAs(resident(0), proposalId, FOR);
        for (uint256 i = 1; i < 6; ++i) {
            voteAs(resident(i), proposalId, AGAINST);
        }
        vm.warp(governor.proposalDeadline(proposalId) + 1);
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Defeated));

        proposalId = proposeOn(GENERAL, "abstentions count for quorum");
        startVoting();
        voteAs(resident(0), proposalId, FOR);
        voteAs(resident(1), proposalId, ABSTAIN);
        vm.warp(governor.proposalDeadline(proposalId) + 1);
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Succeeded));
    }

    function test_aTieIsDefeated() public {
        uint256 proposalId = activeProposal(GENERAL);
        voteAs(resident(0), proposalId, FOR);
        voteAs(resident(1), proposalId, FOR);
        voteAs(resident(2), proposalId, AGAINST);
        voteAs(resident(3), proposalId, AGAINST);
        vm.warp(governor.proposalDeadline(proposalId) + 1);
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Defeated));
    }

    function test_quorumReachedEarlyDoesNotExtendTheDeadline() public {
        uint256 proposalId = activeProposal(GENERAL);
        uint256 deadline = governor.proposalDeadline(proposalId);
        voteAs(resident(0), proposalId, FOR);
        voteAs(resident(1), proposalId, FOR);
        assertEq(governor.proposalDeadline(proposalId), deadline);
    }

    function test_quorumReachedLateExtendsTheDeadline() public {
        uint256 proposalId = activeProposal(GENERAL);
        uint256 deadline = governor.proposalDeadline(proposalId);
        vm.warp(deadline - 1 hours);
        voteAs(resident(0), proposalId, FOR);
        uint256 extended = block.timestamp + LATE_QUORUM_EXTENSION;
        vm.expectEmit(address(governor));
        emit GovernorPreventLateQuorum.ProposalExtended(proposalId, uint64(extended));
        voteAs(resident(1), proposalId, FOR);
        assertEq(governor.proposalDeadline(proposalId), extended);
        vm.warp(deadline + 1);
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Active));
    }

    // ─── Guardian ────────────────────────────────────────────────────────────────────────────────

    function test_theCouncilCancelsAnyLiveProposal() public {
        uint256 proposalId = activeProposal(GENERAL);
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        bytes32 descriptionHash = keccak256("a proposal");

        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorUnableToCancel.selector, proposalId, stranger));
        vm.prank(stranger);
        governor.cancel(targets, values, calldatas, descriptionHash);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernor.GovernorUnableToCancel.selector, proposalId, address(this))
        );
        governor.cancel(targets, values, calldatas, descriptionHash);

        vm.expectEmit(address(governor));
        emit IGovernor.ProposalCanceled(proposalId);
        vm.prank(council);
        governor.cancel(targets, values, calldatas, descriptionHash);
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Canceled));
    }

    function test_theProposerCancelsOnlyBeforeVotingStarts() public {
        uint256 proposalId = proposeOn(GENERAL, "second thoughts");
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        governor.cancel(targets, values, calldatas, keccak256("second thoughts"));
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Canceled));
    }

    // ─── Timelock ────────────────────────────────────────────────────────────────────────────────

    function test_aPassedProposalIsQueuedThenExecutedByTheTimelock() public {
        address[] memory targets = new address[](1);
        targets[0] = address(registry);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(ResidentRegistry.registerTopic, ("housing"));
        uint256 proposalId = governor.propose(targets, values, calldatas, "a housing topic");
        assertTrue(governor.proposalNeedsQueuing(proposalId));
        startVoting();
        voteAs(resident(0), proposalId, FOR);
        voteAs(resident(1), proposalId, FOR);
        vm.warp(governor.proposalDeadline(proposalId) + 1);

        bytes32 descriptionHash = keccak256("a housing topic");
        governor.queue(targets, values, calldatas, descriptionHash);
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Queued));
        assertEq(governor.proposalEta(proposalId), block.timestamp + TIMELOCK_DELAY);

        vm.expectRevert();
        governor.execute(targets, values, calldatas, descriptionHash);
        assertEq(registry.topicCount(), 3);

        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calldatas, descriptionHash);
        assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Executed));
        assertEq(registry.topicCount(), 4);
        assertEq(registry.topicName(3), "housing");
    }

    function test_aDefeatedProposalCannotBeQueued() public {
        uint256 proposalId = activeProposal(GENERAL);
        voteAs(resident(0), proposalId, AGAINST);
        vm.warp(governor.proposalDeadline(proposalId) + 1);
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                proposalId,
                IGovernor.ProposalState.Defeated,
                bytes32(uint256(1) << uint8(IGovernor.ProposalState.Succeeded))
            )
        );
        governor.queue(targets, values, calldatas, keccak256("a proposal"));
    }

    // ─── Code pinning ────────────────────────────────────────────────────────────────────────────

    function test_targetsCodeIsPinnedAtCreation() public {
        address nobody = makeAddr("nobody");
        address[] memory targets = new address[](2);
        targets[0] = address(registry);
        targets[1] = nobody;
        uint256[] memory values = new uint256[](2);
        bytes[] memory calldatas = new bytes[](2);
        calldatas[0] = abi.encodeCall(registry.topicCount, ());

        bytes32[] memory hashes = new bytes32[](2);
        hashes[0] = address(registry).codehash;
        hashes[1] = keccak256("");
        vm.expectEmit(false, false, false, true, address(governor));
        emit GovernorCodePinning.ProposalCodePinned(0, hashes);
        uint256 proposalId = governor.propose(targets, values, calldatas, "pinned");
        assertEq(governor.proposalCodeHash(proposalId), keccak256(abi.encodePacked(hashes)));
    }
}

/// @notice Governance changes its own settings and the registrar through the timelock, and only so.
contract PolityGovernorSettingsTest is PolityFixture {
    address internal newRegistrar = makeAddr("new registrar");
    address internal newGuardian = makeAddr("new guardian");

    function setUp() public {
        setUpCity(4);
        admitResidents(10);
        vm.warp(block.timestamp + 1);
    }

    function test_settingsChangeOnlyThroughAProposal() public {
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, address(this)));
        governor.setVotingPeriod(1 days);

        address[] memory targets = new address[](5);
        uint256[] memory values = new uint256[](5);
        bytes[] memory calldatas = new bytes[](5);
        (targets[0], targets[1], targets[2], targets[3]) =
            (address(governor), address(governor), address(governor), address(governor));
        targets[4] = address(registry);
        calldatas[0] = abi.encodeWithSignature("setVotingPeriod(uint32)", uint32(3 days));
        calldatas[1] = abi.encodeWithSignature("updateQuorumNumerator(uint256)", 30);
        calldatas[2] = abi.encodeWithSignature("setLateQuorumVoteExtension(uint48)", uint48(1 days));
        calldatas[3] = abi.encodeWithSignature("setProposalGuardian(address)", newGuardian);
        calldatas[4] = abi.encodeWithSignature("grantRole(bytes32,address)", registry.REGISTRAR_ROLE(), newRegistrar);
        uint256 proposalId = governor.propose(targets, values, calldatas, "new rules");
        startVoting();
        voteAs(resident(0), proposalId, FOR);
        vm.warp(governor.proposalDeadline(proposalId) + 1);
        governor.queue(targets, values, calldatas, keccak256("new rules"));
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calldatas, keccak256("new rules"));

        assertEq(governor.votingPeriod(), 3 days);
        assertEq(governor.quorumNumerator(), 30);
        assertEq(governor.lateQuorumVoteExtension(), 1 days);
        assertEq(governor.proposalGuardian(), newGuardian);
        assertTrue(registry.hasRole(registry.REGISTRAR_ROLE(), newRegistrar));
        vm.prank(newRegistrar);
        registry.admit(new ResidentRegistry.Admission[](0));
        // The new quorum applies to later snapshots: 30% of 10 residents.
        vm.warp(block.timestamp + 1);
        assertEq(governor.quorum(block.timestamp - 1), 3);
    }
}
