// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Vm} from "forge-std/Vm.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";

/// @notice Admission, renewal, revocation, expiry, credentials and residency history of the registry.
contract ResidentRegistryTest is PolityFixture {
    address internal ana = makeAddr("ana");
    address internal ben = makeAddr("ben");
    address internal carla = makeAddr("carla");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        setUpCity(4);
    }

    // ─── Deployment ──────────────────────────────────────────────────────────────────────────────

    function test_deploymentGrantsRolesAndRegistersTopics() public view {
        assertTrue(registry.hasRole(registry.DEFAULT_ADMIN_ROLE(), address(timelock)));
        assertTrue(registry.hasRole(registry.REGISTRAR_ROLE(), address(this)));
        assertFalse(registry.hasRole(registry.DEFAULT_ADMIN_ROLE(), address(this)));
        assertEq(registry.topicCount(), 3);
        assertEq(registry.topicName(GENERAL), "general");
        assertEq(registry.topicName(TRANSPORT), "transport");
        assertEq(registry.topicName(EDUCATION), "education");
        assertEq(registry.maxDepth(), 4);
        assertEq(registry.residentCount(), 0);
        assertEq(registry.CLOCK_MODE(), "mode=timestamp");
        assertEq(registry.clock(), block.timestamp);
    }

    function test_deploymentWithoutRegistrarGrantsNone() public {
        ResidentRegistry other = new ResidentRegistry("Elsewhere", 2, address(timelock), address(0), new string[](0));
        assertFalse(other.hasRole(other.REGISTRAR_ROLE(), address(0)));
        assertEq(other.topicCount(), 1);
    }

    function test_deploymentRefusesMaxDepthOutsideOneToEight() public {
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesInvalidMaxDepth.selector, 0, 8));
        new ResidentRegistry("Nowhere", 0, address(timelock), address(this), new string[](0));
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesInvalidMaxDepth.selector, 9, 8));
        new ResidentRegistry("Nowhere", 9, address(timelock), address(this), new string[](0));
        assertEq(new ResidentRegistry("Deep", 8, address(timelock), address(this), new string[](0)).maxDepth(), 8);
    }

    function test_deploymentRefusesDuplicateTopicNames() public {
        string[] memory topics = new string[](2);
        topics[0] = "housing";
        topics[1] = "housing";
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesDuplicateTopic.selector, "housing", 1));
        new ResidentRegistry("Twice", 2, address(timelock), address(this), topics);
        topics[1] = "general";
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesDuplicateTopic.selector, "general", 0));
        new ResidentRegistry("Twice", 2, address(timelock), address(this), topics);
    }

    // ─── Admission ───────────────────────────────────────────────────────────────────────────────

    function test_admitGivesOneUnitAndRecordsTheResident() public {
        uint48 expiresAt = uint48(block.timestamp + 365 days);
        vm.expectEmit(address(registry));
        emit IVotes.DelegateVotesChanged(ana, 0, 1);
        vm.expectEmit(address(registry));
        emit ResidentRegistry.ResidentAdmitted(ana, credentialOf(ana), 7, expiresAt);
        admitUntil(ana, 7, expiresAt);

        assertTrue(registry.isResident(ana));
        (bool member, uint48 until, uint32 district) = registry.residencyOf(ana);
        assertTrue(member);
        assertEq(until, expiresAt);
        assertEq(district, 7);
        assertEq(registry.credentialHolder(credentialOf(ana)), ana);
        assertEq(registry.getVotes(ana), 1);
        assertEq(registry.residentCount(), 1);
    }

    /// @dev 4,000 residents in eight batches, each within a 30M-gas block.
    function test_admitThousandsOfResidentsInAFewBatches() public {
        uint256 batches = 8;
        uint256 perBatch = 500;
        for (uint256 b; b < batches; ++b) {
            ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](perBatch);
            for (uint256 i; i < perBatch; ++i) {
                batch[i] = admission(resident(b * perBatch + i), uint32(1 + i % 12), uint48(block.timestamp + 365 days));
            }
            uint256 before = gasleft();
            registry.admit(batch);
            assertLt(before - gasleft(), 30_000_000, "a batch must fit in a block");
            vm.warp(block.timestamp + 12);
        }
        uint256 total = batches * perBatch;
        assertEq(registry.residentCount(), total);
        assertEq(registry.getPastTotalSupply(block.timestamp - 1), total);
        for (uint256 i; i < total; ++i) {
            assertTrue(registry.isResident(resident(i)));
            assertEq(registry.credentialHolder(credentialOf(resident(i))), resident(i));
        }
        (,, uint32 district) = registry.residencyOf(resident(total - 1));
        assertEq(district, 1 + (perBatch - 1) % 12);
    }

    function test_admitIsRegistrarOnly() public {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = admission(ana, 1, uint48(block.timestamp + 1 days));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, registry.REGISTRAR_ROLE()
            )
        );
        vm.prank(stranger);
        registry.admit(batch);
    }

    function test_admitRefusesZeroAddressWithItsIndex() public {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](3);
        batch[0] = admission(ana, 1, uint48(block.timestamp + 1 days));
        batch[1] = admission(ben, 1, uint48(block.timestamp + 1 days));
        batch[2] = admission(address(0), 1, uint48(block.timestamp + 1 days));
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryZeroAddress.selector, 2));
        registry.admit(batch);
    }

    function test_admitRefusesMissingCredential() public {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = admission(ana, 1, uint48(block.timestamp + 1 days));
        batch[0].credential = bytes32(0);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryMissingCredential.selector, ana));
        registry.admit(batch);
    }

    function test_admitRefusesExpiryNotInTheFuture() public {
        uint48 now_ = uint48(block.timestamp);
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = admission(ana, 1, now_);
        vm.expectRevert(
            abi.encodeWithSelector(ResidentRegistry.ResidentRegistryExpiryInPast.selector, ana, now_, now_)
        );
        registry.admit(batch);
        batch[0].expiresAt = now_ - 1;
        vm.expectRevert(
            abi.encodeWithSelector(ResidentRegistry.ResidentRegistryExpiryInPast.selector, ana, now_ - 1, now_)
        );
        registry.admit(batch);
    }

    function test_aBatchIsAllOrNothing() public {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](2);
        batch[0] = admission(ana, 1, uint48(block.timestamp + 1 days));
        batch[1] = admission(ben, 1, uint48(block.timestamp));
        vm.expectRevert();
        registry.admit(batch);
        assertFalse(registry.isResident(ana));
        assertEq(registry.residentCount(), 0);
        assertEq(registry.credentialHolder(credentialOf(ana)), address(0));
    }

    // ─── Renewal ─────────────────────────────────────────────────────────────────────────────────

    function test_readmittingARenewsWithoutASecondUnit() public {
        admit(ana, 1);
        uint256 admittedAt = block.timestamp;
        vm.warp(block.timestamp + 30 days);
        uint48 newExpiry = uint48(block.timestamp + 2 * 365 days);
        vm.expectEmit(address(registry));
        emit ResidentRegistry.ResidentRenewed(ana, credentialOf(ana), 2, newExpiry);
        vm.recordLogs();
        admitUntil(ana, 2, newExpiry);
        assertEq(vm.getRecordedLogs().length, 1, "a renewal moves no units");

        assertEq(registry.getVotes(ana), 1);
        assertEq(registry.residentCount(), 1);
        (, uint48 expiresAt, uint32 district) = registry.residencyOf(ana);
        assertEq(expiresAt, newExpiry);
        assertEq(district, 2);
        vm.warp(block.timestamp + 1);
        (uint32 before,) = registry.districtAt(ana, admittedAt);
        assertEq(before, 1, "history keeps the earlier district");
    }

    function test_renewingAnExpiredResidentMakesThemEligibleAgainWithTheSameUnit() public {
        admitUntil(ana, 1, uint48(block.timestamp + 1 days));
        vm.warp(block.timestamp + 2 days);
        assertFalse(registry.isResident(ana));
        assertEq(registry.residentCount(), 1, "an expired resident keeps the unit until expire()");
        admit(ana, 1);
        assertTrue(registry.isResident(ana));
        assertEq(registry.residentCount(), 1);
    }

    // ─── Revocation ──────────────────────────────────────────────────────────────────────────────

    function test_revokeRemovesTheUnitNow() public {
        admit(ana);
        admit(ben);
        vm.warp(block.timestamp + 1 days);
        address[] memory accounts = new address[](1);
        accounts[0] = ana;
        vm.expectEmit(address(registry));
        emit IVotes.DelegateVotesChanged(ana, 1, 0);
        vm.expectEmit(address(registry));
        emit ResidentRegistry.ResidentRevoked(ana, "moved away");
        registry.revoke(accounts, "moved away");

        assertFalse(registry.isResident(ana));
        (bool member,,) = registry.residencyOf(ana);
        assertFalse(member);
        assertEq(registry.getVotes(ana), 0);
        assertEq(registry.residentCount(), 1);
        vm.warp(block.timestamp + 1);
        assertEq(registry.pastUnits(ana, block.timestamp - 2), 1, "the unit existed before the revocation");
        assertEq(registry.pastUnits(ana, block.timestamp - 1), 0);
    }

    function test_revokeRefusesNonResidentsAndIsAllOrNothing() public {
        admit(ana);
        address[] memory accounts = new address[](2);
        accounts[0] = ana;
        accounts[1] = stranger;
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, stranger));
        registry.revoke(accounts, "");
        assertTrue(registry.isResident(ana));

        revokeResident(ana);
        vm.recordLogs();
        revokeResident(ana);
        assertEq(vm.getRecordedLogs().length, 0, "revoking again changes nothing");
    }

    /// @dev Issue 12: anyone calling `expire` on one account of a registrar's batch first made the whole
    /// batch revert. What is already done is skipped now.
    function test_revokeSkipsAccountsSomeoneExpiredFirst() public {
        uint48 expiresAt = uint48(block.timestamp + 10 days);
        admitUntil(ana, 1, expiresAt);
        admit(ben);
        admit(carla);
        vm.warp(expiresAt);
        vm.prank(stranger);
        expireResident(ana);

        address[] memory accounts = new address[](3);
        (accounts[0], accounts[1], accounts[2]) = (ben, ana, carla);
        vm.recordLogs();
        registry.revoke(accounts, "moved away");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 revoked;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == ResidentRegistry.ResidentRevoked.selector) ++revoked;
        }
        assertEq(revoked, 2, "ben and carla revoked, ana skipped");
        assertFalse(registry.isResident(ben));
        assertFalse(registry.isResident(carla));
        assertEq(registry.residentCount(), 0);
    }

    function test_expireSkipsAccountsAlreadyRemoved() public {
        uint48 expiresAt = uint48(block.timestamp + 10 days);
        admitUntil(ana, 1, expiresAt);
        admitUntil(ben, 1, expiresAt);
        vm.warp(expiresAt);
        expireResident(ana);
        address[] memory accounts = new address[](2);
        (accounts[0], accounts[1]) = (ana, ben);
        vm.prank(stranger);
        registry.expire(accounts);
        assertEq(registry.residentCount(), 0);
    }

    function test_revokeIsRegistrarOnly() public {
        admit(ana);
        address[] memory accounts = new address[](1);
        accounts[0] = ana;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, registry.REGISTRAR_ROLE()
            )
        );
        vm.prank(stranger);
        registry.revoke(accounts, "");
    }

    function test_readmissionAfterRevocationGivesTheUnitBack() public {
        admit(ana);
        revokeResident(ana);
        vm.warp(block.timestamp + 1);
        vm.expectEmit(address(registry));
        emit ResidentRegistry.ResidentAdmitted(ana, credentialOf(ana), 3, uint48(block.timestamp + 365 days));
        admit(ana, 3);
        assertEq(registry.getVotes(ana), 1);
        assertEq(registry.residentCount(), 1);
    }

    // ─── Expiry ──────────────────────────────────────────────────────────────────────────────────

    function test_expireIsForAnyoneOnceTheDateHasPassed() public {
        uint48 expiresAt = uint48(block.timestamp + 10 days);
        admitUntil(ana, 1, expiresAt);

        vm.warp(expiresAt - 1);
        assertTrue(registry.isResident(ana));
        vm.expectRevert(
            abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotExpired.selector, ana, expiresAt)
        );
        vm.prank(stranger);
        expireResident(ana);

        vm.warp(expiresAt);
        assertFalse(registry.isResident(ana), "not a resident from the expiry second on");
        assertEq(registry.getVotes(ana), 1, "the unit stays until someone calls expire");
        vm.expectEmit(address(registry));
        emit ResidentRegistry.ResidentExpired(ana, expiresAt);
        vm.prank(stranger);
        expireResident(ana);
        assertEq(registry.getVotes(ana), 0);
        assertEq(registry.residentCount(), 0);

        vm.recordLogs();
        expireResident(ana);
        assertEq(vm.getRecordedLogs().length, 0, "expiring again changes nothing");
    }

    function test_expireRefusesSomeoneNeverAdmitted() public {
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, stranger));
        expireResident(stranger);
    }

    // ─── Credentials ─────────────────────────────────────────────────────────────────────────────

    function test_aCredentialAdmitsOneAddressAtATime() public {
        bytes32 credential = credentialOf(ana);
        admit(ana);
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = admission(ben, 1, uint48(block.timestamp + 1 days));
        batch[0].credential = credential;
        vm.expectRevert(
            abi.encodeWithSelector(ResidentRegistry.ResidentRegistryCredentialInUse.selector, credential, ana)
        );
        registry.admit(batch);

        // Once the holder is gone, the person may be admitted under a new address...
        revokeResident(ana);
        registry.admit(batch);
        assertEq(registry.credentialHolder(credential), ben);
        assertTrue(registry.isResident(ben));

        // ...and the old address can no longer use it.
        batch[0].account = ana;
        vm.expectRevert(
            abi.encodeWithSelector(ResidentRegistry.ResidentRegistryCredentialInUse.selector, credential, ben)
        );
        registry.admit(batch);
    }

    function test_anExpiredHolderBlocksTheCredentialUntilCleanedUp() public {
        bytes32 credential = credentialOf(ana);
        admitUntil(ana, 1, uint48(block.timestamp + 1 days));
        vm.warp(block.timestamp + 2 days);
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = admission(ben, 1, uint48(block.timestamp + 365 days));
        batch[0].credential = credential;
        vm.expectRevert(
            abi.encodeWithSelector(ResidentRegistry.ResidentRegistryCredentialInUse.selector, credential, ana)
        );
        registry.admit(batch);
        expireResident(ana);
        registry.admit(batch);
        assertEq(registry.credentialHolder(credential), ben);
    }

    function test_oneBatchCannotUseACredentialTwice() public {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](2);
        batch[0] = admission(ana, 1, uint48(block.timestamp + 1 days));
        batch[1] = admission(ben, 1, uint48(block.timestamp + 1 days));
        batch[1].credential = batch[0].credential;
        vm.expectRevert(
            abi.encodeWithSelector(
                ResidentRegistry.ResidentRegistryCredentialInUse.selector, batch[0].credential, ana
            )
        );
        registry.admit(batch);
    }

    function test_renewalWithTheSameCredentialIsNotReuse() public {
        admit(ana);
        admit(ana);
        assertEq(registry.credentialHolder(credentialOf(ana)), ana);
        assertEq(registry.residentCount(), 1);
    }

    // ─── History ─────────────────────────────────────────────────────────────────────────────────

    function test_residencyHistoryAnswersEveryPastTime() public {
        uint256 t0 = block.timestamp;
        vm.warp(t0 + 10);
        admitUntil(ana, 1, uint48(t0 + 1000)); // t0+10
        vm.warp(t0 + 20);
        admitUntil(ana, 2, uint48(t0 + 2000)); // renewed, new district
        vm.warp(t0 + 30);
        revokeResident(ana);
        vm.warp(t0 + 40);
        admitUntil(ana, 3, uint48(t0 + 50)); // re-admitted, short
        vm.warp(t0 + 100);

        _expectResidency(t0 + 9, false, 0, 0, false);
        _expectResidency(t0 + 10, true, t0 + 1000, 1, true);
        _expectResidency(t0 + 19, true, t0 + 1000, 1, true);
        _expectResidency(t0 + 20, true, t0 + 2000, 2, true);
        _expectResidency(t0 + 30, false, t0 + 2000, 2, false);
        _expectResidency(t0 + 40, true, t0 + 50, 3, true);
        _expectResidency(t0 + 49, true, t0 + 50, 3, true);
        _expectResidency(t0 + 50, true, t0 + 50, 3, false); // member (not cleaned up) but expired
        _expectResidency(t0 + 99, true, t0 + 50, 3, false);
        assertEq(registry.pastUnits(ana, t0 + 99), 1, "an expired resident keeps the unit until expire()");
        assertEq(registry.pastUnits(ana, t0 + 35), 0);
    }

    function test_onlyTheLastStateOfASecondIsHistory() public {
        uint256 t = block.timestamp;
        admit(ana, 1);
        revokeResident(ana);
        admit(ana, 5);
        revokeResident(ana);
        vm.warp(t + 1);
        admit(ana, 6);
        vm.warp(t + 2);
        (bool member,, uint32 district) = registry.residencyAt(ana, t);
        assertFalse(member);
        assertEq(district, 5);
        assertEq(registry.pastUnits(ana, t), 0);
        assertEq(registry.getPastTotalSupply(t), 0);
        (member,, district) = registry.residencyAt(ana, t + 1);
        assertTrue(member);
        assertEq(district, 6);
    }

    function test_historyReadsRefuseTheFuture() public {
        uint48 now_ = uint48(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.ERC5805FutureLookup.selector, now_, now_));
        registry.residencyAt(ana, now_);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.ERC5805FutureLookup.selector, now_ + 1, now_));
        registry.districtAt(ana, now_ + 1);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.ERC5805FutureLookup.selector, now_, now_));
        registry.pastUnits(ana, now_);
    }

    function _expectResidency(uint256 t, bool member, uint256 expiresAt, uint32 district, bool eligible)
        private
        view
    {
        (bool isMember, uint48 until, uint32 place) = registry.residencyAt(ana, t);
        assertEq(isMember, member, "member");
        assertEq(until, expiresAt, "expiresAt");
        assertEq(place, district, "district");
        (uint32 districtThen, bool eligibleThen) = registry.districtAt(ana, t);
        assertEq(districtThen, district);
        assertEq(eligibleThen, eligible, "eligible");
    }

    // ─── Topics ──────────────────────────────────────────────────────────────────────────────────

    function test_governanceRegistersTopics() public {
        vm.expectEmit(address(registry));
        emit ILiquidVotes.TopicRegistered(3, "housing");
        vm.prank(address(timelock));
        assertEq(registry.registerTopic("housing"), 3);
        assertEq(registry.topicCount(), 4);
        assertEq(registry.topicName(3), "housing");

        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesDuplicateTopic.selector, "transport", 1));
        vm.prank(address(timelock));
        registry.registerTopic("transport");
    }

    function test_onlyGovernanceRegistersTopics() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), registry.DEFAULT_ADMIN_ROLE()
            )
        );
        registry.registerTopic("housing");
    }

    function test_unknownTopicsAreRefused() public {
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesUnknownTopic.selector, 3));
        registry.topicName(3);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesUnknownTopic.selector, 3));
        registry.delegateOnTopic(3, ana);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesUnknownTopic.selector, 200));
        registry.delegateOf(ana, 200);
    }

    /// @dev Documented limit (docs/liquid-delegation.md): at most MAX_TOPICS topics and maxDepth × topics at
    /// most MAX_DEPTH_TIMES_TOPICS; the topic that would break either bound is refused with the limit.
    function test_topicLimitFollowsTheDepth() public {
        for (uint256 depth = 1; depth <= 8; ++depth) {
            ResidentRegistry city = new ResidentRegistry("Limits", depth, address(this), address(this), new string[](0));
            uint256 registered = 1;
            while (true) {
                try city.registerTopic(string.concat("topic ", vm.toString(registered))) {
                    ++registered;
                } catch (bytes memory reason) {
                    assertEq(
                        reason, abi.encodeWithSelector(ILiquidVotes.LiquidVotesTooManyTopics.selector, registered)
                    );
                    break;
                }
            }
            assertEq(city.topicCount(), registered);
            assertEq(city.maxTopics(), registered);
            assertLe(registered, city.MAX_TOPICS());
            assertLe(registered * depth, city.MAX_DEPTH_TIMES_TOPICS());
            bool oneMoreFits = registered + 1 <= city.MAX_TOPICS()
                && (registered + 1) * depth <= city.MAX_DEPTH_TIMES_TOPICS();
            assertFalse(oneMoreFits, "the limit is the largest count within both bounds");
        }
    }
}
