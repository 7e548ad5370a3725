// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {IRoundResults} from "../../contracts/budgeting/IRoundResults.sol";
import {GreedySelection} from "../../contracts/budgeting/GreedySelection.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

/// @dev Exposes the library to the fuzzer.
contract GreedyHarness {
    function select(IBudgetRounds.ProjectCount[] memory counts, uint256 budget, uint256 minSupport, bool stop)
        external
        pure
        returns (uint256 selected, uint256 spent)
    {
        return GreedySelection.select(counts, budget, minSupport, stop);
    }
}

/**
 * @dev The obviously-right greedy: repeatedly take the best remaining eligible project (accepted, supported,
 * at least the threshold) by comparing
 * every pair (support higher, then cost lower, then id lower), fund it if its group is free and it fits,
 * skip or stop otherwise. No sorting, no packing.
 */
library GreedyModel {
    function run(IBudgetRounds.ProjectCount[] memory counts, uint256 budget, uint256 minSupport, bool stop)
        internal
        pure
        returns (uint256 selected, uint256 spent)
    {
        bool[] memory done = new bool[](counts.length);
        bool[256] memory groupFunded;
        uint256 remaining = budget;
        while (true) {
            (bool found, uint256 best) = (false, 0);
            for (uint256 i; i < counts.length; ++i) {
                if (done[i] || !counts[i].accepted || counts[i].support == 0 || counts[i].support < minSupport) {
                    continue;
                }
                if (!found || better(counts[i], i, counts[best], best)) (found, best) = (true, i);
            }
            if (!found) break;
            done[best] = true;
            uint8 group = counts[best].group;
            if (group != 0 && groupFunded[group]) continue;
            if (counts[best].cost > remaining) {
                if (stop) break;
                continue;
            }
            remaining -= counts[best].cost;
            selected |= uint256(1) << best;
            if (group != 0) groupFunded[group] = true;
        }
        spent = budget - remaining;
    }

    function better(IBudgetRounds.ProjectCount memory a, uint256 ia, IBudgetRounds.ProjectCount memory b, uint256 ib)
        private
        pure
        returns (bool)
    {
        if (a.support != b.support) return a.support > b.support;
        if (a.cost != b.cost) return a.cost < b.cost;
        return ia < ib;
    }
}

