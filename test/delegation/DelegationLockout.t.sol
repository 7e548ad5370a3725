// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {LiquidVotesToken} from "../../contracts/membership/LiquidVotesToken.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";

/**
 * @notice Issue 12, finding 2: nobody can lock someone else out of delegating. Delegating a line of
 * accounts to a victim used to raise the victim's height to the maximum depth, after which every
 * delegation by the victim was refused (`LiquidVotesChainTooLong`), `delegateAll` failed whole, and revoking
 * the attackers did not help. Now a delegation is accepted whatever hangs below the delegator; what would
 * flow more than `maxDepth` hops is not counted (see docs/liquid-delegation.md, "The counting rule").
 */
contract DelegationLockoutTest is PolityFixture {
    uint256 internal constant DEPTH = 3;

    address internal victim = makeAddr("victim");
    address internal trusted = makeAddr("trusted");
    address internal eva = makeAddr("eva");
    address[DEPTH] internal attackers;

    function setUp() public {
        setUpCity(DEPTH);
        admit(victim);
        admit(trusted);
        admit(eva);
        for (uint256 i; i < DEPTH; ++i) {
            attackers[i] = makeAddr(string.concat("attacker ", vm.toString(i)));
            admit(attackers[i]);
        }
        vm.warp(block.timestamp + 1 hours);
    }

    /// @dev attacker 0 -> attacker 1 -> ... -> victim on `topic`: the victim's height becomes the maximum.
    function attack(uint8 topic) internal {
        for (uint256 i = DEPTH; i > 0; --i) {
            delegateAs(attackers[i - 1], topic, i == DEPTH ? victim : attackers[i]);
        }
    }

    function test_aVictimUnderAFullLineStillDelegates() public {
        attack(GENERAL);
        delegateAs(victim, GENERAL, trusted);
        assertEq(registry.delegates(victim), trusted);

        // attacker 0 is four hops below `trusted`: its unit stops at the victim, three hops up.
        assertEq(registry.getVotes(trusted), 1 + 1 + (DEPTH - 1), "trusted: itself, the victim, attackers 1 and 2");
        assertEq(registry.getVotes(victim), 1 + DEPTH);
        uint256[] memory byDepth = registry.topicVotesByDepth(trusted, GENERAL);
        assertEq(byDepth.length, DEPTH);
        (uint256 one, uint256 two, uint256 three) = (byDepth[0], byDepth[1], byDepth[2]);
        assertEq(one, 1, "the victim, one hop");
        assertEq(two, 1, "attacker 2");
        assertEq(three, 1, "attacker 1; attacker 0 would be the fourth hop");

        // And the vote counts by that rule: the victim's and the attackers' ballots are theirs to cast.
        uint256 proposalId = proposeOn(GENERAL, "after the attack");
        startVoting();
        assertEq(voteAs(trusted, proposalId, FOR), 4);
        assertEq(voteAs(attackers[0], proposalId, AGAINST), 1, "attacker 0 counts only for itself");
        (uint256 against, uint256 for_,) = tally(proposalId);
        assertEq(for_, 4, "attacker 0's vote took nothing from trusted: its unit never reached it");
        assertEq(against, 1);
    }

    function test_theVictimsDelegationDoesNotDependOnTheAttackersStaying() public {
        attack(GENERAL);
        delegateAs(victim, GENERAL, trusted);
        // The attackers leave, or are revoked: nothing about the victim's own choice changes.
        for (uint256 i; i < DEPTH; ++i) {
            revokeResident(attackers[i]);
        }
        assertEq(registry.getVotes(trusted), 2);
        delegateAs(victim, GENERAL, eva);
        assertEq(registry.delegates(victim), eva);
        assertEq(registry.getVotes(eva), 2);
        assertEq(registry.getVotes(trusted), 1);
        delegateAs(victim, GENERAL, address(0));
        assertEq(registry.getVotes(victim), 1);
    }

    function test_delegateAllDoesNotFailBecauseOfOneAttackedTopic() public {
        attack(TRANSPORT);
        vm.prank(victim);
        registry.delegateAll(trusted);
        for (uint8 topic; topic < registry.topicCount(); ++topic) {
            assertEq(registry.delegateOf(victim, topic), trusted);
        }
        assertEq(registry.topicVotes(trusted, GENERAL), 2);
        assertEq(registry.topicVotes(trusted, TRANSPORT), 4, "attacker 0 is beyond three hops");
    }

    /// @notice Delegating to someone whose chain is already at the maximum depth is accepted too.
    function test_delegatingOntoAFullChainIsAccepted() public {
        attack(GENERAL); // attacker 0 -> attacker 1 -> attacker 2 -> victim: three hops.
        delegateAs(eva, GENERAL, attackers[0]);
        assertEq(registry.chainOf(eva, GENERAL).length, DEPTH, "the part of the chain eva's unit reaches");
        assertEq(registry.getVotes(victim), 1 + DEPTH, "eva is four hops below the victim");
        assertEq(registry.getVotes(attackers[2]), 1 + 3, "attackers 0, 1 and eva");
    }

    /// @notice Token mode: tokenless addresses are free to make, and cannot lock a holder out either.
    function test_tokenlessLineCannotLockAHolderOut() public {
        (LiquidVotesToken token,,) = deployTokenCity(DEPTH, citySettings());
        token.mint(victim, 50);
        token.mint(attackers[0], 7);
        for (uint256 i = DEPTH; i > 0; --i) {
            vm.prank(attackers[i - 1]);
            token.delegate(i == DEPTH ? victim : attackers[i]);
        }
        vm.prank(victim);
        token.delegate(trusted);
        assertEq(token.delegates(victim), trusted);
        assertEq(token.getVotes(trusted), 50, "attacker 0's 7 tokens are four hops below trusted");
        assertEq(token.getVotes(victim), 57);
    }
}
