// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {LiquidTally} from "../../contracts/governance/LiquidTally.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {DifferentialCampaign} from "../utils/DifferentialCampaign.sol";
import {LiquidModel} from "../utils/LiquidModel.sol";

/**
 * @notice Differential campaign in resident mode: each fuzz run is one generated city history (residents
 * admitted, renewed, revoked, expiring with and without cleanup; delegations, re-delegations and
 * revocations on three topics; proposals with different snapshots and topics; ballots and overrides),
 * checked step by step against {LiquidModel}. `FOUNDRY_PROFILE=deep` runs 10,000 histories.
 */
contract LiquidDifferentialTest is DifferentialCampaign {
    uint256 internal constant SIGNING_RESIDENTS = 10;
    uint256 internal constant OUTSIDERS = 2;
    uint256 internal constant OPENING_DELEGATIONS = 12;
    uint256 internal constant STEPS = 40;
    bytes4 internal constant EDGE_BALLOT = "edg";

    /// @dev One deployment per maximum chain length 1..8, so a run only picks one.
    ResidentRegistry[9] internal registries;
    PolityGovernor[9] internal governors;

    function setUp() public {
        vm.warp(START_TIME);
        for (uint256 depth = 1; depth <= 8; ++depth) {
            (ResidentRegistry registry_,, PolityGovernor governor_) = deployResidentCity(depth, campaignSettings());
            registries[depth] = registry_;
            governors[depth] = governor_;
        }
        addPeople(SIGNING_RESIDENTS, OUTSIDERS);
    }

    /// @dev The input is only a seed: collecting a dictionary from storage would only cost time.
    /// forge-config: default.fuzz.include-storage = false
    /// forge-config: default.fuzz.include-push-bytes = false
    /// forge-config: default.fuzz.dictionary-weight = 0
    /// forge-config: deep.fuzz.include-storage = false
    /// forge-config: deep.fuzz.include-push-bytes = false
    /// forge-config: deep.fuzz.dictionary-weight = 0
    function testFuzz_residentCityMatchesModel(uint256 seed) public {
        runCity(seed);
    }

    /**
     * @notice The generator reaches every path the campaign is meant to compare: accepted, unchanged and
     * refused delegations (non-resident, cycle, too long), chains at the deployment's bound, counted and
     * refused ballots (ineligible, already voted), overrides, revocations, cleanups and premature cleanups.
     */
    function test_campaignReachesEveryPath() public {
        bytes4[12] memory outcomes = [
            DELEGATED,
            UNCHANGED,
            ResidentRegistry.ResidentRegistryNotResident.selector,
            ILiquidVotes.LiquidVotesDelegationCycle.selector,
            ILiquidVotes.LiquidVotesChainTooLong.selector,
            COUNTED,
            OVERRIDE,
            LiquidTally.LiquidTallyIneligibleVoter.selector,
            IGovernor.GovernorAlreadyCastVote.selector,
            REMOVED,
            ResidentRegistry.ResidentRegistryNotExpired.selector,
            EDGE_BALLOT
        ];
        string[12] memory names = [
            "delegations applied",
            "delegations unchanged",
            "refused: not a resident",
            "refused: cycle",
            "refused: chain too long",
            "ballots counted",
            "overrides (VoteReduced)",
            "refused: ineligible voter",
            "refused: already voted",
            "residents removed",
            "refused: not expired",
            "ballots by residents expiring at the snapshot +-1s"
        ];
        uint256[12] memory totals;
        uint256 deepestAtBound;
        for (uint256 seed; seed < 40; ++seed) {
            uint256 state = vm.snapshotState();
            runCity(seed);
            for (uint256 i; i < outcomes.length; ++i) {
                totals[i] += seen[outcomes[i]];
            }
            if (longestChainSeen == model.maxDepth() && longestChainSeen > deepestAtBound) {
                deepestAtBound = longestChainSeen;
            }
            vm.revertToState(state);
        }
        for (uint256 i; i < outcomes.length; ++i) {
            emit log_named_uint(names[i], totals[i]);
            assertGt(totals[i], 0, "a campaign path is never reached");
        }
        assertGe(deepestAtBound, 4, "chains never reach a deep bound");
    }

    /// @dev One generated history, checked against the model throughout and at the end.
    function runCity(uint256 seed) internal {
        seedCampaign(seed);
        uint256 depth = pickDepth();
        registry = registries[depth];
        governor = governors[depth];
        source = registry;
        model = new LiquidModel(depth, TOPICS, true);
        for (uint256 i; i < people.length; ++i) {
            model.track(people[i]);
        }
        uint256 founders = 4 + draw(SIGNING_RESIDENTS - 3);
        for (uint256 i; i < founders; ++i) {
            tryAdmit(people[i], false);
        }

        for (uint256 i; i < OPENING_DELEGATIONS; ++i) {
            stepDelegate();
        }
        tryPropose(anyTopic());
        for (uint256 step; step < STEPS; ++step) {
            passTime();
            residentStep();
        }

        checkAllCounts();
        checkCurrentReads();
        checkResidency();
        vm.warp(block.timestamp + 1);
        checkPastReads();
    }

    /// @dev Short chains are the common case; 8 (the bound) and 1 (no chains at all) are the edges.
    function pickDepth() internal returns (uint256) {
        uint256 roll = draw(100);
        if (roll < 10) return 1;
        if (roll < 30) return 2;
        if (roll < 55) return 3;
        if (roll < 70) return 4;
        if (roll < 80) return 5 + draw(3);
        return 8;
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

