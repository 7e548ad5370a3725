// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "forge-std/Vm.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {LiquidVotes} from "../../contracts/delegation/LiquidVotes.sol";
import {GovernorCountingLiquid} from "../../contracts/governance/GovernorCountingLiquid.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {PolityFixture} from "./PolityFixture.sol";
import {LiquidModel} from "./LiquidModel.sol";
import {Signatures} from "./Signatures.sol";

/**
 * @dev The engine of a differential campaign: a seeded generator of steps (delegations through every entry
 * point, proposals, ballots through every entry point, time passing), each applied to the contracts and, if
 * the model agreed it should succeed, to the model. After every ballot the proposal's tallies, every
 * receipt and the events are compared with the model's count from scratch; at the end every read of the
 * votes source, now and at each snapshot. Units sources (residents, tokens) supply their own steps.
 */
abstract contract DifferentialCampaign is PolityFixture {
    uint48 internal constant CAMPAIGN_DELAY = 1 hours;
    uint32 internal constant CAMPAIGN_PERIOD = 1 days;
    uint256 internal constant MAX_PROPOSALS = 5;
    uint8 internal constant TOPICS = 3;

    LiquidModel internal model;
    LiquidVotes internal source;
    /// @dev Everyone the campaign may act as: signing residents (or holders) first, then outsiders.
    address[] internal people;
    mapping(address account => uint256) internal keyOf;
    uint256[] internal proposals;
    uint256 private _entropy;
    /// @dev Most delegations and proposals of a run share one topic, so that chains grow long enough.
    uint8 internal mainTopic;

    /// @dev How often each outcome happened in this run, keyed by the revert's selector or by a label
    /// (see {outcome}); the coverage test sums these over many runs to show every path is reached.
    mapping(bytes4 outcome => uint256) internal seen;
    /// @dev The longest chain (in hops, whole, not only the part units reach) that a delegation in this run
    /// produced, if `measureChains`.
    uint256 internal longestChainSeen;
    /// @dev Coverage runs measure chains; fuzz runs skip it (it only feeds the coverage test).
    bool internal measureChains;

    bytes4 internal constant DELEGATED = "dlg";
    bytes4 internal constant UNCHANGED = "nop";
    bytes4 internal constant COUNTED = "cnt";
    bytes4 internal constant OVERRIDE = "ovr";
    bytes4 internal constant REMOVED = "rmv";
    /// @dev A delegation made some chain longer than the maximum depth (accepted; units stop at the reach).
    bytes4 internal constant BEYOND_REACH = "far";

    function campaignSettings() internal view returns (PolityGovernor.Settings memory settings) {
        settings = citySettings();
        settings.votingDelay = CAMPAIGN_DELAY;
        settings.votingPeriod = CAMPAIGN_PERIOD;
        settings.lateQuorumExtension = 2 hours;
    }

    function addPeople(uint256 signing, uint256 outsiders) internal {
        for (uint256 i; i < signing; ++i) {
            address account = signingResident(i);
            people.push(account);
            keyOf[account] = residentKey(i);
        }
        for (uint256 i; i < outsiders; ++i) {
            people.push(makeAddr(string.concat("outsider ", vm.toString(i))));
        }
    }

    // ─── Randomness ──────────────────────────────────────────────────────────────────────────────

    function seedCampaign(uint256 seed) internal {
        _entropy = seed;
        mainTopic = uint8(draw(TOPICS));
    }

    function draw(uint256 n) internal returns (uint256) {
        _entropy = uint256(keccak256(abi.encode(_entropy)));
        return _entropy % n;
    }

    function chance(uint256 percent) internal returns (bool) {
        return draw(100) < percent;
    }

    function anyone() internal returns (address) {
        return people[draw(people.length)];
    }

    /// @dev Mostly someone who is a resident (or holder) now, so that most steps do something.
    function someActor() internal returns (address) {
        address candidate = anyone();
        for (uint256 tries; tries < 3 && !model.isResidentNow(candidate); ++tries) {
            candidate = anyone();
        }
        return candidate;
    }

    function anyTopic() internal returns (uint8) {
        return chance(60) ? mainTopic : uint8(draw(TOPICS));
    }

    /// @dev Often nothing happens between two steps (same second), sometimes seconds, hours, half a day;
    /// sometimes time stops exactly at a coming snapshot, so that changes land in the snapshot's second.
    function passTime() internal {
        uint256 roll = draw(100);
        if (roll < 35) return;
        if (roll < 45) {
            uint256 snapshot = comingSnapshot();
            if (snapshot != 0) vm.warp(snapshot);
        } else if (roll < 60) {
            vm.warp(block.timestamp + 1 + draw(60));
        } else if (roll < 85) {
            vm.warp(block.timestamp + 1 hours + draw(2 hours));
        } else {
            vm.warp(block.timestamp + 3 hours + draw(9 hours));
        }
    }

    /// @dev The snapshot of a proposal whose snapshot has not passed yet (0 if none).
    function comingSnapshot() internal view returns (uint256) {
        for (uint256 i = proposals.length; i > 0; --i) {
            uint256 snapshot = governor.proposalSnapshot(proposals[i - 1]);
            if (snapshot >= block.timestamp) return snapshot;
        }
        return 0;
    }

    /// @dev Zero, oneself, anyone, the last account someone's units reach (to grow long chains), or someone
    /// whose units already reach the actor (to close a cycle).
    function pickDelegatee(address actor, uint8 topic) internal returns (address) {
        uint256 roll = draw(100);
        if (roll < 8) return address(0);
        if (roll < 12) return actor;
        if (roll < 22) return someoneBelow(actor, topic);
        if (roll < 50) {
            address start = someActor();
            address[] memory chain = model.chainAt(start, topic, block.timestamp);
            return chain.length == 0 ? start : chain[chain.length - 1];
        }
        return someActor();
    }

    /// @dev A random account whose chain on `topic` reaches `actor` now (the actor itself if none).
    function someoneBelow(address actor, uint8 topic) internal returns (address) {
        uint256 offset = draw(people.length);
        for (uint256 i; i < people.length; ++i) {
            address candidate = people[(offset + i) % people.length];
            if (model.reaches(candidate, actor, topic, block.timestamp)) return candidate;
        }
        return actor;
    }

    // ─── Delegation steps ────────────────────────────────────────────────────────────────────────

    function stepDelegate() internal {
        address actor = someActor();
        uint256 roll = draw(100);
        if (roll < 70) {
            uint8 topic = anyTopic();
            tryDelegate(actor, topic, pickDelegatee(actor, topic), false);
        } else if (roll < 82) {
            tryDelegate(actor, GENERAL, pickDelegatee(actor, GENERAL), true);
        } else if (roll < 90) {
            tryDelegateAll(actor, pickDelegatee(actor, anyTopic()));
        } else {
            tryDelegateBySig(actor, pickDelegatee(actor, GENERAL));
        }
    }

    /// @dev `viaErc5805`: the general topic through ERC-5805's `delegate`, else `delegateOnTopic`.
    function tryDelegate(address actor, uint8 topic, address to, bool viaErc5805) internal {
        (bool changes, bytes memory reason) = model.delegationOutcome(actor, topic, to);
        bytes memory call = viaErc5805
            ? abi.encodeCall(LiquidVotes.delegate, (to))
            : abi.encodeCall(LiquidVotes.delegateOnTopic, (topic, to));
        vm.prank(actor);
        (bool ok, bytes memory returned) = address(source).call(call);
        expectOutcome(ok, returned, reason, "delegation");
        noteDelegation(ok, changes, reason, actor, topic, to);
        assertEq(source.delegateOf(actor, topic), model.delegateAt(actor, topic, block.timestamp), "delegate now");
    }

    function tryDelegateAll(address actor, address to) internal {
        bytes memory reason = model.delegateAllOutcome(actor, to);
        vm.prank(actor);
        (bool ok, bytes memory returned) = address(source).call(abi.encodeCall(LiquidVotes.delegateAll, (to)));
        expectOutcome(ok, returned, reason, "delegateAll");
        if (!ok) {
            ++seen[bytes4(reason)];
            return;
        }
        for (uint8 topic; topic < TOPICS; ++topic) {
            (bool changes,) = model.delegationOutcome(actor, topic, to);
            noteDelegation(true, changes, "", actor, topic, to);
            assertEq(source.delegateOf(actor, topic), model.delegateAt(actor, topic, block.timestamp));
        }
    }

    function tryDelegateBySig(address actor, address to) internal {
        if (keyOf[actor] == 0) return tryDelegate(actor, GENERAL, to, true);
        (bool changes, bytes memory reason) = model.delegationOutcome(actor, GENERAL, to);
        uint256 nonce = source.nonces(actor);
        (bool ok, bytes memory returned) = address(source).call(signedDelegation(actor, to, nonce));
        expectOutcome(ok, returned, reason, "delegateBySig");
        assertEq(source.nonces(actor), ok ? nonce + 1 : nonce, "nonce used once, only on success");
        noteDelegation(ok, changes, reason, actor, GENERAL, to);
    }

    /// @dev Calldata of `delegateBySig` signed by `signer` (a signing resident), valid for an hour.
    function signedDelegation(address signer, address to, uint256 nonce) internal view returns (bytes memory) {
        uint256 expiry = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(keyOf[signer], Signatures.delegationDigest(address(source), to, nonce, expiry));
        return abi.encodeCall(LiquidVotes.delegateBySig, (to, nonce, expiry, v, r, s));
    }

    /// @dev Applies an accepted delegation to the model and counts what happened.
    function noteDelegation(bool ok, bool changes, bytes memory reason, address actor, uint8 topic, address to)
        internal
    {
        if (!ok) {
            ++seen[bytes4(reason)];
        } else if (!changes) {
            ++seen[UNCHANGED];
        } else {
            ++seen[DELEGATED];
            model.recordDelegation(actor, topic, to);
            if (!measureChains) return;
            uint256 longest;
            for (uint256 i; i < people.length; ++i) {
                uint256 hops = model.chainLength(people[i], topic);
                if (hops > longest) longest = hops;
            }
            if (longest > longestChainSeen) longestChainSeen = longest;
            if (longest > model.maxDepth()) ++seen[BEYOND_REACH];
        }
    }

    // ─── Proposals and ballots ───────────────────────────────────────────────────────────────────

    /// @dev How many proposals a run makes at most.
    function maxProposals() internal pure virtual returns (uint256) {
        return MAX_PROPOSALS;
    }

    function tryPropose(uint8 topic) internal {
        if (proposals.length >= maxProposals()) return;
        address[] memory targets = new address[](1);
        targets[0] = address(source);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(LiquidVotes.topicCount, ());
        string memory description = string.concat("campaign proposal ", vm.toString(proposals.length));
        if (topic != 0) description = string.concat(description, " #topic=", vm.toString(topic));
        // Proposers in turn, residents or not: lanes are shared only by proposals of those who could vote.
        vm.prank(people[proposals.length % people.length]);
        uint256 proposalId = governor.proposeOnTopic(topic, targets, values, calldatas, description);
        uint48 snapshot = uint48(block.timestamp) + CAMPAIGN_DELAY;
        assertEq(governor.proposalSnapshot(proposalId), snapshot, "snapshot is creation + voting delay");
        assertEq(governor.proposalTopic(proposalId), topic);
        model.recordProposal(proposalId, topic, snapshot);
        proposals.push(proposalId);
    }

    /// @dev A ballot on a random proposal that is open, by anyone, through any of the casting functions.
    function stepVote() internal {
        uint256[] memory open = new uint256[](proposals.length);
        uint256 count;
        for (uint256 i; i < proposals.length; ++i) {
            if (governor.state(proposals[i]) == IGovernor.ProposalState.Active) open[count++] = proposals[i];
        }
        if (count == 0) return;
        uint256 proposalId = open[draw(count)];
        uint256 roll = draw(100);
        address voter = roll < 40
            ? someoneBelowAVoter(proposalId)
            : roll < 50 ? edgeVoter(proposalId) : roll < 80 ? someActor() : anyone();
        tryVote(proposalId, voter, uint8(draw(3)), draw(3));
    }

    /// @dev A voter at the edge of eligibility for this proposal; units sources say what the edge is.
    function edgeVoter(uint256 proposalId) internal virtual returns (address);

    /// @dev Someone whose chain at the proposal's snapshot reaches an earlier voter: their ballot overrides.
    function someoneBelowAVoter(uint256 proposalId) internal returns (address) {
        uint256 ballots = model.ballotCount(proposalId);
        if (ballots == 0) return someActor();
        (address voter,) = model.ballot(proposalId, draw(ballots));
        uint48 snapshot = uint48(governor.proposalSnapshot(proposalId));
        uint8 topic = governor.proposalTopic(proposalId);
        uint256 offset = draw(people.length);
        for (uint256 i; i < people.length; ++i) {
            address candidate = people[(offset + i) % people.length];
            if (model.reaches(candidate, voter, topic, snapshot)) return candidate;
        }
        return someActor();
    }

    function tryVote(uint256 proposalId, address voter, uint8 support, uint256 way) internal {
        bytes memory reason = model.ballotOutcome(proposalId, voter);
        uint256 earlier = model.ballotCount(proposalId);
        (uint256[] memory before,) = model.count(proposalId, earlier);
        vm.recordLogs();
        (bool ok, bytes memory returned) = castBallot(proposalId, voter, support, way);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        expectOutcome(ok, returned, reason, "ballot");
        if (!ok) {
            ++seen[bytes4(reason)];
            return;
        }
        ++seen[COUNTED];

        model.recordBallot(proposalId, voter, support);
        (uint256[] memory weights, uint256[3] memory tallies) = model.count(proposalId, earlier + 1);
        uint256 claimed = abi.decode(returned, (uint256));
        assertEq(claimed, weights[earlier], "weight claimed at cast");
        checkBallotEvents(proposalId, voter, claimed, before, weights, logs);
        checkTallyAndReceipts(proposalId, weights, tallies);
    }

    /// @dev way 0: castVote, 1: castVoteWithReason, 2: castVoteBySig (signing residents only).
    function castBallot(uint256 proposalId, address voter, uint8 support, uint256 way)
        internal
        returns (bool ok, bytes memory returned)
    {
        uint256 key = keyOf[voter];
        if (way == 2 && key != 0) {
            bytes32 digest =
                Signatures.ballotDigest(address(governor), proposalId, support, voter, governor.nonces(voter));
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
            return address(governor).call(
                abi.encodeCall(governor.castVoteBySig, (proposalId, support, voter, abi.encodePacked(r, s, v)))
            );
        }
        bytes memory call = way == 1
            ? abi.encodeCall(governor.castVoteWithReason, (proposalId, support, "campaign"))
            : abi.encodeCall(governor.castVote, (proposalId, support));
        vm.prank(voter);
        return address(governor).call(call);
    }

    /// @dev One VoteCast with the claimed weight; one VoteReduced per earlier voter whose counted weight fell.
    function checkBallotEvents(
        uint256 proposalId,
        address voter,
        uint256 claimed,
        uint256[] memory before,
        uint256[] memory weights,
        Vm.Log[] memory logs
    ) internal {
        uint256 casts;
        uint256 reductions;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(governor)) continue;
            if (logs[i].topics[0] == IGovernor.VoteCast.selector) {
                ++casts;
                assertEq(address(uint160(uint256(logs[i].topics[1]))), voter);
                (uint256 id,, uint256 weight,) = abi.decode(logs[i].data, (uint256, uint8, uint256, string));
                assertEq(id, proposalId);
                assertEq(weight, claimed, "VoteCast weight");
            } else if (logs[i].topics[0] == GovernorCountingLiquid.VoteReduced.selector) {
                ++reductions;
                ++seen[OVERRIDE];
                checkReduction(proposalId, logs[i], before, weights);
            }
        }
        assertEq(casts, 1, "one VoteCast");
        uint256 expected;
        for (uint256 i; i < before.length; ++i) {
            assertLe(weights[i], before[i], "an override only takes weight away from earlier voters");
            if (weights[i] < before[i]) ++expected;
        }
        assertEq(reductions, expected, "one VoteReduced per reduced voter");
    }

    function checkReduction(uint256 proposalId, Vm.Log memory log, uint256[] memory before, uint256[] memory weights)
        internal
        view
    {
        address reduced = address(uint160(uint256(log.topics[1])));
        (uint256 id, uint8 support, uint256 weight) = abi.decode(log.data, (uint256, uint8, uint256));
        assertEq(id, proposalId);
        for (uint256 i; i < before.length; ++i) {
            (address voter, uint8 choice) = model.ballot(proposalId, i);
            if (voter != reduced) continue;
            assertEq(support, choice, "VoteReduced choice");
            assertEq(weight, before[i] - weights[i], "VoteReduced weight");
            return;
        }
        revert("VoteReduced for an account that had not voted");
    }

    /// @dev Tallies, and every account's receipt, equal the model's count from scratch.
    function checkCount(uint256 proposalId, uint256[] memory weights, uint256[3] memory tallies) internal view {
        checkTallyAndReceipts(proposalId, weights, tallies);
        for (uint256 i; i < people.length; ++i) {
            assertEq(governor.hasVoted(proposalId, people[i]), model.hasBallot(proposalId, people[i]));
        }
    }

    /// @dev Tallies, and every voter's receipt, equal the model's count from scratch.
    function checkTallyAndReceipts(uint256 proposalId, uint256[] memory weights, uint256[3] memory tallies)
        internal
        view
    {
        (uint256 against, uint256 for_, uint256 abstain) = governor.proposalVotes(proposalId);
        assertEq(against, tallies[0], "against");
        assertEq(for_, tallies[1], "for");
        assertEq(abstain, tallies[2], "abstain");
        for (uint256 i; i < weights.length; ++i) {
            (address voter, uint8 choice) = model.ballot(proposalId, i);
            (bool voted, uint8 support, uint256 weight) = governor.voteReceipt(proposalId, voter);
            assertTrue(voted);
            assertEq(support, choice);
            assertEq(weight, weights[i], "counted weight of a voter");
        }
    }

    function checkAllCounts() internal view {
        for (uint256 i; i < proposals.length; ++i) {
            (uint256[] memory weights, uint256[3] memory tallies) =
                model.count(proposals[i], model.ballotCount(proposals[i]));
            checkCount(proposals[i], weights, tallies);
        }
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /// @dev Every per-topic read now, for everyone (the campaign's people are the model's first accounts).
    function checkCurrentReads() internal view {
        for (uint8 topic; topic < TOPICS; ++topic) {
            checkCurrentReads(topic);
        }
    }

    function checkCurrentReads(uint8 topic) internal view {
        uint256[] memory powers = model.powersAt(topic, block.timestamp);
        for (uint256 i; i < people.length; ++i) {
            address account = people[i];
            assertEq(source.delegateOf(account, topic), model.delegateAt(account, topic, block.timestamp));
            assertEq(source.chainOf(account, topic), model.chainAt(account, topic, block.timestamp), "chainOf");
            assertEq(source.topicVotes(account, topic), powers[i], "topicVotes");
            assertEq(
                source.topicVotesByDepth(account, topic),
                model.unitsByDepthAt(account, topic, block.timestamp),
                "topicVotesByDepth"
            );
            if (topic != GENERAL) continue;
            assertEq(source.getVotes(account), powers[i], "getVotes");
            assertEq(source.delegates(account), model.delegateAt(account, GENERAL, block.timestamp));
        }
    }

    /// @dev Every read at each past snapshot, on the proposal's topic (ERC-5805's on general snapshots).
    function checkPastReads() internal view {
        for (uint256 p; p < proposals.length; ++p) {
            uint256 snapshot = governor.proposalSnapshot(proposals[p]);
            if (snapshot >= block.timestamp) continue;
            uint8 topic = governor.proposalTopic(proposals[p]);
            uint256[] memory powers = model.powersAt(topic, snapshot);
            assertEq(source.getPastTotalSupply(snapshot), model.totalUnitsAt(snapshot), "total units at snapshot");
            for (uint256 i; i < people.length; ++i) {
                address account = people[i];
                assertEq(source.pastUnits(account, snapshot), model.unitsAt(account, snapshot), "pastUnits");
                assertEq(source.delegateAt(account, topic, snapshot), model.delegateAt(account, topic, snapshot));
                assertEq(source.chainAt(account, topic, snapshot), model.chainAt(account, topic, snapshot), "chainAt");
                assertEq(source.pastTopicVotes(account, topic, snapshot), powers[i], "pastTopicVotes");
                assertEq(
                    source.pastTopicVotesByDepth(account, topic, snapshot),
                    model.unitsByDepthAt(account, topic, snapshot),
                    "pastTopicVotesByDepth"
                );
                if (topic == GENERAL) assertEq(source.getPastVotes(account, snapshot), powers[i], "getPastVotes");
            }
        }
    }

    // ─── Helpers ─────────────────────────────────────────────────────────────────────────────────

    /// @dev The call succeeded exactly when no revert was predicted, and reverted with exactly that data.
    function expectOutcome(bool ok, bytes memory returned, bytes memory reason, string memory what) internal pure {
        if (reason.length == 0) {
            if (!ok) {
                revert(string.concat(what, " reverted, the model expected success: ", vm.toString(returned)));
            }
        } else {
            assertFalse(ok, string.concat(what, " succeeded, the model expected a revert"));
            assertEq(returned, reason, string.concat(what, " reverted with another reason"));
        }
    }
}
