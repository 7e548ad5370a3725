// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {LiquidVotesToken} from "../../contracts/membership/LiquidVotesToken.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {DifferentialCampaign} from "../utils/DifferentialCampaign.sol";
import {LiquidModel} from "../utils/LiquidModel.sol";

/**
 * @notice Differential campaign in token mode: balances are the units (minted, transferred, also in a
 * snapshot's second), anyone may delegate to anyone and vote; the same delegation, ballot and read
 * checks as the resident campaign, against {LiquidModel} without residency.
 */
contract LiquidTokenDifferentialTest is DifferentialCampaign {
    uint256 internal constant SIGNING_HOLDERS = 8;
    uint256 internal constant OUTSIDERS = 2;
    uint256 internal constant OPENING_DELEGATIONS = 10;
    uint256 internal constant STEPS = 36;

    LiquidVotesToken[9] internal tokens;
    PolityGovernor[9] internal governors;
    LiquidVotesToken internal token;

    function setUp() public {
        vm.warp(START_TIME);
        for (uint256 depth = 1; depth <= 8; ++depth) {
            (LiquidVotesToken token_,, PolityGovernor governor_) = deployTokenCity(depth, campaignSettings());
            tokens[depth] = token_;
            governors[depth] = governor_;
        }
        addPeople(SIGNING_HOLDERS, OUTSIDERS);
    }

    /// forge-config: default.fuzz.runs = 64
    /// forge-config: default.fuzz.include-storage = false
    /// forge-config: default.fuzz.include-push-bytes = false
    /// forge-config: default.fuzz.dictionary-weight = 0
    /// forge-config: deep.fuzz.runs = 1000
    /// forge-config: deep.fuzz.include-storage = false
    /// forge-config: deep.fuzz.include-push-bytes = false
    /// forge-config: deep.fuzz.dictionary-weight = 0
    function testFuzz_tokenPolityMatchesModel(uint256 seed) public {
        runPolity(seed);
    }

    /// @notice The token campaign reaches transfers, overrides, cycles and chains longer than the reach.
    function test_tokenCampaignReachesEveryPath() public {
        uint256 overrides;
        uint256 transfers;
        uint256 cycles;
        uint256 beyondReach;
        measureChains = true;
        for (uint256 seed; seed < 20; ++seed) {
            uint256 state = vm.snapshotState();
            runPolity(seed);
            overrides += seen[OVERRIDE];
            transfers += seen[TRANSFERRED];
            cycles += seen[bytes4(keccak256("LiquidVotesDelegationCycle(address,address)"))];
            beyondReach += seen[BEYOND_REACH];
            vm.revertToState(state);
        }
        assertGt(overrides, 0, "no override");
        assertGt(transfers, 0, "no transfer");
        assertGt(cycles, 0, "no cycle refused");
        assertGt(beyondReach, 0, "no chain longer than the maximum depth");
    }

    bytes4 internal constant TRANSFERRED = "trf";

    function runPolity(uint256 seed) internal {
        seedCampaign(seed);
        uint256 depth = 1 + draw(8);
        token = tokens[depth];
        governor = governors[depth];
        source = token;
        model = new LiquidModel(depth, TOPICS, false);
        for (uint256 i; i < people.length; ++i) {
            model.track(people[i]);
        }
        for (uint256 i; i < SIGNING_HOLDERS; ++i) {
            if (chance(80)) mint(people[i], 1 + draw(100));
        }
        vm.warp(block.timestamp + 1);
        for (uint256 i; i < OPENING_DELEGATIONS; ++i) {
            stepDelegate();
        }
        tryPropose(anyTopic());
        for (uint256 step; step < STEPS; ++step) {
            passTime();
            tokenStep();
        }

        checkAllCounts();
        checkCurrentReads();
        for (uint256 i; i < people.length; ++i) {
            assertEq(token.balanceOf(people[i]), model.unitsAt(people[i], block.timestamp), "balance");
        }
        vm.warp(block.timestamp + 1);
        checkPastReads();
    }

    function tokenStep() internal {
        uint256 roll = draw(100);
        if (roll < 35) stepDelegate();
        else if (roll < 50) stepTransfer();
        else if (roll < 54) mint(anyone(), 1 + draw(50));
        else if (roll < 60) tryPropose(anyTopic());
        else stepVote();
    }

    function mint(address to, uint256 amount) internal {
        token.mint(to, amount);
        model.recordUnits(to, model.unitsAt(to, block.timestamp) + amount);
    }

    /// @dev Part or all of someone's balance to anyone (themselves included).
    function stepTransfer() internal {
        address from = anyone();
        uint256 balance = model.unitsAt(from, block.timestamp);
        if (balance == 0) return;
        address to = anyone();
        uint256 amount = 1 + draw(balance);
        vm.prank(from);
        assertTrue(token.transfer(to, amount));
        model.recordUnits(from, balance - amount);
        model.recordUnits(to, model.unitsAt(to, block.timestamp) + amount);
        ++seen[TRANSFERRED];
    }

    /// @dev In token mode everyone may vote; the edge is an account that held nothing at the snapshot.
    function edgeVoter(uint256 proposalId) internal override returns (address) {
        uint256 snapshot = governor.proposalSnapshot(proposalId);
        uint256 offset = draw(people.length);
        for (uint256 i; i < people.length; ++i) {
            address candidate = people[(offset + i) % people.length];
            if (model.unitsAt(candidate, snapshot) == 0) return candidate;
        }
        return anyone();
    }
}
