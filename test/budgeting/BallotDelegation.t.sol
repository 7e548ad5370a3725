// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {LiquidTally} from "../../contracts/governance/LiquidTally.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

contract BallotDelegationTest is BudgetingFixture {
    function setUp() public {
        setUpBudgeting(4, 9);
    }

    function delegatedConfig(IBudgetRounds.RoundConfig memory config)
        internal
        pure
        returns (IBudgetRounds.RoundConfig memory)
    {
        config.delegation = true;
        config.topic = TRANSPORT;
        return config;
    }

    function delegatedRound() internal returns (uint256) {
        return votingRound(delegatedConfig(approvalConfig(100)), costs(10, 20, 30));
    }

    function test_delegateCarriesItsDelegatorsOnTheRoundsTopic() public {
        delegateAs(resident(0), TRANSPORT, resident(1));
        delegateAs(resident(2), TRANSPORT, resident(1));
        delegateAs(resident(3), EDUCATION, resident(1)); // another topic: not carried
        delegateAs(resident(4), GENERAL, resident(1)); // the general topic is not the round's either
        uint256 roundId = delegatedRound();

        assertEq(vote(resident(1), roundId, ids(0, 1)), 3);
        assertEq(rounds.supportOf(roundId, 0), 3);
        assertEq(rounds.supportOf(roundId, 1), 3);
    }

    function test_ownBallotOverridesTheDelegateOnEveryProject() public {
        delegateAs(resident(0), TRANSPORT, resident(1));
        delegateAs(resident(2), TRANSPORT, resident(1));
        uint256 roundId = delegatedRound();
        vote(resident(1), roundId, ids(0, 1));

        vm.expectEmit(address(rounds));
        emit IBudgetRounds.BallotWeightReduced(roundId, resident(1), 1, 2, expectedReduction(roundId, resident(1), 2));
        assertEq(vote(resident(0), roundId, ids(2)), 1);

        assertEq(rounds.supportOf(roundId, 0), 2);
        assertEq(rounds.supportOf(roundId, 1), 2);
        assertEq(rounds.supportOf(roundId, 2), 1);
        (,,, uint256 delegateWeight) = rounds.ballotOf(roundId, resident(1));
        assertEq(delegateWeight, 2);
    }

    function test_replacingAfterAnOverrideMovesTheRemainingWeight() public {
        delegateAs(resident(0), TRANSPORT, resident(1));
        delegateAs(resident(2), TRANSPORT, resident(1));
        uint256 roundId = delegatedRound();
        vote(resident(1), roundId, ids(0, 1));
        vote(resident(0), roundId, ids(2));
        assertEq(vote(resident(1), roundId, ids(2)), 2);

        assertEq(rounds.supportOf(roundId, 0), 0);
        assertEq(rounds.supportOf(roundId, 1), 0);
        assertEq(rounds.supportOf(roundId, 2), 3);
        // and the delegator changing their mind does not touch the delegate
        vote(resident(0), roundId, ids(0));
        assertEq(rounds.supportOf(roundId, 0), 1);
        assertEq(rounds.supportOf(roundId, 2), 2);
    }

    function test_delegatorFirstThenDelegateClaimsOnlyTheRest() public {
        delegateAs(resident(0), TRANSPORT, resident(1));
        delegateAs(resident(2), TRANSPORT, resident(1));
        uint256 roundId = delegatedRound();
        assertEq(vote(resident(0), roundId, ids(2)), 1);
        assertEq(vote(resident(1), roundId, ids(0)), 2);
        assertEq(rounds.supportOf(roundId, 0), 2);
        assertEq(rounds.supportOf(roundId, 2), 1);
    }

    function test_overrideAtDepthReducesTheNearestVoterAbove() public {
        // r0 -> r1 -> r2 -> r3
        delegateAs(resident(2), TRANSPORT, resident(3));
        delegateAs(resident(1), TRANSPORT, resident(2));
        delegateAs(resident(0), TRANSPORT, resident(1));
        uint256 roundId = delegatedRound();

        assertEq(vote(resident(3), roundId, ids(0)), 4);
        assertEq(vote(resident(1), roundId, ids(1)), 2); // takes r1 and r0 off r3
        assertEq(vote(resident(0), roundId, ids(2)), 1); // takes r0 off r1, not off r3
        assertEq(rounds.supportOf(roundId, 0), 2);
        assertEq(rounds.supportOf(roundId, 1), 1);
        assertEq(rounds.supportOf(roundId, 2), 1);
        assertEq(vote(resident(2), roundId, ids(0, 1)), 1); // r1 below it already voted
        assertEq(rounds.supportOf(roundId, 0), 2);
        assertEq(rounds.supportOf(roundId, 1), 2);
        (,,, uint256 topWeight) = rounds.ballotOf(roundId, resident(3));
        assertEq(topWeight, 1);
    }

    function test_cumulativeOverrideSubtractsWeightTimesPoints() public {
        delegateAs(resident(0), TRANSPORT, resident(1));
        delegateAs(resident(2), TRANSPORT, resident(1));
        uint256 roundId = votingRound(delegatedConfig(cumulativeConfig(100, 3, 3)), costs(10, 20, 30));
        voteCumulative(resident(1), roundId, ids(0, 2), pts(2, 1));
        assertEq(rounds.supportOf(roundId, 0), 6);
        assertEq(rounds.supportOf(roundId, 2), 3);
        voteCumulative(resident(2), roundId, ids(1), pts(3));
        assertEq(rounds.supportOf(roundId, 0), 4);
        assertEq(rounds.supportOf(roundId, 1), 3);
        assertEq(rounds.supportOf(roundId, 2), 2);
    }

    function test_delegationsAfterTheSnapshotDoNotCount() public {
        delegateAs(resident(0), TRANSPORT, resident(1));
        uint256 roundId = delegatedRound();
        delegateAs(resident(2), TRANSPORT, resident(1));
        delegateAs(resident(0), TRANSPORT, address(0));
        vm.warp(block.timestamp + 1);
        assertEq(vote(resident(1), roundId, ids(0)), 2);
    }

    function test_ineligibleDelegateCannotVoteButItsDelegatorsCan() public {
        address late = makeAddr("late");
        uint256 roundId = delegatedRound();
        admitResident(late, 1, uint48(block.timestamp + 30 days));
        vm.warp(block.timestamp + 1);
        uint48 snapshot = rounds.snapshotOf(roundId);
        vm.prank(late);
        vm.expectRevert(abi.encodeWithSelector(LiquidTally.LiquidTallyIneligibleVoter.selector, late, snapshot));
        rounds.castBallot(roundId, ids(0));
    }

    function test_concurrentRoundsKeepTheirOwnCoveredAmounts() public {
        delegateAs(resident(0), TRANSPORT, resident(1));
        delegateAs(resident(2), TRANSPORT, resident(1));
        uint256 first = openRound(delegatedConfig(approvalConfig(100)));
        uint256 second = openRound(delegatedConfig(approvalConfig(100)));
        for (uint256 roundId = first; roundId <= second; ++roundId) {
            submit(resident(0), roundId, 10);
            submit(resident(0), roundId, 20);
        }
        toReview(first);
        acceptAll(first);
        acceptAll(second);
        toVoting(first);

        vote(resident(0), first, ids(0)); // covers r0 below r1 in the first round only
        assertEq(vote(resident(1), second, ids(1)), 3);
        assertEq(vote(resident(1), first, ids(1)), 2);
        assertEq(rounds.supportOf(second, 1), 3);
        assertEq(rounds.supportOf(first, 1), 2);

        // a later round reuses a lane once both are over: nothing covered there carries over
        toResult(second);
        uint256 third = delegatedRound();
        assertEq(vote(resident(1), third, ids(0)), 3);
    }

    function test_ballotCommitmentIncludesReductions() public {
        delegateAs(resident(0), TRANSPORT, resident(1));
        uint256 roundId = delegatedRound();
        vote(resident(1), roundId, ids(0));
        vote(resident(0), roundId, ids(1));

        bytes32 chain = keccak256(abi.encode(bytes32(0), resident(1), ids(0), new uint16[](0), uint256(2)));
        chain = keccak256(abi.encode(chain, resident(1), uint256(1)));
        chain = keccak256(abi.encode(chain, resident(0), ids(1), new uint16[](0), uint256(1)));
        (bytes32 onChain, uint256 ballots) = rounds.ballotCommitment(roundId);
        assertEq(onChain, chain);
        assertEq(ballots, 2);
    }

    function expectedReduction(uint256 roundId, address delegate, uint256 remaining) private view returns (bytes32) {
        (bytes32 current,) = rounds.ballotCommitment(roundId);
        return keccak256(abi.encode(current, delegate, remaining));
    }
}
