// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {LiquidTally} from "../../contracts/governance/LiquidTally.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {ResidentCampaign} from "../utils/ResidentCampaign.sol";
import {LiquidModel} from "../utils/LiquidModel.sol";

/**
 * @notice Differential campaign in resident mode: each fuzz run is one generated city history (residents
 * admitted, renewed, revoked, expiring with and without cleanup; delegations, re-delegations and
 * revocations on three topics; proposals with different snapshots and topics; ballots and overrides),
 * checked step by step against {LiquidModel}. `FOUNDRY_PROFILE=deep` runs 10,000 histories (5,000 with
 * short chains, 5,000 with deep ones); the default profile 256.
 */
contract LiquidDifferentialTest is ResidentCampaign {
    uint256 internal constant OPENING_DELEGATIONS = 12;
    uint256 internal constant STEPS = 40;

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

    /// @dev Histories with chains of at most 1 to 3 hops. The input is only a seed: collecting a dictionary
    /// from storage would only cost time. Half of the campaign each, so that both cores run it.
    /// forge-config: default.fuzz.runs = 128
    /// forge-config: default.fuzz.include-storage = false
    /// forge-config: default.fuzz.include-push-bytes = false
    /// forge-config: default.fuzz.dictionary-weight = 0
    /// forge-config: deep.fuzz.runs = 5000
    /// forge-config: deep.fuzz.include-storage = false
    /// forge-config: deep.fuzz.include-push-bytes = false
    /// forge-config: deep.fuzz.dictionary-weight = 0
    function testFuzz_shortChainCityMatchesModel(uint256 seed) public {
        runCity(seed, false);
    }

    /// @dev Histories with chains of at most 4 to 8 hops.
    /// forge-config: default.fuzz.runs = 128
    /// forge-config: default.fuzz.include-storage = false
    /// forge-config: default.fuzz.include-push-bytes = false
    /// forge-config: default.fuzz.dictionary-weight = 0
    /// forge-config: deep.fuzz.runs = 5000
    /// forge-config: deep.fuzz.include-storage = false
    /// forge-config: deep.fuzz.include-push-bytes = false
    /// forge-config: deep.fuzz.dictionary-weight = 0
    function testFuzz_deepChainCityMatchesModel(uint256 seed) public {
        runCity(seed, true);
    }

    /**
     * @notice The generator reaches every path the campaign is meant to compare: accepted, unchanged and
     * refused delegations (non-resident, cycle), chains longer than the reach, counted and
     * refused ballots (ineligible, already voted), overrides, revocations, cleanups and premature cleanups.
     */
    function test_campaignReachesEveryPath() public {
        bytes4[12] memory outcomes = [
            DELEGATED,
            UNCHANGED,
            ResidentRegistry.ResidentRegistryNotResident.selector,
            ILiquidVotes.LiquidVotesDelegationCycle.selector,
            BEYOND_REACH,
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
            "accepted: a chain longer than the maximum depth",
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
        measureChains = true;
        for (uint256 seed; seed < 40; ++seed) {
            uint256 state = vm.snapshotState();
            runCity(seed, seed % 2 == 1);
            for (uint256 i; i < outcomes.length; ++i) {
                totals[i] += seen[outcomes[i]];
            }
            if (longestChainSeen >= model.maxDepth() && model.maxDepth() > deepestAtBound) {
                deepestAtBound = model.maxDepth();
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
    function runCity(uint256 seed, bool deepChains) internal {
        seedCampaign(seed);
        uint256 depth = pickDepth(deepChains);
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
}
