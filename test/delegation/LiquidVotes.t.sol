// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "forge-std/Vm.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";

/// @notice Delegating (every entry point), refusals, weights, heights and counts, with residents as units.
contract LiquidVotesTest is PolityFixture {
    address internal ana = makeAddr("ana");
    address internal ben = makeAddr("ben");
    address internal carla = makeAddr("carla");
    address internal dan = makeAddr("dan");
    address internal eva = makeAddr("eva");
    address internal fay = makeAddr("fay");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        setUpCity(3);
        admit(ana);
        admit(ben);
        admit(carla);
        admit(dan);
        admit(eva);
        admit(fay);
        vm.warp(block.timestamp + 1 hours);
    }

    function chain(address a) internal pure returns (address[] memory list) {
        list = new address[](1);
        list[0] = a;
    }

    function chain(address a, address b) internal pure returns (address[] memory list) {
        list = new address[](2);
        (list[0], list[1]) = (a, b);
    }

    function chain(address a, address b, address c) internal pure returns (address[] memory list) {
        list = new address[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    // ─── Delegating ──────────────────────────────────────────────────────────────────────────────

    function test_delegateCarriesTheWholeWeightUpTheChain() public {
        vm.expectEmit(address(registry));
        emit IVotes.DelegateVotesChanged(ben, 1, 2);
        vm.expectEmit(address(registry));
        emit ILiquidVotes.TopicDelegateChanged(ana, GENERAL, address(0), ben);
        vm.expectEmit(address(registry));
        emit IVotes.DelegateChanged(ana, address(0), ben);
        vm.prank(ana);
        registry.delegate(ben);

        vm.expectEmit(address(registry));
        emit IVotes.DelegateVotesChanged(carla, 1, 3);
        vm.prank(ben);
        registry.delegate(carla);

        assertEq(registry.delegates(ana), ben);
        assertEq(registry.delegateOf(ana, GENERAL), ben);
        assertEq(registry.chainOf(ana, GENERAL), chain(ben, carla));
        assertEq(registry.getVotes(ana), 1, "a delegator still represents its own unit");
        assertEq(registry.getVotes(ben), 2);
        assertEq(registry.getVotes(carla), 3);
        assertEq(registry.topicVotes(carla, GENERAL), 3);
    }

    function test_topicsAreIndependent() public {
        vm.expectEmit(address(registry));
        emit ILiquidVotes.TopicDelegateChanged(ana, TRANSPORT, address(0), ben);
        vm.recordLogs();
        delegateAs(ana, TRANSPORT, ben);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IVotes.DelegateChanged.selector, "ERC-5805 events are for general");
            assertTrue(logs[i].topics[0] != IVotes.DelegateVotesChanged.selector);
        }
        assertEq(registry.topicVotes(ben, TRANSPORT), 2);
        assertEq(registry.topicVotes(ben, GENERAL), 1);
        assertEq(registry.topicVotes(ben, EDUCATION), 1);
        assertEq(registry.delegates(ana), address(0));
        assertEq(registry.delegateOf(ana, EDUCATION), address(0));
        assertEq(registry.chainOf(ana, EDUCATION).length, 0);
    }

    function test_redelegatingMovesWeightOffTheOldChainButNotTheSharedPart() public {
        // ana -> ben -> dan, carla -> dan; ana moves to carla: ben loses her, carla gains her, dan keeps her.
        delegateAs(ben, TRANSPORT, dan);
        delegateAs(carla, TRANSPORT, dan);
        delegateAs(ana, TRANSPORT, ben);
        assertEq(registry.topicVotes(dan, TRANSPORT), 4);
        vm.warp(block.timestamp + 1);
        delegateAs(ana, TRANSPORT, carla);
        assertEq(registry.topicVotes(ben, TRANSPORT), 1);
        assertEq(registry.topicVotes(carla, TRANSPORT), 2);
        assertEq(registry.topicVotes(dan, TRANSPORT), 4);
        assertEq(registry.chainOf(ana, TRANSPORT), chain(carla, dan));
        assertEq(registry.topicVotesByDepth(ben, TRANSPORT)[0], 0);
        assertEq(registry.topicVotesByDepth(carla, TRANSPORT)[0], 1);
        assertEq(registry.topicVotesByDepth(dan, TRANSPORT)[1], 1, "ana, two hops below dan either way");
    }

    function test_revokingWithZeroOrSelfLosesNothing() public {
        delegateAs(ben, GENERAL, carla);
        delegateAs(ana, GENERAL, ben);
        vm.expectEmit(address(registry));
        emit IVotes.DelegateChanged(ben, carla, address(0));
        delegateAs(ben, GENERAL, address(0));
        assertEq(registry.getVotes(ben), 2, "ben keeps his own unit and ana's");
        assertEq(registry.getVotes(carla), 1);

        delegateAs(ben, GENERAL, carla);
        vm.expectEmit(address(registry));
        emit ILiquidVotes.TopicDelegateChanged(ben, GENERAL, carla, address(0));
        delegateAs(ben, GENERAL, ben);
        assertEq(registry.delegates(ben), address(0), "delegating to oneself is representing oneself");
        assertEq(registry.getVotes(ben), 2);
        assertEq(registry.getVotes(carla), 1);
    }

    function test_changingNothingEmitsNothing() public {
        delegateAs(ana, GENERAL, ben);
        vm.recordLogs();
        delegateAs(ana, GENERAL, ben);
        delegateAs(carla, GENERAL, address(0));
        delegateAs(carla, GENERAL, carla);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(registry.getVotes(ben), 2);
    }

    function test_delegateAllCoversEveryTopicAndRevokesAll() public {
        delegateAs(ana, TRANSPORT, ben);
        vm.recordLogs();
        vm.prank(ana);
        registry.delegateAll(ben);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 topicChanges;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == ILiquidVotes.TopicDelegateChanged.selector) ++topicChanges;
        }
        assertEq(topicChanges, 2, "transport was already delegated to ben");
        for (uint8 topic; topic < 3; ++topic) {
            assertEq(registry.delegateOf(ana, topic), ben);
            assertEq(registry.topicVotes(ben, topic), 2);
        }
        vm.prank(ana);
        registry.delegateAll(address(0));
        for (uint8 topic; topic < 3; ++topic) {
            assertEq(registry.delegateOf(ana, topic), address(0));
            assertEq(registry.topicVotes(ben, topic), 1);
        }
    }

    function test_delegateAllIsAllOrNothing() public {
        delegateAs(ben, EDUCATION, ana);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesDelegationCycle.selector, ana, ben));
        vm.prank(ana);
        registry.delegateAll(ben);
        assertEq(registry.delegateOf(ana, GENERAL), address(0), "general was not kept either");
        assertEq(registry.delegateOf(ana, TRANSPORT), address(0));
    }

    // ─── Refusals ────────────────────────────────────────────────────────────────────────────────

    function test_aDelegationThatClosesACycleIsRefused() public {
        delegateAs(ana, GENERAL, ben);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesDelegationCycle.selector, ben, ana));
        delegateAs(ben, GENERAL, ana);

        delegateAs(ben, GENERAL, carla);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesDelegationCycle.selector, carla, ana));
        delegateAs(carla, GENERAL, ana);
        // The same pair on another topic is fine.
        delegateAs(carla, TRANSPORT, ana);
        assertEq(registry.topicVotes(ana, TRANSPORT), 2);
    }

    function test_aChainLongerThanTheMaximumIsAcceptedAndUnitsStopAtTheReach() public {
        // ana -> ben -> carla -> dan: 3 hops, the maximum.
        delegateAs(ana, GENERAL, ben);
        delegateAs(ben, GENERAL, carla);
        delegateAs(carla, GENERAL, dan);
        assertEq(registry.chainOf(ana, GENERAL), chain(ben, carla, dan));
        // eva joining below ana: her unit reaches ana, ben and carla, not dan.
        delegateAs(eva, GENERAL, ana);
        assertEq(registry.chainOf(eva, GENERAL), chain(ana, ben, carla));
        assertEq(registry.getVotes(carla), 4, "carla, ben, ana, eva");
        assertEq(registry.getVotes(dan), 4, "dan, carla, ben, ana: eva is four hops below");
        // dan extending the top: ana's unit now stops at dan, one hop short of fay.
        delegateAs(dan, GENERAL, fay);
        assertEq(registry.getVotes(fay), 4, "fay, dan, carla, ben");
        assertEq(registry.chainOf(ana, GENERAL), chain(ben, carla, dan));
        assertEq(registry.topicVotesByDepth(fay, GENERAL), _lanes(1, 1, 1));
        // Undoing the top gives everything back exactly.
        delegateAs(dan, GENERAL, address(0));
        assertEq(registry.getVotes(fay), 1);
        assertEq(registry.getVotes(dan), 4);
    }

    function test_whatHangsBelowTheDelegatorNeverRefusesIt() public {
        // ana -> ben -> carla: carla has two hops below her. dan -> eva is one hop.
        delegateAs(ana, GENERAL, ben);
        delegateAs(ben, GENERAL, carla);
        delegateAs(dan, GENERAL, eva);
        // carla -> dan makes ana's chain ben, carla, dan, eva: 4 hops. Accepted; ana's unit stops at dan.
        delegateAs(carla, GENERAL, dan);
        assertEq(registry.getVotes(dan), 4);
        assertEq(registry.getVotes(eva), 4, "eva, dan, carla, ben");
        // Moving higher up the same chain shifts everything one hop nearer: ana reaches eva again.
        vm.warp(block.timestamp + 1);
        delegateAs(carla, GENERAL, eva);
        assertEq(registry.chainOf(ana, GENERAL), chain(ben, carla, eva));
        assertEq(registry.getVotes(eva), 5);
        assertEq(registry.getVotes(dan), 1);
        assertEq(registry.topicVotesByDepth(eva, GENERAL), _lanes(2, 1, 1));
    }

    function test_onlyALoopWithinTheReachIsRefused() public {
        // ana -> ben -> carla. carla -> ana would send carla's unit to ana, ben and carla: refused.
        delegateAs(ana, GENERAL, ben);
        delegateAs(ben, GENERAL, carla);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesDelegationCycle.selector, carla, ana));
        delegateAs(carla, GENERAL, ana);
        // With dan in the loop it is four long: every unit stops before reaching its holder again.
        delegateAs(carla, GENERAL, dan);
        delegateAs(dan, GENERAL, ana);
        assertEq(registry.chainOf(dan, GENERAL), chain(ana, ben, carla));
        for (uint256 i; i < 4; ++i) {
            address account = [ana, ben, carla, dan][i];
            assertEq(registry.getVotes(account), 4, "each of the four: itself and the three below it");
        }
    }

    function _lanes(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory list) {
        list = new uint256[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    function test_onlyResidentsDelegateAndOnlyToResidents() public {
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, stranger));
        delegateAs(stranger, GENERAL, ana);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, stranger));
        delegateAs(ana, GENERAL, stranger);

        revokeResident(ben);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, ben));
        delegateAs(ana, TRANSPORT, ben);
    }

    function test_expiredResidentsNeitherDelegateNorAreDelegatedToButMayRevoke() public {
        address short = makeAddr("short");
        admitUntil(short, 1, uint48(block.timestamp + 1 days));
        delegateAs(short, GENERAL, ana);
        vm.warp(block.timestamp + 1 days);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, short));
        delegateAs(ben, GENERAL, short);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, short));
        delegateAs(short, GENERAL, ben);
        delegateAs(short, GENERAL, address(0));
        assertEq(registry.getVotes(ana), 1);
        assertEq(registry.getVotes(short), 1, "the expired unit stays with its holder until expire()");
    }

    function test_aRevokedResidentMayStillRevokeTheirDelegation() public {
        delegateAs(ana, GENERAL, ben);
        revokeResident(ana);
        assertEq(registry.getVotes(ben), 1);
        delegateAs(ana, GENERAL, address(0));
        assertEq(registry.delegates(ana), address(0));
        assertEq(registry.topicVotesByDepth(ben, GENERAL), _lanes(0, 0, 0));
    }

    // ─── Units moving along chains ───────────────────────────────────────────────────────────────

    function test_unitsLeaveAndReturnAlongEveryDelegatedTopic() public {
        delegateAs(ana, GENERAL, ben);
        delegateAs(ben, GENERAL, carla);
        delegateAs(ana, TRANSPORT, carla);
        vm.expectEmit(address(registry));
        emit IVotes.DelegateVotesChanged(ben, 2, 1);
        vm.expectEmit(address(registry));
        emit IVotes.DelegateVotesChanged(carla, 3, 2);
        revokeResident(ana);
        assertEq(registry.getVotes(ben), 1);
        assertEq(registry.getVotes(carla), 2);
        assertEq(registry.topicVotes(carla, TRANSPORT), 1);

        vm.warp(block.timestamp + 1);
        admit(ana);
        assertEq(registry.getVotes(carla), 3);
        assertEq(registry.topicVotes(carla, TRANSPORT), 2);
    }

    function test_aChainStillPassesThroughARevokedResident() public {
        delegateAs(ana, GENERAL, ben);
        delegateAs(ben, GENERAL, carla);
        revokeResident(ben);
        assertEq(registry.getVotes(carla), 2, "ana's unit still flows through ben");
        assertEq(registry.getVotes(ben), 1, "ben represents ana, not himself");
        assertEq(registry.chainOf(ana, GENERAL), chain(ben, carla));
    }

    // ─── Units by distance ───────────────────────────────────────────────────────────────────────

    function test_unitsByDistanceFollowTheTree() public {
        // ana -> carla, ben -> carla, carla -> dan, eva -> fay -> dan
        delegateAs(ana, GENERAL, carla);
        delegateAs(ben, GENERAL, carla);
        delegateAs(carla, GENERAL, dan);
        delegateAs(fay, GENERAL, dan);
        delegateAs(eva, GENERAL, fay);
        assertEq(registry.topicVotesByDepth(carla, GENERAL), _lanes(2, 0, 0));
        assertEq(registry.topicVotesByDepth(dan, GENERAL), _lanes(2, 3, 0));
        assertEq(registry.topicVotesByDepth(ana, GENERAL), _lanes(0, 0, 0));

        delegateAs(ana, GENERAL, address(0));
        delegateAs(ben, GENERAL, address(0));
        assertEq(registry.topicVotesByDepth(carla, GENERAL), _lanes(0, 0, 0));
        assertEq(registry.topicVotesByDepth(dan, GENERAL), _lanes(2, 1, 0), "eva -> fay -> dan is two hops");
        delegateAs(eva, GENERAL, address(0));
        assertEq(registry.topicVotesByDepth(dan, GENERAL), _lanes(2, 0, 0));
        assertEq(registry.getVotes(dan), 3);
    }

    function test_aChainOfMaximumDepthEightAndBeyond() public {
        (ResidentRegistry deep,,) = deployResidentCity(8, citySettings());
        registry = deep;
        address[] memory line = new address[](10);
        for (uint256 i; i < line.length; ++i) {
            line[i] = resident(100 + i);
            admit(line[i]);
        }
        for (uint256 i = 8; i > 0; --i) {
            delegateAs(line[i - 1], GENERAL, line[i]);
        }
        assertEq(deep.chainOf(line[0], GENERAL).length, 8);
        assertEq(deep.topicVotesByDepth(line[8], GENERAL)[7], 1, "line[0], eight hops below");
        assertEq(deep.getVotes(line[8]), 9);
        delegateAs(line[8], GENERAL, line[9]);
        assertEq(deep.getVotes(line[9]), 9, "line[0] is nine hops below line[9]: it stops at line[8]");
        assertEq(deep.chainOf(line[0], GENERAL).length, 8);
    }

    // ─── Reads at past timepoints ────────────────────────────────────────────────────────────────

    function test_pastReadsAnswerWhatWasTrueThen() public {
        uint256 t1 = block.timestamp;
        delegateAs(ana, TRANSPORT, ben);
        delegateAs(ben, TRANSPORT, carla);
        vm.warp(t1 + 100);
        delegateAs(ana, TRANSPORT, dan);
        revokeResident(ben);
        vm.warp(t1 + 200);

        assertEq(registry.delegateAt(ana, TRANSPORT, t1 - 1), address(0));
        assertEq(registry.delegateAt(ana, TRANSPORT, t1), ben);
        assertEq(registry.delegateAt(ana, TRANSPORT, t1 + 99), ben);
        assertEq(registry.delegateAt(ana, TRANSPORT, t1 + 100), dan);
        assertEq(registry.chainAt(ana, TRANSPORT, t1 + 50), chain(ben, carla));
        assertEq(registry.chainAt(ana, TRANSPORT, t1 + 150), chain(dan));
        assertEq(registry.pastTopicVotes(carla, TRANSPORT, t1 + 50), 3);
        assertEq(registry.pastTopicVotes(carla, TRANSPORT, t1 + 150), 1, "ana left, ben was revoked");
        assertEq(registry.pastTopicVotes(dan, TRANSPORT, t1 + 150), 2);
        assertEq(registry.pastUnits(ben, t1 + 99), 1);
        assertEq(registry.pastUnits(ben, t1 + 100), 0);
        assertEq(registry.getPastTotalSupply(t1 + 99), 6);
        assertEq(registry.getPastTotalSupply(t1 + 100), 5);
        assertEq(registry.getPastVotes(carla, t1 + 50), 1, "the general topic was never delegated");
    }

    function test_withinOneSecondOnlyTheLastDelegateIsHistory() public {
        uint256 t = block.timestamp;
        delegateAs(ana, GENERAL, ben);
        delegateAs(ana, GENERAL, carla);
        delegateAs(ana, GENERAL, address(0));
        delegateAs(ana, GENERAL, dan);
        vm.warp(t + 1);
        delegateAs(ana, GENERAL, eva);
        vm.warp(t + 2);
        assertEq(registry.delegateAt(ana, GENERAL, t), dan);
        assertEq(registry.getPastVotes(ben, t), 1);
        assertEq(registry.getPastVotes(carla, t), 1);
        assertEq(registry.getPastVotes(dan, t), 2);
        assertEq(registry.delegateAt(ana, GENERAL, t + 1), eva);
    }

    function test_voterAtTellsEligibilityPowerAndDelegate() public {
        address short = makeAddr("short");
        admitUntil(short, 1, uint48(block.timestamp + 1 days));
        delegateAs(ana, TRANSPORT, ben);
        delegateAs(short, TRANSPORT, ben);
        delegateAs(ben, TRANSPORT, carla);
        vm.warp(block.timestamp + 1 days);
        revokeResident(dan);
        vm.warp(block.timestamp + 1);
        uint256 at = block.timestamp - 1;

        (bool eligible, uint256 power, uint256 delegated, address delegate_) = registry.voterAt(ben, TRANSPORT, at);
        assertTrue(eligible);
        assertEq(power, 3);
        assertEq(delegated >> 248, 3, "the maximum depth, in the top byte");
        assertEq(uint192(delegated), 2, "two units one hop below ben: lane 0 (64-bit lanes for depth 3)");
        assertEq(delegate_, carla);
        (, power, delegated,) = registry.voterAt(carla, TRANSPORT, at);
        assertEq(power, 4);
        assertEq(uint192(delegated), 1 | (2 << 64), "ben one hop below carla, ana and short two");

        (eligible, power, delegated, delegate_) = registry.voterAt(short, TRANSPORT, at);
        assertFalse(eligible, "expired at the timepoint");
        assertEq(power, 1, "but the unit is still there and flows to ben");
        assertEq(delegate_, ben);

        (eligible, power,,) = registry.voterAt(dan, TRANSPORT, at);
        assertFalse(eligible, "revoked");
        assertEq(power, 0);

        (eligible, power,,) = registry.voterAt(stranger, TRANSPORT, at);
        assertFalse(eligible);
        assertEq(power, 0);
    }

    function test_everyPastReadRefusesTheFuture() public {
        uint48 now_ = uint48(block.timestamp);
        bytes memory future = abi.encodeWithSelector(ILiquidVotes.ERC5805FutureLookup.selector, now_, now_);
        vm.expectRevert(future);
        registry.delegateAt(ana, GENERAL, now_);
        vm.expectRevert(future);
        registry.chainAt(ana, GENERAL, now_);
        vm.expectRevert(future);
        registry.pastTopicVotes(ana, GENERAL, now_);
        vm.expectRevert(future);
        registry.getPastVotes(ana, now_);
        vm.expectRevert(future);
        registry.getPastTotalSupply(now_);
        vm.expectRevert(future);
        registry.voterAt(ana, GENERAL, now_);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.ERC5805FutureLookup.selector, now_ + 5, now_));
        registry.pastUnits(ana, now_ + 5);
    }
}
