// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {LiquidVotesToken} from "../../contracts/membership/LiquidVotesToken.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";
import {Signatures} from "../utils/Signatures.sol";

/// @notice Token mode: balances are the units, transfers move them along every delegated chain.
contract LiquidVotesTokenTest is PolityFixture {
    LiquidVotesToken internal token;
    address internal alice = signingResident(0);
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");
    address internal erin = makeAddr("erin");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        vm.warp(START_TIME);
        (token,,) = deployTokenCity(3, citySettings());
        token.mint(alice, 100);
        token.mint(bob, 10);
        token.mint(carol, 5);
        vm.warp(block.timestamp + 1);
    }

    function test_deployment() public {
        assertEq(token.name(), "Polity Share");
        assertEq(token.symbol(), "PSH");
        assertEq(token.owner(), address(this));
        assertEq(token.maxDepth(), 3);
        assertEq(token.topicCount(), 3);
        assertEq(token.topicName(TRANSPORT), "transport");
        assertEq(token.CLOCK_MODE(), "mode=timestamp");
        assertEq(token.clock(), block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesInvalidMaxDepth.selector, 0, 8));
        new LiquidVotesToken("Bad", "BAD", address(this), 0);
    }

    function test_onlyTheOwnerMintsAndRegistersTopics() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        token.mint(stranger, 1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        token.registerTopic("housing");

        vm.expectEmit(address(token));
        emit ILiquidVotes.TopicRegistered(3, "housing");
        assertEq(token.registerTopic("housing"), 3);
    }

    function test_mintingAddsUnitsAndSupply() public {
        vm.expectEmit(address(token));
        emit IVotes.DelegateVotesChanged(dave, 0, 7);
        token.mint(dave, 7);
        assertEq(token.getVotes(dave), 7);
        vm.warp(block.timestamp + 1);
        assertEq(token.getPastTotalSupply(block.timestamp - 1), 122);
        assertEq(token.getPastTotalSupply(block.timestamp - 2), 115);
    }

    function test_aTransferMovesUnitsAlongEveryDelegatedTopic() public {
        vm.startPrank(alice);
        token.delegate(bob);
        token.delegateOnTopic(TRANSPORT, carol);
        vm.stopPrank();
        vm.prank(dave);
        token.delegateOnTopic(TRANSPORT, erin);
        assertEq(token.getVotes(bob), 110);
        assertEq(token.topicVotes(carol, TRANSPORT), 105);

        vm.expectEmit(address(token));
        emit IVotes.DelegateVotesChanged(bob, 110, 80);
        vm.prank(alice);
        assertTrue(token.transfer(dave, 30));

        assertEq(token.getVotes(alice), 70);
        assertEq(token.getVotes(bob), 80);
        assertEq(token.topicVotes(carol, TRANSPORT), 75);
        assertEq(token.topicVotes(erin, TRANSPORT), 30);
        assertEq(token.topicVotes(erin, GENERAL), 0, "dave delegates only transport");
        assertEq(token.getVotes(dave), 30);
        assertEq(token.topicVotes(bob, EDUCATION), 10);
    }

    function test_balanceHistoryIsCheckpointed() public {
        uint256 t = block.timestamp;
        vm.prank(alice);
        assertTrue(token.transfer(bob, 40));
        vm.warp(t + 10);
        vm.prank(bob);
        assertTrue(token.transfer(carol, 50));
        vm.warp(t + 20);
        assertEq(token.getPastBalanceOf(alice, t - 1), 100);
        assertEq(token.getPastBalanceOf(alice, t), 60);
        assertEq(token.getPastBalanceOf(bob, t + 9), 50);
        assertEq(token.getPastBalanceOf(bob, t + 10), 0);
        assertEq(token.pastUnits(carol, t + 10), 55);
        assertEq(token.getPastVotes(carol, t + 10), 55);
        vm.expectRevert(
            abi.encodeWithSelector(ILiquidVotes.ERC5805FutureLookup.selector, t + 20, uint48(t + 20))
        );
        token.getPastBalanceOf(alice, t + 20);
    }

    function test_aSelfTransferChangesNothing() public {
        vm.prank(alice);
        token.delegate(bob);
        vm.prank(alice);
        assertTrue(token.transfer(alice, 60));
        assertEq(token.getVotes(bob), 110);
        assertEq(token.balanceOf(alice), 100);
    }

    function test_anyoneDelegatesToAnyone() public {
        vm.prank(stranger);
        token.delegate(alice);
        vm.prank(alice);
        token.delegateOnTopic(EDUCATION, stranger);
        assertEq(token.topicVotes(stranger, EDUCATION), 100);
        assertEq(token.delegates(stranger), alice);
        assertEq(token.getVotes(alice), 100, "a holder of nothing adds nothing");
    }

    function test_everyoneMayVoteWhateverTheyHold() public {
        vm.prank(alice);
        token.delegate(stranger);
        vm.warp(block.timestamp + 1);
        (bool eligible, uint256 power, uint256 delegated, address delegate_) =
            token.voterAt(stranger, GENERAL, block.timestamp - 1);
        assertTrue(eligible);
        assertEq(power, 100);
        assertEq(uint192(delegated), 100, "alice's 100, one hop below (lane 0)");
        assertEq(delegated >> 248, 3);
        assertEq(delegate_, address(0));
        (eligible, power,,) = token.voterAt(makeAddr("nobody"), GENERAL, block.timestamp - 1);
        assertTrue(eligible);
        assertEq(power, 0);
    }

    function test_cyclesAreRefusedAndLongChainsTruncatedAsInResidentMode() public {
        vm.prank(alice);
        token.delegate(bob);
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesDelegationCycle.selector, bob, alice));
        vm.prank(bob);
        token.delegate(alice);
        vm.prank(bob);
        token.delegate(carol);
        vm.prank(carol);
        token.delegate(dave);
        vm.prank(dave);
        token.delegate(erin);
        assertEq(token.getVotes(erin), 15, "bob's 10 and carol's 5; alice's 100 stop at dave, three hops up");
        assertEq(token.getVotes(dave), 115);
    }

    function test_permitAndDelegateBySigShareOneNonceSequence() public {
        uint256 key = residentKey(0);
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 permitHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                alice,
                bob,
                1,
                0,
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, Signatures.digest(token.DOMAIN_SEPARATOR(), permitHash));
        token.permit(alice, bob, 1, deadline, v, r, s);
        assertEq(token.nonces(alice), 1);

        (v, r, s) = vm.sign(key, Signatures.delegationDigest(address(token), carol, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 1));
        token.delegateBySig(carol, 0, deadline, v, r, s);
        (v, r, s) = vm.sign(key, Signatures.delegationDigest(address(token), carol, 1, deadline));
        token.delegateBySig(carol, 1, deadline, v, r, s);
        assertEq(token.delegates(alice), carol);
    }
}