contract GreedyResultsTest is BudgetingFixture {
    GreedyHarness internal harness = new GreedyHarness();

    function setUp() public {
        setUpBudgeting(4, 12);
    }

    /// @dev A voting round over `prices` in which resident i approves the projects in `ballots[i]`.
    function countedRound(IBudgetRounds.RoundConfig memory config, uint128[] memory prices, uint8[][] memory ballots)
        internal
        returns (uint256 roundId)
    {
        roundId = votingRound(config, prices);
        for (uint256 i; i < ballots.length; ++i) {
            if (ballots[i].length != 0) vote(resident(i), roundId, ballots[i]);
        }
        toResult(roundId);
    }

    function threeBallots(uint8[] memory a, uint8[] memory b, uint8[] memory c)
        internal
        pure
        returns (uint8[][] memory list)
    {
        list = new uint8[][](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    // ─── The rule ────────────────────────────────────────────────────────────────────────────────

    function test_greedy_skipsWhatDoesNotFit() public {
        // support: p0 3, p1 2, p2 1; p1 does not fit after p0, p2 does
        uint256 roundId =
            countedRound(approvalConfig(100), costs(60, 50, 40), threeBallots(ids(0, 1, 2), ids(0, 1), ids(0)));
        vm.expectEmit(address(results));
        emit IRoundResults.ResultFinalised(roundId, ids(0, 2), 100, commitmentOf(roundId));
        uint8[] memory funded = results.finaliseGreedy(roundId);
        assertEq(abi.encode(funded), abi.encode(ids(0, 2)));
        IRoundResults.Result memory result = results.resultOf(roundId);
        assertEq(uint8(result.status), uint8(IRoundResults.ResultStatus.Final));
        assertEq(result.spent, 100);
        assertEq(result.selected, 0x5);
        assertTrue(results.isSelected(roundId, 0));
        assertFalse(results.isSelected(roundId, 1));
    }

    function test_greedy_stopsAtTheFirstMisfitWhenTheRoundSaysSo() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(100);
        config.counting.stopAtMisfit = true;
        uint256 roundId = countedRound(config, costs(60, 50, 40), threeBallots(ids(0, 1, 2), ids(0, 1), ids(0)));
        assertEq(abi.encode(results.finaliseGreedy(roundId)), abi.encode(ids(0)));
        assertEq(results.resultOf(roundId).spent, 60);
    }

    function test_greedy_minimumSupport() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1000);
        config.counting.minSupport = 2;
        uint256 roundId = countedRound(config, costs(60, 50, 40), threeBallots(ids(0, 1, 2), ids(0, 1), ids(0)));
        assertEq(abi.encode(results.finaliseGreedy(roundId)), abi.encode(ids(0, 1)));
    }

    function test_greedy_projectsNobodySupportsAreNeverFunded() public {
        // plenty of budget left after p0, and no threshold: p1 and p2 still get nothing
        uint256 roundId = countedRound(approvalConfig(1000), costs(60, 50, 40), threeBallots(ids(0), ids(0), ids()));
        assertEq(abi.encode(results.finaliseGreedy(roundId)), abi.encode(ids(0)));
    }

    function test_greedy_exclusiveGroupFundsAtMostOne() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1000);
        config.counting.stopAtMisfit = true; // a blocked project is skipped, never a reason to stop
        uint256 roundId = openRound(config);
        submit(resident(0), roundId, 60);
        submit(resident(0), roundId, 50);
        submit(resident(0), roundId, 40);
        toReview(roundId);
        acceptAll(roundId);
        vm.prank(council);
        rounds.declareExclusiveGroup(roundId, ids(0, 1));
        toVoting(roundId);
        vote(resident(0), roundId, ids(0, 1, 2));
        vote(resident(1), roundId, ids(0, 1));
        vote(resident(2), roundId, ids(0));
        toResult(roundId);
        assertEq(abi.encode(results.finaliseGreedy(roundId)), abi.encode(ids(0, 2)));
    }

    function test_greedy_tiesGoToTheCheaperThenTheLowerId() public {
        // all three have support 1; budget fits two: the cheaper two (p2 30, then p0 and p1 both 40: p0)
        uint256 roundId = countedRound(approvalConfig(70), costs(40, 40, 30), threeBallots(ids(0), ids(1), ids(2)));
        assertEq(abi.encode(results.finaliseGreedy(roundId)), abi.encode(ids(0, 2)));
    }

    function test_greedy_ignoresRejectedProjects() public {
        uint256 roundId = openRound(approvalConfig(1000));
        submit(resident(0), roundId, 60);
        submit(resident(0), roundId, 50);
        toReview(roundId);
        vm.prank(council);
        rounds.acceptProject(roundId, 0);
        toVoting(roundId);
        vote(resident(0), roundId, ids(0));
        toResult(roundId);
        assertEq(abi.encode(results.finaliseGreedy(roundId)), abi.encode(ids(0)));
    }

    function test_greedy_cumulativeUsesPoints() public {
        uint256 roundId = votingRound(cumulativeConfig(100, 3, 3), costs(60, 50, 40));
        voteCumulative(resident(0), roundId, ids(1), pts(3));
        voteCumulative(resident(1), roundId, ids(0, 2), pts(1, 2));
        voteCumulative(resident(2), roundId, ids(0), pts(1));
        toResult(roundId);
        // points: p0 2, p1 3, p2 2 (p2 cheaper than p0): p1 50, p2 40, p0 does not fit
        assertEq(abi.encode(results.finaliseGreedy(roundId)), abi.encode(ids(1, 2)));
    }

    // ─── Errors ──────────────────────────────────────────────────────────────────────────────────

    function test_finaliseGreedy_onlyAfterVotingOnceOnGreedyRounds() public {
        uint256 roundId = votingRound(approvalConfig(100), costs(60, 50, 40));
        vm.expectRevert(
            abi.encodeWithSelector(IRoundResults.ResultVotingNotClosed.selector, roundId, IBudgetRounds.Phase.Voting)
        );
        results.finaliseGreedy(roundId);
        toResult(roundId);
        results.finaliseGreedy(roundId);
        vm.expectRevert(
            abi.encodeWithSelector(IRoundResults.ResultWrongStatus.selector, roundId, IRoundResults.ResultStatus.Final)
        );
        results.finaliseGreedy(roundId);

        uint256 equalShares = votingRound(equalSharesConfig(100, 2 days, 1e15), costs(60, 50, 40));
        toResult(equalShares);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRoundResults.ResultWrongRule.selector, equalShares, IBudgetRounds.CountingRule.EqualShares
            )
        );
        results.finaliseGreedy(equalShares);
    }

    function test_finaliseGreedy_recordsThePhaseTransitions() public {
        uint256 roundId = votingRound(approvalConfig(100), costs(60, 50, 40));
        IBudgetRounds.Timeline memory timeline = rounds.roundConfig(roundId).timeline;
        toResult(roundId);
        vm.expectEmit(address(rounds));
        emit IBudgetRounds.RoundPhaseChanged(
            roundId, IBudgetRounds.Phase.Result, timeline.votingEnd, timeline.votingStart - 1
        );
        results.finaliseGreedy(roundId);
    }

    function test_fundingTerms_onlyForFundedProjects() public {
        uint256 roundId =
            countedRound(approvalConfig(100), costs(60, 50, 40), threeBallots(ids(0, 1, 2), ids(0, 1), ids(0)));
        vm.expectRevert(abi.encodeWithSelector(IRoundResults.ResultProjectNotFunded.selector, roundId, 0));
        results.fundingTerms(roundId, 0);
        results.finaliseGreedy(roundId);
        (, uint256 cost) = results.fundingTerms(roundId, 2);
        assertEq(cost, 40);
        vm.expectRevert(abi.encodeWithSelector(IRoundResults.ResultProjectNotFunded.selector, roundId, 1));
        results.fundingTerms(roundId, 1);
    }

    // ─── Against the model ───────────────────────────────────────────────────────────────────────

    function testFuzz_greedy_matchesTheModel(uint256 seed) public view {
        uint256 r = uint256(keccak256(abi.encode(seed)));
        uint256 count = 1 + r % 256;
        IBudgetRounds.ProjectCount[] memory counts = new IBudgetRounds.ProjectCount[](count);
        uint256 budget = 1 + (r >> 16) % 1_000_000;
        // few distinct supports and costs, so that ties are common
        uint256 supportRange = 1 + (r >> 48) % 20;
        uint256 costRange = 1 + (r >> 64) % 50;
        for (uint256 i; i < count; ++i) {
            uint256 q = uint256(keccak256(abi.encode(seed, i)));
            counts[i] = IBudgetRounds.ProjectCount({
                cost: uint128(1 + (q % costRange) * (budget / costRange + 1) / 3),
                group: (q >> 32) % 4 == 0 ? uint8(1 + (q >> 40) % 8) : 0,
                accepted: (q >> 48) % 8 != 0,
                support: (q >> 56) % supportRange
            });
        }
        uint256 minSupport = (r >> 80) % 3 == 0 ? (r >> 88) % supportRange : 0;
        bool stop = (r >> 96) % 4 == 0;

        (uint256 selected, uint256 spent) = harness.select(counts, budget, minSupport, stop);
        (uint256 expected, uint256 expectedSpent) = GreedyModel.run(counts, budget, minSupport, stop);
        assertEq(selected, expected, "selection");
        assertEq(spent, expectedSpent, "spent");
        assertLe(spent, budget);
    }

    function testFuzz_finaliseGreedy_matchesTheModelOnRealBallots(uint256 seed) public {
        uint256 r = uint256(keccak256(abi.encode(seed)));
        uint256 count = 2 + r % 10;
        uint128 budget = uint128(50 + (r >> 8) % 200);
        uint128[] memory prices = new uint128[](count);
        for (uint256 i; i < count; ++i) {
            prices[i] = uint128(1 + uint256(keccak256(abi.encode(seed, "cost", i))) % budget);
        }
        IBudgetRounds.RoundConfig memory config = approvalConfig(budget);
        config.ballot.minProjects = 0;
        config.counting.stopAtMisfit = (r >> 16) % 3 == 0;
        config.counting.minSupport = uint64((r >> 24) % 4);
        uint256 roundId = votingRound(config, prices);
        for (uint256 v; v < 12; ++v) {
            uint256 bitmap = uint256(keccak256(abi.encode(seed, "ballot", v))) & ((1 << count) - 1);
            uint8[] memory projects = new uint8[](count);
            uint256 n;
            for (uint256 p; p < count; ++p) {
                if ((bitmap >> p) & 1 == 1) projects[n++] = uint8(p);
            }
            assembly ("memory-safe") {
                mstore(projects, n)
            }
            vote(resident(v), roundId, projects);
        }
        toResult(roundId);

        (uint256 expected, uint256 expectedSpent) = GreedyModel.run(
            rounds.projectCounts(roundId), budget, config.counting.minSupport, config.counting.stopAtMisfit
        );
        results.finaliseGreedy(roundId);
        assertEq(results.resultOf(roundId).selected, expected);
        assertEq(results.resultOf(roundId).spent, expectedSpent);
    }

    function commitmentOf(uint256 roundId) internal view returns (bytes32 commitment) {
        (commitment,) = rounds.ballotCommitment(roundId);
    }
}
