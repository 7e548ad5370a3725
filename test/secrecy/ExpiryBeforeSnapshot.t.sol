// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IdentityGroups} from "../../contracts/membership/IdentityGroups.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {SecretBallots} from "../../contracts/budgeting/SecretBallots.sol";
import {SecretFixture} from "./SecretFixture.sol";

/**
 * @dev The round's group holds admitted, *unexpired* residents at its snapshot, even when nobody called the
 * registry's `expire`: an admission that lapsed before the snapshot keeps the group unfixed until its leaf
 * is synced out, and renewed residents' dates are read again. Residents 0 to 3 hold identities (fixture),
 * all admitted for 365 days.
 */
contract ExpiryBeforeSnapshotTest is SecretFixture {
    uint256[] internal none;

    /// @dev Day 355: residents 0, 1, 2, 4 and 5 are renewed for another year (a later date: the registry
    /// does not tell the groups), resident 3 is not; a city round whose voting opens after day 365.
    function roundAfterResident3Lapsed() internal returns (uint256 roundId) {
        vm.warp(block.timestamp + 355 days);
        uint32[6] memory districts = [uint32(1), 1, 2, 2, 1, 2];
        for (uint256 i; i < 6; ++i) {
            if (i != 3) admit(resident(i), districts[i]);
        }
        (,,, bool pending) = groups.identityOf(resident(0));
        assertFalse(pending, "a later date is not reported");
        roundId = openWithProjects(approvalConfig(0), true);
        toVoting(roundId);
        (, uint48 expiresAt,) = registry.residencyOf(resident(3));
        assertLt(expiresAt, rounds.snapshotOf(roundId), "resident 3's admission lapsed before the snapshot");
        assertEq(groups.pendingCount(), 0, "and nobody told the groups");
    }

    function test_ResidentExpiredBeforeSnapshotIsNotInTheGroup() public {
        uint256 roundId = roundAfterResident3Lapsed();

        // The group still holds resident 3's leaf, so it is not fixed for the round: nothing is checked.
        (,, uint48 fixedAt) = channel.roundGroupOf(roundId);
        assertEq(fixedAt, 0, "a group holding a lapsed leaf is not the round's group");
        Signed memory afterRemoval = signed(R1_ROUND1_AFTER_REVOCATION);
        vm.expectRevert(abi.encodeWithSelector(SecretBallots.SecretBallotsGroupNotFixed.selector, roundId));
        castSigned(roundId, afterRemoval);
        // Nor can anyone join meanwhile.
        vm.prank(resident(4));
        vm.expectRevert(abi.encodeWithSelector(IdentityGroups.IdentityGroupsSyncPending.selector, 0));
        groups.register(commitment(4));

        // Anyone removes the lapsed leaf, without the registry's expire.
        vm.warp(block.timestamp + 1 hours);
        groups.sync(resident(3), removalSiblings(".removal3.city"), removalSiblings(".removal3.district"));
        (uint256 held,,,) = groups.identityOf(resident(3));
        assertEq(held, 0);
        // Residents 0 to 2 were renewed, but the groups read their old date: still unsettled until refreshed.
        (,, fixedAt) = channel.roundGroupOf(roundId);
        assertEq(fixedAt, 0, "renewed residents' dates are read again first");
        for (uint256 i; i < 3; ++i) {
            groups.sync(resident(i), none, none);
            (, uint48 renewedTo,) = registry.residencyOf(resident(i));
            assertEq(groups.trackedExpiryOf(resident(i)), renewedTo);
        }

        uint256 groupRoot;
        (, groupRoot, fixedAt) = channel.roundGroupOf(roundId);
        assertEq(fixedAt, block.timestamp, "fixed when the last lapsing leaf was synced");
        assertEq(groupRoot, root("cityWithout3"));
        assertFalse(groups.isMemberAt(resident(3), 0, fixedAt));
        vm.expectRevert(
            abi.encodeWithSelector(
                SecretBallots.SecretBallotsWrongRoot.selector, roundId, root("city"), root("cityWithout3")
            )
        );
        castSigned(roundId, R3_ROUND1_BEFORE_REVOCATION);
        castSigned(roundId, afterRemoval);
        assertEq(rounds.supportOf(roundId, 2), 1);

        // Not eligible at the snapshot, resident 3 cannot vote on paper either.
        vm.prank(station);
        vm.expectRevert(abi.encodeWithSelector(SecretBallots.SecretBallotsNotEligible.selector, roundId, resident(3)));
        channel.checkInPaperVoter(roundId, resident(3), keccak256("record"));
    }

    function test_RoundBeforeTheExpiryDayIsFixedAtItsSnapshot() public {
        uint256 roundId = openWithProjects(approvalConfig(0), true);
        toVoting(roundId);
        (, uint256 groupRoot, uint48 fixedAt) = channel.roundGroupOf(roundId);
        assertEq(fixedAt, rounds.snapshotOf(roundId));
        assertEq(groupRoot, root("city"));
        assertEq(groups.firstExpiry(), (block.timestamp - 14 days - 2 + 365 days) / 1 days * 1 days);
    }

    function test_LeafCountsAsLapsedFromTheStartOfItsExpiryDay() public {
        (, uint48 expiresAt,) = registry.residencyOf(resident(3));
        uint256 dayStart = uint256(expiresAt) / 1 days * 1 days;
        vm.warp(dayStart - 1);
        vm.expectRevert(abi.encodeWithSelector(IdentityGroups.IdentityGroupsNothingToSync.selector, resident(0)));
        groups.sync(resident(0), none, none);
        vm.warp(dayStart);
        // Still a resident for some hours: its date is read again and stays; the leaf stays too.
        groups.sync(resident(0), none, none);
        (uint256 held, bool inCity,,) = groups.identityOf(resident(0));
        assertTrue(held != 0 && inCity);
        vm.prank(resident(4));
        vm.expectRevert(abi.encodeWithSelector(IdentityGroups.IdentityGroupsSyncPending.selector, 0));
        groups.register(commitment(4));
    }

    function test_RenewalToAnEarlierDateIsReported() public {
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = ResidentRegistry.Admission(
            resident(2), keccak256(abi.encode("credential", resident(2))), 2, uint48(block.timestamp + 30 days)
        );
        registry.admit(batch);
        (,,, bool pending) = groups.identityOf(resident(2));
        assertTrue(pending, "an earlier date is reported like a move");
        groups.sync(resident(2), none, none);
        assertEq(groups.trackedExpiryOf(resident(2)), uint48(block.timestamp + 30 days));
        assertEq(groups.firstExpiry(), (block.timestamp + 30 days) / 1 days * 1 days);
    }

    function removalSiblings(string memory key) internal view returns (uint256[] memory) {
        return vm.parseJsonUintArray(fixture, key);
    }
}
