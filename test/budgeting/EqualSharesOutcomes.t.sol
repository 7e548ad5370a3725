// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {IRoundResults} from "../../contracts/budgeting/IRoundResults.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

contract EqualSharesOutcomesTest is BudgetingFixture {
    uint32 internal constant WINDOW = 3 days;
    uint96 internal constant BOND = 1 ether;

    uint256 internal roundId;
    bytes32 internal commitment;
    address internal challenger = makeAddr("challenger");

    function setUp() public {
        setUpBudgeting(4, 6);
        IBudgetRounds.RoundConfig memory config = equalSharesConfig(100, WINDOW, BOND);
        config.counting.minSupport = 1;
        roundId = openRound(config);
        submit(resident(0), roundId, 60);
        submit(resident(0), roundId, 50);
        submit(resident(0), roundId, 40);
        submit(resident(0), roundId, 30);
        submit(resident(0), roundId, 10);
        toReview(roundId);
        acceptAll(roundId);
        vm.startPrank(council);
        rounds.rejectProject(roundId, 3, keccak256("not feasible"));
        rounds.declareExclusiveGroup(roundId, ids(1, 2));
        vm.stopPrank();
        toVoting(roundId);
        vote(resident(0), roundId, ids(0, 1));
        vote(resident(1), roundId, ids(0, 2));
        vote(resident(2), roundId, ids(1, 2));
        vm.deal(challenger, 10 ether);
    }

    function closeVoting() internal {
        toResult(roundId);
        (commitment,) = rounds.ballotCommitment(roundId);
    }

    function propose(uint8[] memory projects) internal {
        vm.prank(council);
        results.proposeOutcome(roundId, projects, IBudgetRounds.Completion.Add1, commitment);
    }

    function expectProposeRevert(
        uint8[] memory projects,
        IBudgetRounds.Completion completion,
        bytes32 claimed,
        bytes memory error
    ) internal {
        vm.prank(council);
        vm.expectRevert(error);
        results.proposeOutcome(roundId, projects, completion, claimed);
    }

    // ─── Proposing ───────────────────────────────────────────────────────────────────────────────

    function test_propose_opensTheChallengeWindow() public {
        closeVoting();
        uint48 end = uint48(block.timestamp) + WINDOW;
        vm.expectEmit(address(results));
        emit IRoundResults.OutcomeProposed(
            roundId, council, ids(0, 2), 100, IBudgetRounds.Completion.Add1, commitment, end
        );
        propose(ids(0, 2));

        IRoundResults.Result memory result = results.resultOf(roundId);
        assertEq(uint8(result.status), uint8(IRoundResults.ResultStatus.Proposed));
        assertEq(result.challengeEnd, end);
        assertEq(result.spent, 100);
        assertEq(result.ballotCommitment, commitment);
        assertEq(abi.encode(results.selectedProjects(roundId)), abi.encode(ids(0, 2)));
        assertFalse(results.isSelected(roundId, 0), "nothing is funded before the outcome is final");
        vm.expectRevert(abi.encodeWithSelector(IRoundResults.ResultProjectNotFunded.selector, roundId, 0));
        results.fundingTerms(roundId, 0);
    }

    function test_propose_onlyAfterVotingByTheCouncilOnEqualSharesRounds() public {
        expectProposeRevert(
            ids(0),
            IBudgetRounds.Completion.Add1,
            bytes32(0),
            abi.encodeWithSelector(IRoundResults.ResultVotingNotClosed.selector, roundId, IBudgetRounds.Phase.Voting)
        );
        closeVoting();
        bytes32 councilRole = results.COUNCIL_ROLE();
        vm.prank(resident(0));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, resident(0), councilRole)
        );
        results.proposeOutcome(roundId, ids(0), IBudgetRounds.Completion.Add1, commitment);

        uint256 greedy = votingRound(approvalConfig(100), costs(10, 20, 30));
        toResult(greedy);
        (bytes32 greedyCommitment,) = rounds.ballotCommitment(greedy);
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(IRoundResults.ResultWrongRule.selector, greedy, IBudgetRounds.CountingRule.Greedy)
        );
        results.proposeOutcome(greedy, ids(0), IBudgetRounds.Completion.Add1, greedyCommitment);
    }

    function test_propose_mustNameTheRoundsCompletionAndCommitment() public {
        closeVoting();
        expectProposeRevert(
            ids(0),
            IBudgetRounds.Completion.Add1Exhaustive,
            commitment,
            abi.encodeWithSelector(
                IRoundResults.OutcomeCompletionMismatch.selector,
                roundId,
                IBudgetRounds.Completion.Add1Exhaustive,
                IBudgetRounds.Completion.Add1
            )
        );
        bytes32 stale = keccak256("ballots of yesterday");
        expectProposeRevert(
            ids(0),
            IBudgetRounds.Completion.Add1,
            stale,
            abi.encodeWithSelector(IRoundResults.OutcomeCommitmentMismatch.selector, roundId, stale, commitment)
        );
    }

    function test_propose_cheapChecks() public {
        closeVoting();
        IBudgetRounds.Completion add1 = IBudgetRounds.Completion.Add1;
        expectProposeRevert(
            ids(1, 0),
            add1,
            commitment,
            abi.encodeWithSelector(IRoundResults.OutcomeProjectsNotAscending.selector, roundId, 1, 0)
        );
        // rejected
        expectProposeRevert(
            ids(3),
            add1,
            commitment,
            abi.encodeWithSelector(IRoundResults.OutcomeProjectNotEligible.selector, roundId, 3)
        );
        // below the minimum support (nobody voted for it)
        expectProposeRevert(
            ids(4),
            add1,
            commitment,
            abi.encodeWithSelector(IRoundResults.OutcomeProjectNotEligible.selector, roundId, 4)
        );
        // unknown
        expectProposeRevert(
            ids(9),
            add1,
            commitment,
            abi.encodeWithSelector(IRoundResults.OutcomeProjectNotEligible.selector, roundId, 9)
        );
        expectProposeRevert(
            ids(1, 2),
            add1,
            commitment,
            abi.encodeWithSelector(IRoundResults.OutcomeExclusiveGroupConflict.selector, roundId, 1, 2)
        );
        expectProposeRevert(
            ids(0, 1),
            add1,
            commitment,
            abi.encodeWithSelector(IRoundResults.OutcomeOverBudget.selector, roundId, 110, 100)
        );
    }

    // ─── Finalising ──────────────────────────────────────────────────────────────────────────────

    function test_finalise_afterAnUnchallengedWindow() public {
        closeVoting();
        propose(ids(0, 2));
        uint48 end = results.resultOf(roundId).challengeEnd;
        vm.warp(end - 1);
        vm.expectRevert(abi.encodeWithSelector(IRoundResults.OutcomeChallengeWindowOpen.selector, roundId, end));
        results.finaliseOutcome(roundId);

        vm.warp(end);
        vm.expectEmit(address(results));
        emit IRoundResults.ResultFinalised(roundId, ids(0, 2), 100, commitment);
        results.finaliseOutcome(roundId);
        assertTrue(results.isSelected(roundId, 0));
        assertTrue(results.isSelected(roundId, 2));
        (, uint256 cost) = results.fundingTerms(roundId, 2);
        assertEq(cost, 40);
        vm.expectRevert(
            abi.encodeWithSelector(IRoundResults.ResultWrongStatus.selector, roundId, IRoundResults.ResultStatus.Final)
        );
        results.finaliseOutcome(roundId);
    }

    // ─── Challenges ──────────────────────────────────────────────────────────────────────────────

    function challenge(uint256 value) internal {
        vm.prank(challenger);
        results.challengeOutcome{value: value}(roundId, keccak256("recomputed: {1}"));
    }

    function test_challenge_freezesTheOutcome() public {
        closeVoting();
        propose(ids(0, 2));
        vm.expectEmit(address(results));
        emit IRoundResults.OutcomeChallenged(roundId, challenger, BOND, keccak256("recomputed: {1}"));
        challenge(BOND);
        assertEq(uint8(results.resultOf(roundId).status), uint8(IRoundResults.ResultStatus.Challenged));
        (address who, uint256 bond) = results.challengeOf(roundId);
        assertEq(who, challenger);
        assertEq(bond, BOND);
        assertEq(address(results).balance, BOND);

        vm.warp(block.timestamp + WINDOW + 30 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRoundResults.ResultWrongStatus.selector, roundId, IRoundResults.ResultStatus.Challenged
            )
        );
        results.finaliseOutcome(roundId);
        assertFalse(results.isSelected(roundId, 0));
    }

    function test_challenge_needsTheExactBondWithinTheWindow() public {
        closeVoting();
        vm.prank(challenger);
        vm.expectRevert(
            abi.encodeWithSelector(IRoundResults.ResultWrongStatus.selector, roundId, IRoundResults.ResultStatus.None)
        );
        results.challengeOutcome{value: BOND}(roundId, 0);

        propose(ids(0, 2));
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(IRoundResults.OutcomeWrongBond.selector, roundId, BOND - 1, BOND));
        results.challengeOutcome{value: BOND - 1}(roundId, 0);

        uint48 end = results.resultOf(roundId).challengeEnd;
        vm.warp(end);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(IRoundResults.OutcomeChallengeWindowClosed.selector, roundId, end));
        results.challengeOutcome{value: BOND}(roundId, 0);
    }

    function test_upheldChallenge_discardsTheOutcomeAndReturnsTheBond() public {
        closeVoting();
        propose(ids(0, 2));
        challenge(BOND);

        vm.expectEmit(address(results));
        emit IRoundResults.ChallengeUpheld(roundId, challenger, BOND, keccak256("recount agrees"));
        vm.prank(address(timelock));
        results.resolveChallenge(roundId, true, keccak256("recount agrees"));
        assertEq(uint8(results.resultOf(roundId).status), uint8(IRoundResults.ResultStatus.None));
        assertEq(results.resultOf(roundId).selected, 0);
        assertEq(results.bondRefundOf(challenger), BOND);

        uint256 before = challenger.balance;
        vm.expectEmit(address(results));
        emit IRoundResults.BondWithdrawn(challenger, BOND);
        vm.prank(challenger);
        results.withdrawBond();
        assertEq(challenger.balance, before + BOND);
        assertEq(results.bondRefundOf(challenger), 0);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(IRoundResults.ResultNothingToWithdraw.selector, challenger));
        results.withdrawBond();

        // the corrected outcome gets a window of its own
        propose(ids(1));
        vm.warp(block.timestamp + WINDOW);
        results.finaliseOutcome(roundId);
        assertTrue(results.isSelected(roundId, 1));
        assertFalse(results.isSelected(roundId, 2));
    }

    function test_rejectedChallenge_forfeitsTheBondAndReopensAWholeWindow() public {
        closeVoting();
        propose(ids(0, 2));
        challenge(BOND);
        vm.warp(block.timestamp + 1 days);

        uint256 treasuryBefore = address(timelock).balance;
        uint48 reopenedEnd = uint48(block.timestamp) + WINDOW;
        vm.expectEmit(address(results));
        emit IRoundResults.ChallengeRejected(roundId, challenger, BOND, keccak256("outcome is right"));
        vm.expectEmit(address(results));
        emit IRoundResults.ChallengeWindowReopened(roundId, reopenedEnd);
        vm.prank(address(timelock));
        results.resolveChallenge(roundId, false, keccak256("outcome is right"));
        assertEq(address(timelock).balance, treasuryBefore + BOND);
        assertEq(results.bondRefundOf(challenger), 0);
        IRoundResults.Result memory result = results.resultOf(roundId);
        assertEq(uint8(result.status), uint8(IRoundResults.ResultStatus.Proposed));
        assertEq(result.challengeEnd, reopenedEnd, "a whole window from the rejection");

        vm.warp(reopenedEnd - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IRoundResults.OutcomeChallengeWindowOpen.selector, roundId, reopenedEnd)
        );
        results.finaliseOutcome(roundId);
        vm.warp(reopenedEnd);
        results.finaliseOutcome(roundId);
        assertTrue(results.isSelected(roundId, 2));
    }

    /// @dev Issue 12, finding 3: a frivolous challenge in the window's last second froze the outcome until
    /// governance rejected it, after the window's end, and the outcome was then final-able at once: nobody
    /// else could challenge it. Now the rejection reopens a whole window.
    function test_frivolousChallenge_cannotKeepOthersFromChallenging() public {
        closeVoting();
        propose(ids(0, 2));
        uint48 end = results.resultOf(roundId).challengeEnd;
        vm.warp(end - 1);
        address friend = makeAddr("friend of the council");
        vm.deal(friend, BOND);
        vm.prank(friend);
        results.challengeOutcome{value: BOND}(roundId, keccak256("nothing"));

        // governance takes a week to reject it
        vm.warp(end + 7 days);
        vm.prank(address(timelock));
        results.resolveChallenge(roundId, false, keccak256("frivolous"));
        vm.expectRevert();
        results.finaliseOutcome(roundId);

        // the honest challenger still has its whole window
        vm.warp(block.timestamp + WINDOW - 1);
        challenge(BOND);
        (address who,) = results.challengeOf(roundId);
        assertEq(who, challenger);
    }

    function test_resolveChallenge_onlyGovernanceOnlyWhenChallenged() public {
        closeVoting();
        propose(ids(0, 2));
        vm.prank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(
                IRoundResults.ResultWrongStatus.selector, roundId, IRoundResults.ResultStatus.Proposed
            )
        );
        results.resolveChallenge(roundId, true, 0);

        challenge(BOND);
        bytes32 adminRole = results.DEFAULT_ADMIN_ROLE();
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, council, adminRole)
        );
        results.resolveChallenge(roundId, true, 0);
    }
}
