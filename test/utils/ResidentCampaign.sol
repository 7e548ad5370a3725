// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {DifferentialCampaign} from "./DifferentialCampaign.sol";

/**
 * @dev The resident-mode steps of a differential campaign: admissions and renewals (some ending right at a
 * coming snapshot), revocations, expiries with and without cleanup, and the residency checks. Used by the
 * resident campaign and by the invariant handler.
 */
abstract contract ResidentCampaign is DifferentialCampaign {
    uint256 internal constant SIGNING_RESIDENTS = 10;
    uint256 internal constant OUTSIDERS = 2;
    bytes4 internal constant EDGE_BALLOT = "edg";
    bytes4 internal constant REMOVAL_SKIPPED = "skp";

    /// @dev Short chains (1 to 3 hops), where the bound is met all the time, or deep ones (4 to 8).
    function pickDepth(bool deep) internal returns (uint256) {
        uint256 roll = draw(100);
        if (!deep) return roll < 20 ? 1 : roll < 55 ? 2 : 3;
        return roll < 35 ? 4 : roll < 65 ? 5 + draw(3) : 8;
    }

    function residentStep() internal {
        uint256 roll = draw(100);
        if (roll < 35) stepDelegate();
        else if (roll < 39) tryRemove(anyone(), false);
        else if (roll < 45) stepExpire();
        else if (roll < 52) tryAdmit(people[draw(SIGNING_RESIDENTS)], false);
        else if (roll < 60) stepPropose();
        else stepVote();
    }

    /// @dev A proposal; half the time someone's residency is then set to end right at its snapshot.
    function stepPropose() internal {
        tryPropose(anyTopic());
        if (chance(50)) tryAdmit(people[draw(SIGNING_RESIDENTS)], true);
    }

    /// @dev Admits or renews; about a third of admissions run out within the campaign's few days. With
    /// `atSnapshot`, the residency ends in the second before, of, or after a coming snapshot.
    function tryAdmit(address account, bool atSnapshot) internal {
        uint48 expiresAt = uint48(block.timestamp + 365 days);
        uint256 snapshot = comingSnapshot();
        if (atSnapshot && snapshot > block.timestamp + 1) {
            expiresAt = uint48(snapshot - 1 + draw(3));

        } else if (chance(35)) {
            expiresAt = uint48(block.timestamp + 1 hours + draw(3 days));
        }
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](1);
        batch[0] = admission(account, uint32(1 + draw(4)), expiresAt);
        registry.admit(batch);
        model.recordAdmission(account, expiresAt);
        assertTrue(registry.isResident(account));
    }

    /// @dev Sometimes waits until someone's expiry date first; then calls `expire` for someone.
    function stepExpire() internal {
        address account = anyone();
        uint48 expiresAt = model.expiresAtOf(account, block.timestamp);
        if (chance(50) && expiresAt > block.timestamp && expiresAt < block.timestamp + 2 days) {
            vm.warp(expiresAt + draw(2));
        }
        tryRemove(account, true);
    }

    function tryRemove(address account, bool byExpiry) internal {
        bytes memory reason = model.removalOutcome(account, byExpiry);
        address[] memory accounts = new address[](1);
        accounts[0] = account;
        (bool ok, bytes memory returned) = address(registry).call(
            byExpiry
                ? abi.encodeCall(ResidentRegistry.expire, (accounts))
                : abi.encodeCall(ResidentRegistry.revoke, (accounts, bytes32("moved away")))
        );
        expectOutcome(ok, returned, reason, byExpiry ? "expire" : "revoke");
        if (!ok) {
            ++seen[bytes4(reason)];
            return;
        }
        if (!model.memberAt(account, block.timestamp)) {
            // already left: skipped, so that nobody can make a registrar's batch fail
            ++seen[REMOVAL_SKIPPED];
            return;
        }
        ++seen[REMOVED];
        model.recordRemoval(account);
    }

    /// @dev Someone whose residency ends within a second of the proposal's snapshot (counted as EDGE_BALLOT).
    function edgeVoter(uint256 proposalId) internal override returns (address) {
        uint256 snapshot = governor.proposalSnapshot(proposalId);

        uint256 offset = draw(SIGNING_RESIDENTS);
        for (uint256 i; i < SIGNING_RESIDENTS; ++i) {
            address candidate = people[(offset + i) % SIGNING_RESIDENTS];
            uint256 expiresAt = model.expiresAtOf(candidate, snapshot);
            if (model.memberAt(candidate, snapshot) && expiresAt + 1 >= snapshot && expiresAt <= snapshot + 1) {
                ++seen[EDGE_BALLOT];
                return candidate;
            }
        }
        return someActor();
    }

    /// @dev Residency now and eligibility at every snapshot agree with the model's own history.
    function checkResidency() internal view {
        for (uint256 i; i < people.length; ++i) {
            assertEq(registry.isResident(people[i]), model.isResidentNow(people[i]), "isResident");
            (bool member, uint48 expiresAt,) = registry.residencyOf(people[i]);
            assertEq(member, model.memberAt(people[i], block.timestamp));
            assertEq(expiresAt, model.expiresAtOf(people[i], block.timestamp));
        }
        assertEq(registry.residentCount(), model.totalUnitsAt(block.timestamp), "residentCount");
        for (uint256 p; p < proposals.length; ++p) {
            uint256 snapshot = governor.proposalSnapshot(proposals[p]);
            if (snapshot >= block.timestamp) continue;
            for (uint256 i; i < people.length; ++i) {
                (, bool eligible) = registry.districtAt(people[i], snapshot);
                assertEq(eligible, model.eligibleAt(people[i], snapshot), "eligible at snapshot");
            }
        }
    }
}
