// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "forge-std/Vm.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

contract BallotsTest is BudgetingFixture {
    function setUp() public {
        setUpBudgeting(4, 9);
    }

    // ─── Approval ────────────────────────────────────────────────────────────────────────────────

    function test_approval_countsOneWeightPerProject() public {
        uint256 roundId = votingRound(approvalConfig(100), costs(10, 20, 30));
        assertEq(vote(resident(0), roundId, ids(0, 2)), 1);
        assertEq(vote(resident(1), roundId, ids(2)), 1);

        assertEq(rounds.supportOf(roundId, 0), 1);
        assertEq(rounds.supportOf(roundId, 1), 0);
        assertEq(rounds.supportOf(roundId, 2), 2);
        (bool cast, uint8[] memory projects, uint16[] memory points, uint256 weight) =
            rounds.ballotOf(roundId, resident(0));
        assertTrue(cast);
        assertEq(abi.encode(projects), abi.encode(ids(0, 2)));
        assertEq(points.length, 0);
        assertEq(weight, 1);
        (, uint256 ballots) = rounds.ballotCommitment(roundId);
        assertEq(ballots, 2);
    }

    function test_approval_replacingMovesTheWeight() public {
        uint256 roundId = votingRound(approvalConfig(100), costs(10, 20, 30));
        vote(resident(0), roundId, ids(0, 1));
        vote(resident(1), roundId, ids(1));
        vote(resident(0), roundId, ids(1, 2));

        assertEq(rounds.supportOf(roundId, 0), 0);
        assertEq(rounds.supportOf(roundId, 1), 2);
        assertEq(rounds.supportOf(roundId, 2), 1);
        (, uint8[] memory projects,,) = rounds.ballotOf(roundId, resident(0));
        assertEq(abi.encode(projects), abi.encode(ids(1, 2)));
        (, uint256 ballots) = rounds.ballotCommitment(roundId);
        assertEq(ballots, 2, "a replaced ballot is still one resident");
    }

    function test_approval_emptyBallotWhenNoMinimum() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(100);
        config.ballot.minProjects = 0;
        uint256 roundId = votingRound(config, costs(10, 20, 30));
        vote(resident(0), roundId, ids(0));
        vote(resident(0), roundId, ids());
        assertEq(rounds.supportOf(roundId, 0), 0);
        (bool cast, uint8[] memory projects,,) = rounds.ballotOf(roundId, resident(0));
        assertTrue(cast);
        assertEq(projects.length, 0);
    }

    function test_approval_projectLimits() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(100);
        config.ballot.minProjects = 2;
        config.ballot.maxProjects = 2;
        uint256 roundId = votingRound(config, costs(10, 20, 30));
        expectBallotRevert(
            roundId, ids(0), abi.encodeWithSelector(IBudgetRounds.BallotTooFewProjects.selector, roundId, 1, 2)
        );
        expectBallotRevert(
            roundId, ids(0, 1, 2), abi.encodeWithSelector(IBudgetRounds.BallotTooManyProjects.selector, roundId, 3, 2)
        );
        vote(resident(0), roundId, ids(0, 2));
    }

    function test_ballot_projectsMustBeAscendingWithoutRepeats() public {
        uint256 roundId = votingRound(approvalConfig(100), costs(10, 20, 30));
        expectBallotRevert(
            roundId, ids(1, 0), abi.encodeWithSelector(IBudgetRounds.BallotProjectsNotAscending.selector, roundId, 1, 0)
        );
        expectBallotRevert(
            roundId, ids(1, 1), abi.encodeWithSelector(IBudgetRounds.BallotProjectsNotAscending.selector, roundId, 1, 1)
        );
    }

    function test_ballot_onlyAcceptedProjects() public {
        uint256 roundId = openRound(approvalConfig(100));
        submit(resident(0), roundId, 10);
        submit(resident(0), roundId, 20);
        toReview(roundId);
        vm.prank(council);
        rounds.acceptProject(roundId, 0);
        vm.prank(council);
        rounds.rejectProject(roundId, 1, keccak256("reason"));
        toVoting(roundId);
        expectBallotRevert(
            roundId, ids(0, 1), abi.encodeWithSelector(IBudgetRounds.BallotProjectNotOnBallot.selector, roundId, 1)
        );
        expectBallotRevert(
            roundId, ids(0, 7), abi.encodeWithSelector(IBudgetRounds.BallotProjectNotOnBallot.selector, roundId, 7)
        );
    }

    function test_ballot_onlyWhileVotingIsOpen() public {
        uint256 roundId = openRound(approvalConfig(100));
        submit(resident(0), roundId, 10);
        toReview(roundId);
        acceptAll(roundId);
        expectBallotRevert(
            roundId,
            ids(0),
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundWrongPhase.selector,
                roundId,
                IBudgetRounds.Phase.Review,
                IBudgetRounds.Phase.Voting
            )
        );
        toResult(roundId);
        expectBallotRevert(
            roundId,
            ids(0),
            abi.encodeWithSelector(
                IBudgetRounds.BudgetRoundWrongPhase.selector,
                roundId,
                IBudgetRounds.Phase.Result,
                IBudgetRounds.Phase.Voting
            )
        );
    }

    function test_ballot_wrongEntryPointForTheDesign() public {
        uint256 approval = votingRound(approvalConfig(100), costs(10, 20, 30));
        vm.prank(resident(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRounds.BallotWrongDesign.selector, approval, IBudgetRounds.BallotKind.Approval
            )
        );
        rounds.castCumulativeBallot(approval, ids(0), pts(1));

        uint256 cumulative = votingRound(cumulativeConfig(100, 3, 3), costs(10, 20, 30));
        expectBallotRevert(
            cumulative,
            ids(0),
            abi.encodeWithSelector(
                IBudgetRounds.BallotWrongDesign.selector, cumulative, IBudgetRounds.BallotKind.Cumulative
            )
        );
    }

    // ─── Eligibility ─────────────────────────────────────────────────────────────────────────────

    function test_eligibility_readAtTheSnapshot() public {
        uint256 roundId = votingRound(approvalConfig(100), costs(10, 20, 30));
        uint48 snapshot = rounds.snapshotOf(roundId);

        address newcomer = makeAddr("newcomer");
        admitResident(newcomer, 1, uint48(block.timestamp + 365 days));
        vm.warp(block.timestamp + 1);
        expectBallotRevertFrom(
            newcomer,
            roundId,
            ids(0),
            abi.encodeWithSelector(IBudgetRounds.BallotNotEligible.selector, roundId, newcomer, snapshot)
        );

        // revoked after the snapshot: still votes in this round
        address[] memory leaving = new address[](1);
        leaving[0] = resident(3);
        registry.revoke(leaving, keccak256("moved away"));
        assertEq(vote(resident(3), roundId, ids(0)), 1);

        address visitor = makeAddr("visitor");
        expectBallotRevertFrom(
            visitor,
            roundId,
            ids(0),
            abi.encodeWithSelector(IBudgetRounds.BallotNotEligible.selector, roundId, visitor, snapshot)
        );
    }

    function test_eligibility_districtRoundsOnlyTheirResidents() public {
        IBudgetRounds.RoundConfig memory config = approvalConfig(100);
        config.district = 3;
        uint256 roundId = openRound(config);
        submit(resident(2), roundId, 10);
        toReview(roundId);
        acceptAll(roundId);
        toVoting(roundId);

        vote(resident(2), roundId, ids(0));
        vote(resident(5), roundId, ids(0));
        expectBallotRevertFrom(
            resident(0),
            roundId,
            ids(0),
            abi.encodeWithSelector(IBudgetRounds.BallotWrongDistrict.selector, roundId, resident(0), 1, 3)
        );
        assertEq(rounds.supportOf(roundId, 0), 2);
    }

    // ─── Knapsack ────────────────────────────────────────────────────────────────────────────────

    function test_knapsack_totalCostWithinBudget() public {
        uint256 roundId = votingRound(knapsackConfig(50, 0), costs(10, 20, 30));
        vote(resident(0), roundId, ids(1, 2));
        expectBallotRevert(
            roundId, ids(0, 1, 2), abi.encodeWithSelector(IBudgetRounds.BallotOverBudget.selector, roundId, 60, 50)
        );
    }

    function test_knapsack_minimumShareOfTheBudget() public {
        // 60% of 50 is 30: spending 20 is too little, 30 is enough
        uint256 roundId = votingRound(knapsackConfig(50, 6_000), costs(10, 20, 30));
        expectBallotRevert(
            roundId, ids(1), abi.encodeWithSelector(IBudgetRounds.BallotUnderMinimumSpend.selector, roundId, 20, 30)
        );
        vote(resident(0), roundId, ids(0, 1));
        vote(resident(1), roundId, ids(2));
    }

    function test_knapsack_minimumShareRoundsUp() public {
        // 33.33% of 100 is 33.33: the minimum is 34
        uint256 roundId = votingRound(knapsackConfig(100, 3_333), costs(33, 34, 30));
        expectBallotRevert(
            roundId, ids(0), abi.encodeWithSelector(IBudgetRounds.BallotUnderMinimumSpend.selector, roundId, 33, 34)
        );
        vote(resident(0), roundId, ids(1));
    }

    function test_knapsack_usesRevaluedCosts() public {
        uint256 roundId = openRound(knapsackConfig(50, 0));
        submit(resident(0), roundId, 10);
        submit(resident(0), roundId, 20);
        toReview(roundId);
        vm.prank(council);
        rounds.revalueProject(roundId, 1, 45, keccak256("valuation"));
        acceptAll(roundId);
        toVoting(roundId);
        expectBallotRevert(
            roundId, ids(0, 1), abi.encodeWithSelector(IBudgetRounds.BallotOverBudget.selector, roundId, 55, 50)
        );
    }

    // ─── Cumulative ──────────────────────────────────────────────────────────────────────────────

    function test_cumulative_supportIsPoints() public {
        uint256 roundId = votingRound(cumulativeConfig(100, 3, 3), costs(10, 20, 30));
        voteCumulative(resident(0), roundId, ids(0, 2), pts(1, 2));
        voteCumulative(resident(1), roundId, ids(2), pts(3));
        assertEq(rounds.supportOf(roundId, 0), 1);
        assertEq(rounds.supportOf(roundId, 2), 5);

        voteCumulative(resident(0), roundId, ids(0, 1, 2), pts(1, 1, 1));
        assertEq(rounds.supportOf(roundId, 0), 1);
        assertEq(rounds.supportOf(roundId, 1), 1);
        assertEq(rounds.supportOf(roundId, 2), 4);
        (, uint8[] memory projects, uint16[] memory points,) = rounds.ballotOf(roundId, resident(0));
        assertEq(abi.encode(projects), abi.encode(ids(0, 1, 2)));
        assertEq(abi.encode(points), abi.encode(pts(1, 1, 1)));
    }

    function test_cumulative_rules() public {
        uint256 roundId = votingRound(cumulativeConfig(100, 5, 3), costs(10, 20, 30));
        expectCumulativeRevert(
            roundId,
            ids(0, 1),
            pts(1),
            abi.encodeWithSelector(IBudgetRounds.BallotPointsMismatch.selector, roundId, 2, 1)
        );
        expectCumulativeRevert(
            roundId, ids(0, 1), pts(1, 0), abi.encodeWithSelector(IBudgetRounds.BallotZeroPoints.selector, roundId, 1)
        );
        expectCumulativeRevert(
            roundId,
            ids(0, 1),
            pts(1, 4),
            abi.encodeWithSelector(IBudgetRounds.BallotProjectOverPointLimit.selector, roundId, 1, 4, 3)
        );
        expectCumulativeRevert(
            roundId,
            ids(0, 1, 2),
            pts(2, 2, 2),
            abi.encodeWithSelector(IBudgetRounds.BallotTooManyPoints.selector, roundId, 6, 5)
        );
        expectCumulativeRevert(
            roundId,
            ids(),
            new uint16[](0),
            abi.encodeWithSelector(IBudgetRounds.BallotTooFewProjects.selector, roundId, 0, 1)
        );
        voteCumulative(resident(0), roundId, ids(0, 1, 2), pts(1, 3, 1));
    }

    function test_cumulative_manyEntriesSpanPackedWords() public {
        uint128[] memory prices = new uint128[](40);
        for (uint256 i; i < 40; ++i) {
            prices[i] = uint128(1 + i);
        }
        uint256 roundId = votingRound(cumulativeConfig(1000, 1000, 40), prices);
        uint8[] memory projects = new uint8[](40);
        uint16[] memory points = new uint16[](40);
        for (uint256 i; i < 40; ++i) {
            projects[i] = uint8(i);
            points[i] = uint16(1 + i % 40);
        }
        voteCumulative(resident(0), roundId, projects, points);
        (, uint8[] memory storedProjects, uint16[] memory storedPoints,) = rounds.ballotOf(roundId, resident(0));
        assertEq(abi.encode(storedProjects), abi.encode(projects));
        assertEq(abi.encode(storedPoints), abi.encode(points));
        for (uint256 i; i < 40; ++i) {
            assertEq(rounds.supportOf(roundId, uint8(i)), points[i]);
        }
        // replacing with a shorter ballot leaves nothing of the longer one behind
        voteCumulative(resident(0), roundId, ids(39), pts(7));
        for (uint256 i; i < 39; ++i) {
            assertEq(rounds.supportOf(roundId, uint8(i)), 0);
        }
        assertEq(rounds.supportOf(roundId, 39), 7);
    }

    // ─── Commitment ──────────────────────────────────────────────────────────────────────────────

    function test_commitment_isRecomputableFromTheLogs() public {
        uint256 roundId = votingRound(cumulativeConfig(100, 3, 3), costs(10, 20, 30));
        vm.recordLogs();
        voteCumulative(resident(0), roundId, ids(0, 2), pts(1, 2));
        voteCumulative(resident(1), roundId, ids(2), pts(3));
        voteCumulative(resident(0), roundId, ids(1), pts(3));
        Vm.Log[] memory logs = vm.getRecordedLogs();

        bytes32 chain;
        uint256 seen;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] != IBudgetRounds.BallotCast.selector) continue;
            address voter = address(uint160(uint256(logs[i].topics[2])));
            (uint8[] memory projects, uint16[] memory points, uint256 weight, bytes32 emitted) =
                abi.decode(logs[i].data, (uint8[], uint16[], uint256, bytes32));
            chain = keccak256(abi.encode(chain, voter, projects, points, weight));
            assertEq(chain, emitted);
            ++seen;
        }
        assertEq(seen, 3);
        (bytes32 onChain,) = rounds.ballotCommitment(roundId);
        assertEq(onChain, chain);
    }

    // ─── Helpers ─────────────────────────────────────────────────────────────────────────────────

    function expectBallotRevert(uint256 roundId, uint8[] memory projects, bytes memory error) private {
        expectBallotRevertFrom(resident(0), roundId, projects, error);
    }

    function expectBallotRevertFrom(address voter, uint256 roundId, uint8[] memory projects, bytes memory error)
        private
    {
        vm.prank(voter);
        vm.expectRevert(error);
        rounds.castBallot(roundId, projects);
    }

    function expectCumulativeRevert(
        uint256 roundId,
        uint8[] memory projects,
        uint16[] memory points,
        bytes memory error
    ) private {
        vm.prank(resident(0));
        vm.expectRevert(error);
        rounds.castCumulativeBallot(roundId, projects, points);
    }
}
