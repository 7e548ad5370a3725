// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {GasRecorder} from "./GasRecorder.sol";
import {OZVotesToken, OZVotesExtendedToken} from "./baselines/OZVotesTokens.sol";
import {OZGovernorSimple, OZGovernorOverridable} from "./baselines/OZGovernors.sol";

/**
 * @dev Gas of the voting core beside OpenZeppelin's own Governor, every call its own transaction
 * (profile `bench`). Each governor has the same modules (settings, quorum fraction, timelock, late
 * quorum, guardian); only counting and the votes source differ. Votes are measured on a proposal that
 * already has votes (no first-write of the tally) and, for Polity, in steady state: the proposal reuses
 * the lane of an earlier one (the first proposal's figures are kept as `.coldLanes`).
 */
contract CoreGasBench is GasRecorder {
    uint256 private constant DEPTH = 8;
    uint8 private constant FOR = 1;
    uint8 private constant AGAINST = 0;

    TimelockController private timelock;
    uint256 private nextAccount = 0x100000;

    function setUp() public {
        vm.warp(1_700_000_000);
    }

    function fresh() private returns (address account) {
        account = address(uint160(++nextAccount));
    }

    function freshTimelock() private returns (TimelockController) {
        address[] memory none = new address[](0);
        return new TimelockController(2 days, none, none, address(this));
    }

    function wire(address governor) private {
        timelock.grantRole(timelock.PROPOSER_ROLE(), governor);
        timelock.grantRole(timelock.EXECUTOR_ROLE(), governor);
        timelock.grantRole(timelock.CANCELLER_ROLE(), governor);
    }

    function action() private view returns (address[] memory t, uint256[] memory v, bytes[] memory c) {
        t = new address[](1);
        t[0] = address(timelock);
        v = new uint256[](1);
        c = new bytes[](1);
        c[0] = abi.encodeCall(timelock.getMinDelay, ());
    }

    // ─── OpenZeppelin: GovernorCountingSimple + ERC20Votes ───────────────────────────────────────

    function test_openZeppelinCountingSimple() public {
        timelock = freshTimelock();
        OZVotesToken token = new OZVotesToken();
        OZGovernorSimple governor = new OZGovernorSimple(IVotes(address(token)), timelock);
        wire(address(governor));

        address warmVoter = fresh();
        address plainVoter = fresh();
        address delegate_ = fresh();
        address delegator = fresh();
        address changer = fresh();
        address sameSecond = fresh();
        // The delegate of the delegation rows, apart from `delegate_` so that its extra checkpoints do not
        // lengthen the lookups of the castVote rows.
        address firstDelegate = fresh();
        address[5] memory holders = [warmVoter, plainVoter, delegate_, firstDelegate, delegator];
        for (uint256 i; i < holders.length; ++i) {
            token.mint(holders[i], 100e18);
        }
        token.mint(changer, 100e18);
        token.mint(sameSecond, 100e18);
        for (uint256 i; i < 4; ++i) {
            vm.prank(holders[i]);
            token.delegate(holders[i]);
        }

        // A first delegation to a delegate whose votes last changed in this very second (its own
        // delegation just now): ERC20Votes rewrites that checkpoint in place. Only a delegation in the same
        // block as the delegate's last change sees this; Polity's `.sameSecond` row is the same situation.
        vm.prank(sameSecond);
        token.delegate(firstDelegate);
        record("oz.delegate.first.sameSecond");
        // The usual first delegation: the delegate's votes last changed in an earlier block, so its new
        // checkpoint is a new storage slot, as the new delegate's first record is in Polity.
        vm.warp(block.timestamp + 1);
        vm.prank(changer);
        token.delegate(firstDelegate);
        record("oz.delegate.first");
        vm.warp(block.timestamp + 1);
        vm.prank(changer);
        token.delegate(warmVoter);
        record("oz.delegate.change");
        vm.prank(delegator);
        token.delegate(delegate_);
        vm.warp(block.timestamp + 1);

        (address[] memory t, uint256[] memory v, bytes[] memory c) = action();
        uint256 id = governor.propose(t, v, c, "baseline");
        record("oz.propose");
        vm.warp(block.timestamp + 1 days + 1);

        vm.prank(warmVoter);
        governor.castVote(id, FOR);
        vm.prank(plainVoter);
        governor.castVote(id, FOR);
        record("oz.castVote.noDelegation");
        vm.prank(delegate_);
        governor.castVote(id, FOR);
        record("oz.castVote.delegate");

        vm.warp(block.timestamp + 7 days + 1);
        governor.queue(t, v, c, keccak256("baseline"));
        record("oz.queue");
        vm.warp(block.timestamp + 2 days + 1);
        governor.execute(t, v, c, keccak256("baseline"));
        record("oz.execute");
        writeFigures("core-oz-simple");
    }

    // ─── OpenZeppelin: GovernorCountingOverridable + VotesExtended ───────────────────────────────

    function test_openZeppelinCountingOverridable() public {
        timelock = freshTimelock();
        OZVotesExtendedToken token = new OZVotesExtendedToken();
        OZGovernorOverridable governor = new OZGovernorOverridable(IVotes(address(token)), timelock);
        wire(address(governor));

        address warmVoter = fresh();
        address delegate_ = fresh();
        address delegator = fresh();
        address[3] memory holders = [warmVoter, delegate_, delegator];
        for (uint256 i; i < holders.length; ++i) {
            token.mint(holders[i], 100e18);
        }
        vm.prank(warmVoter);
        token.delegate(warmVoter);
        vm.prank(delegate_);
        token.delegate(delegate_);
        vm.prank(delegator);
        token.delegate(delegate_);
        record("oz.overridable.delegate.first");
        vm.warp(block.timestamp + 1);

        (address[] memory t, uint256[] memory v, bytes[] memory c) = action();
        uint256 id = governor.propose(t, v, c, "baseline");
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(warmVoter);
        governor.castVote(id, FOR);
        vm.prank(delegate_);
        governor.castVote(id, FOR);
        record("oz.overridable.castVote.delegate");
        vm.prank(delegator);
        governor.castOverrideVote(id, AGAINST, "");
        record("oz.castOverrideVote");
        writeFigures("core-oz-overridable");
    }

    // ─── Polity ──────────────────────────────────────────────────────────────────────────────────

    struct City {
        ResidentRegistry registry;
        PolityGovernor governor;
    }

    function city(uint256 topics) private returns (City memory c) {
        return city(topics, DEPTH);
    }

    function city(uint256 topics, uint256 depth) private returns (City memory c) {
        timelock = freshTimelock();
        string[] memory names = new string[](topics - 1);
        for (uint256 i; i < names.length; ++i) {
            names[i] = string.concat("topic-", vm.toString(i + 1));
        }
        c.registry = new ResidentRegistry("Bench City", depth, address(timelock), address(this), names);
        c.governor = new PolityGovernor(
            "Bench City",
            ILiquidVotes(address(c.registry)),
            timelock,
            PolityGovernor.Settings(1 days, 7 days, 0, 1, 2 days, address(this))
        );
        wire(address(c.governor));
    }

    function admitted(City memory c) private returns (address account) {
        account = fresh();
        ResidentRegistry.Admission[] memory one = new ResidentRegistry.Admission[](1);
        one[0] = ResidentRegistry.Admission(account, keccak256(abi.encode(account)), 1, uint48(block.timestamp + 365 days));
        c.registry.admit(one);
    }

    /// @dev `length` residents delegating in a line on `topic`: chain[0] -> chain[1] -> ... -> chain[length-1].
    function line(City memory c, uint8 topic, uint256 length) private returns (address[] memory chain) {
        chain = new address[](length);
        for (uint256 i; i < length; ++i) {
            chain[i] = admitted(c);
        }
        for (uint256 i = length - 1; i > 0; --i) {
            vm.prank(chain[i - 1]);
            c.registry.delegateOnTopic(topic, chain[i]);
        }
    }

    /// @dev One proposal's worth of voting: the figures that depend on delegation.
    function voteRound(uint256 id, string memory suffix) private {
        PolityGovernor governor = polity.governor;
        uint256[3] memory depths = [uint256(1), 4, DEPTH];
        vm.prank(plainVoter);
        governor.castVote(id, FOR);
        record(string.concat("polity.castVote.noDelegation", suffix));
        for (uint256 k; k < 3; ++k) {
            address[] memory chain = delegateLines[k];
            vm.prank(chain[chain.length - 1]);
            governor.castVote(id, FOR);
            record(string.concat("polity.castVote.delegate.depth", vm.toString(depths[k]), suffix));
        }
        for (uint256 k; k < 3; ++k) {
            address[] memory chain = overrideLines[k];
            vm.prank(chain[chain.length - 1]);
            governor.castVote(id, FOR);
            vm.prank(chain[0]);
            governor.castVote(id, AGAINST);
            record(string.concat("polity.override.depth", vm.toString(depths[k]), suffix));
        }
    }

    // Polity scenario state (storage keeps the test under the stack limit).
    City private polity;
    address[][3] private delegateLines;
    address[][3] private overrideLines;
    address private warmVoter;
    address private plainVoter;

    function test_polity() public {
        polity = city(2);
        warmVoter = admitted(polity);
        plainVoter = admitted(polity);
        record("polity.admit");

        // Delegates representing a chain of 1, 4 and D delegators below them, and chains of 1, 4 and D
        // hops whose top votes before the bottom overrides.
        uint256[3] memory depths = [uint256(1), 4, DEPTH];
        for (uint256 k; k < 3; ++k) {
            delegateLines[k] = line(polity, 0, depths[k] + 1);
            overrideLines[k] = line(polity, 0, depths[k] + 1);
        }
        benchDelegation();
        benchMembership();
        benchProposals();
        writeFigures("core-polity");
    }

    function benchDelegation() private {
        ResidentRegistry registry = polity.registry;
        address a = admitted(polity);
        address b = admitted(polity);
        address d = admitted(polity);
        address sameSecond = admitted(polity);
        // As OpenZeppelin's row: the delegate was admitted in an earlier block, and nobody delegated to it
        // yet, so its first record of delegated units is a new storage slot.
        vm.warp(block.timestamp + 1);
        vm.prank(a);
        registry.delegate(b);
        record("polity.delegate.first");
        // The delegate's record was written in this very second (just above): rewritten in place, the
        // situation of OpenZeppelin's `.sameSecond` row.
        vm.prank(sameSecond);
        registry.delegate(b);
        record("polity.delegate.first.sameSecond");
        vm.warp(block.timestamp + 1);
        vm.prank(a);
        registry.delegate(d);
        record("polity.delegate.change");
        vm.warp(block.timestamp + 1);
        vm.prank(a);
        registry.delegate(address(0));
        record("polity.delegate.revoke");
        vm.prank(a);
        registry.delegateAll(b);
        record("polity.delegateAll.first.2topics");
        vm.warp(block.timestamp + 1);
        vm.prank(a);
        registry.delegateAll(d);
        record("polity.delegateAll.change.2topics");
    }

    function benchMembership() private {
        address leaving = admitted(polity);
        vm.warp(block.timestamp + 1);
        address[] memory one = new address[](1);
        one[0] = leaving;
        polity.registry.revoke(one, "moved away");
        record("polity.revoke");

        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](100);
        for (uint256 i; i < batch.length; ++i) {
            address account = fresh();
            batch[i] = ResidentRegistry.Admission(account, keccak256(abi.encode(account)), 2, uint48(block.timestamp + 365 days));
        }
        polity.registry.admit(batch);
        record("polity.admit.batch100");
        vm.warp(block.timestamp + 1);
    }

    function benchProposals() private {
        PolityGovernor governor = polity.governor;
        (address[] memory t, uint256[] memory v, bytes[] memory cd) = action();
        // A resident proposes: proposals of accounts without a vote get storage of their own, not a lane.
        vm.prank(warmVoter);
        uint256 first = governor.propose(t, v, cd, "first");
        record("polity.propose");
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(warmVoter);
        governor.castVote(first, FOR);
        voteRound(first, ".coldLanes");

        vm.warp(block.timestamp + 7 days + 1);
        governor.queue(t, v, cd, keccak256("first"));
        record("polity.queue");
        vm.warp(block.timestamp + 2 days + 1);
        governor.execute(t, v, cd, keccak256("first"));
        record("polity.execute");

        // Steady state: the second proposal reuses the first one's lane.
        vm.prank(warmVoter);
        uint256 second = governor.propose(t, v, cd, "second");
        record("polity.propose.reusingLane");
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(warmVoter);
        governor.castVote(second, FOR);
        voteRound(second, "");
    }

    /// @dev `length` residents delegating in a line on every topic (delegateAll).
    function lineAllTopics(City memory c, uint256 length) private returns (address[] memory chain) {
        chain = new address[](length);
        for (uint256 i; i < length; ++i) {
            chain[i] = admitted(c);
        }
        for (uint256 i = length - 1; i > 0; --i) {
            vm.prank(chain[i - 1]);
            c.registry.delegateAll(chain[i]);
        }
    }

    /// @dev The most expensive single operations where maxDepth × topics reaches its bound (24), from the
    /// deepest chains (8 hops, 3 topics) to the most topics (10 topics, at most 2 hops).
    function test_polityWorstCase() public {
        worstCase(8, 3);
        worstCase(6, 4);
        worstCase(4, 6);
        worstCase(3, 8);
        worstCase(2, 10);
        writeFigures("core-polity-worst");
    }

    function worstCase(uint256 depth, uint256 topics) private {
        City memory c = city(topics, depth);
        string memory suffix = string.concat(".depth", vm.toString(depth), ".topics", vm.toString(topics));
        address mover = admitted(c);
        // Two disjoint lines of depth - 1 hops on every topic: joining either makes the mover's chains maximal.
        address oldTop = lineAllTopics(c, depth)[0];
        address newTop = lineAllTopics(c, depth)[0];
        moveAll(c.registry, mover, oldTop, string.concat("polity.worst.delegateAll.first", suffix));
        moveAll(c.registry, mover, newTop, string.concat("polity.worst.delegateAll.change", suffix));
        vm.warp(block.timestamp + 1);
        vm.prank(mover);
        c.registry.delegateOnTopic(1, oldTop);
        record(string.concat("polity.worst.delegate.change", suffix));

        vm.warp(block.timestamp + 1);
        address[] memory one = new address[](1);
        one[0] = mover;
        c.registry.revoke(one, "moved away");
        record(string.concat("polity.worst.revoke", suffix));
    }

    function moveAll(ResidentRegistry registry, address mover, address to, string memory name) private {
        vm.warp(block.timestamp + 1);
        vm.prank(mover);
        registry.delegateAll(to);
        record(name);
    }
}
