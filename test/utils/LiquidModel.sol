// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {LiquidTally} from "../../contracts/governance/LiquidTally.sol";

/**
 * @title LiquidModel
 * @notice Test-only reference model of liquid counting, written to be obviously right rather than fast.
 *
 * It keeps its own mirror of the world exactly as a test applied it: every account's units over time,
 * every residency over time, every delegation per topic over time (each an append-only list of
 * (time, value); a read at `t` takes the last entry written at or before `t`), and the ballots of every
 * proposal in the order they were cast. Nothing is aggregated: tallies, counted weights, represented
 * weights and chains are recomputed from those lists on every question, by walking each holder's chain.
 * It shares no code with the contracts; it only uses their error declarations to say which revert it
 * expects.
 *
 * The rule it states: a holder's units reach the holder's delegate, theirs, ... for at most `maxDepth`
 * hops, and count for the first account that voted among the holder and those `maxDepth` accounts.
 * Any delegation is accepted except one whose delegatee's chain reaches the delegator within that reach.
 */
contract LiquidModel {
    /// @dev Chains may be longer than the maximum depth (and may loop back, beyond it): measuring a chain's
    /// full length stops here.
    uint256 private constant WALK_LIMIT = 64;

    struct Entry {
        uint48 time;
        uint256 value;
    }

    struct Ballot {
        address voter;
        uint8 support;
    }

    struct Proposal {
        uint8 topic;
        uint48 snapshot;
    }

    uint256 public immutable maxDepth;
    uint8 public immutable topicCount;
    /// @dev Resident mode: only residents delegate, are delegated to, and vote. Token mode: anyone.
    bool public immutable residentsOnly;

    address[] private _accounts;
    mapping(address account => bool) public known;
    mapping(address account => Entry[]) private _units;
    /// @dev value = (member ? 1 << 48 : 0) | expiresAt
    mapping(address account => Entry[]) private _residency;
    mapping(address account => mapping(uint8 topic => Entry[])) private _delegates;
    mapping(uint256 proposalId => Proposal) private _proposals;
    mapping(uint256 proposalId => Ballot[]) private _ballots;

    constructor(uint256 maxDepth_, uint8 topicCount_, bool residentsOnly_) {
        maxDepth = maxDepth_;
        topicCount = topicCount_;
        residentsOnly = residentsOnly_;
    }

    // ─── Recording what the test applied ─────────────────────────────────────────────────────────

    function track(address account) public {
        if (account == address(0) || known[account]) return;
        known[account] = true;
        _accounts.push(account);
    }

    function accounts() external view returns (address[] memory) {
        return _accounts;
    }

    function recordUnits(address account, uint256 units) public {
        track(account);
        _units[account].push(Entry(_now(), units));
    }

    /// @dev Admission or renewal: a resident holds one unit until removed.
    function recordAdmission(address account, uint48 expiresAt) external {
        if (!memberAt(account, _now())) recordUnits(account, 1);
        _residency[account].push(Entry(_now(), (uint256(1) << 48) | expiresAt));
    }

    /// @dev Revocation or cleanup after expiry: the unit is gone, the expiry date stays on record.
    function recordRemoval(address account) external {
        _residency[account].push(Entry(_now(), expiresAtOf(account, _now())));
        recordUnits(account, 0);
    }

    function recordDelegation(address account, uint8 topic, address to) external {
        track(account);
        track(to);
        _delegates[account][topic].push(Entry(_now(), uint160(to == account ? address(0) : to)));
    }

    function recordProposal(uint256 proposalId, uint8 topic, uint48 snapshot) external {
        _proposals[proposalId] = Proposal(topic, snapshot);
    }

    function recordBallot(uint256 proposalId, address voter, uint8 support) external {
        _ballots[proposalId].push(Ballot(voter, support));
    }

    // ─── The world at a time ─────────────────────────────────────────────────────────────────────

    function unitsAt(address account, uint256 t) public view returns (uint256) {
        return _valueAt(_units[account], t);
    }

    function memberAt(address account, uint256 t) public view returns (bool) {
        return _valueAt(_residency[account], t) >> 48 == 1;
    }

    function expiresAtOf(address account, uint256 t) public view returns (uint48) {
        return uint48(_valueAt(_residency[account], t));
    }

    /// @dev May vote on a snapshot `t`: in resident mode admitted and unexpired at `t`; anyone with tokens.
    function eligibleAt(address account, uint256 t) public view returns (bool) {
        if (!residentsOnly) return true;
        return memberAt(account, t) && expiresAtOf(account, t) > t;
    }

    function isResidentNow(address account) public view returns (bool) {
        return eligibleAt(account, _now());
    }

    function delegateAt(address account, uint8 topic, uint256 t) public view returns (address) {
        return address(uint160(_valueAt(_delegates[account][topic], t)));
    }

    function totalUnitsAt(uint256 t) external view returns (uint256 total) {
        for (uint256 i; i < _accounts.length; ++i) {
            total += unitsAt(_accounts[i], t);
        }
    }

    /// @dev The accounts `account`'s units reach on `topic` at `t`: its delegate, theirs, ..., at most
    /// `maxDepth` of them.
    function chainAt(address account, uint8 topic, uint256 t) public view returns (address[] memory chain) {
        chain = new address[](maxDepth);
        uint256 length;
        for (address next = delegateAt(account, topic, t); next != address(0) && length < maxDepth;) {
            chain[length++] = next;
            next = delegateAt(next, topic, t);
        }
        assembly ("memory-safe") {
            mstore(chain, length)
        }
    }

    /// @dev Whether `from`'s units reach `target` at `t` (`target` is among the first `maxDepth` accounts
    /// above `from`).
    function reaches(address from, address target, uint8 topic, uint256 t) public view returns (bool) {
        address[] memory chain = chainAt(from, topic, t);
        for (uint256 i; i < chain.length; ++i) {
            if (chain[i] == target) return true;
        }
        return false;
    }

    /// @dev Hops from `account` to the end of its chain now, however long (WALK_LIMIT if it loops).
    function chainLength(address account, uint8 topic) public view returns (uint256 hops) {
        for (address next = delegateAt(account, topic, _now()); next != address(0) && hops < WALK_LIMIT; ++hops) {
            next = delegateAt(next, topic, _now());
        }
    }

    /// @dev Units `account` represents at `t`: its own and those of every holder whose units reach it.
    function powerAt(address account, uint8 topic, uint256 t) public view returns (uint256 power) {
        power = unitsAt(account, t);
        for (uint256 i; i < _accounts.length; ++i) {
            address holder = _accounts[i];
            if (holder != account && reaches(holder, account, topic, t)) power += unitsAt(holder, t);
        }
    }

    /// @dev Units reaching `account` at `t` by distance: element i holds those of holders i + 1 hops below.
    function unitsByDepthAt(address account, uint8 topic, uint256 t) public view returns (uint256[] memory result) {
        result = new uint256[](maxDepth);
        for (uint256 i; i < _accounts.length; ++i) {
            address[] memory chain = chainAt(_accounts[i], topic, t);
            for (uint256 j; j < chain.length; ++j) {
                if (chain[j] == account) result[j] += unitsAt(_accounts[i], t);
            }
        }
    }

    /// @dev Everyone's power at once, aligned with {accounts}: each holder's units count for the holder and
    /// for every account on its chain at `t`.
    function powersAt(uint8 topic, uint256 t) external view returns (uint256[] memory powers) {
        powers = new uint256[](_accounts.length);
        for (uint256 i; i < _accounts.length; ++i) {
            uint256 units = unitsAt(_accounts[i], t);
            if (units == 0) continue;
            powers[i] += units;
            address[] memory chain = chainAt(_accounts[i], topic, t);
            for (uint256 j; j < chain.length; ++j) {
                powers[_indexOf(chain[j])] += units;
            }
        }
    }

    // ─── Predictions ─────────────────────────────────────────────────────────────────────────────

    /**
     * @notice What `account` delegating to `to` on `topic` now must do: `changes` false when it is already
     * the delegate (nothing happens), `reason` the exact revert data when it must be refused (empty if not).
     * Refused, in this order: a delegator or delegatee that is not a resident (resident mode; revoking is
     * always allowed), and a delegatee whose chain reaches the delegator within the delegator's reach (its
     * own units would come back to it). Nothing else: how long the chains below or above become is no reason.
     */
    function delegationOutcome(address account, uint8 topic, address to)
        public
        view
        returns (bool changes, bytes memory reason)
    {
        if (to == account) to = address(0);
        if (delegateAt(account, topic, _now()) == to) return (false, "");
        changes = true;
        if (to == address(0)) return (true, "");
        if (residentsOnly && !isResidentNow(account)) {
            return (true, abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, account));
        }
        if (residentsOnly && !isResidentNow(to)) {
            return (true, abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, to));
        }
        // The delegator's units would reach `to` and the next maxDepth - 1 accounts above it.
        address[] memory above = chainAt(to, topic, _now());
        for (uint256 i; i + 1 < maxDepth && i < above.length; ++i) {
            if (above[i] == account) {
                return (true, abi.encodeWithSelector(ILiquidVotes.LiquidVotesDelegationCycle.selector, account, to));
            }
        }
    }

    /// @notice The first refusal `delegateAll(to)` by `account` must meet, topic by topic (empty if none).
    function delegateAllOutcome(address account, address to) external view returns (bytes memory) {
        for (uint8 topic; topic < topicCount; ++topic) {
            (, bytes memory reason) = delegationOutcome(account, topic, to);
            if (reason.length != 0) return reason;
        }
        return "";
    }

    /// @notice The revert a ballot by `voter` must meet (empty if it counts).
    function ballotOutcome(uint256 proposalId, address voter) external view returns (bytes memory) {
        (bool voted,) = _ballotIndex(proposalId, voter, _ballots[proposalId].length);
        if (voted) return abi.encodeWithSelector(IGovernor.GovernorAlreadyCastVote.selector, voter);
        uint48 snapshot = _proposals[proposalId].snapshot;
        if (!eligibleAt(voter, snapshot)) {
            return abi.encodeWithSelector(LiquidTally.LiquidTallyIneligibleVoter.selector, voter, snapshot);
        }
        return "";
    }

    /**
     * @notice The revert removing `account` must meet: an account never admitted is refused; one that
     * already left is skipped (no revert, nothing changes); expiry also needs a past date.
     */
    function removalOutcome(address account, bool byExpiry) external view returns (bytes memory) {
        if (_residency[account].length == 0) {
            return abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, account);
        }
        if (!memberAt(account, _now())) return "";
        uint48 expiresAt = expiresAtOf(account, _now());
        if (byExpiry && expiresAt > _now()) {
            return abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotExpired.selector, account, expiresAt);
        }
        return "";
    }

    // ─── Counting ────────────────────────────────────────────────────────────────────────────────

    function ballotCount(uint256 proposalId) external view returns (uint256) {
        return _ballots[proposalId].length;
    }

    function hasBallot(uint256 proposalId, address voter) external view returns (bool result) {
        (result,) = _ballotIndex(proposalId, voter, _ballots[proposalId].length);
    }

    function ballot(uint256 proposalId, uint256 index) external view returns (address voter, uint8 support) {
        Ballot memory b = _ballots[proposalId][index];
        return (b.voter, b.support);
    }

    /**
     * @notice The count of a proposal after its first `ballots` ballots: each unit of each holder goes to the
     * first account that voted among the holder and the next `maxDepth` accounts of its chain (on the
     * proposal's topic, at its snapshot), or nowhere; `weights[i]`
     * is what ballot i is counted for, `tallies` sums them per choice (Against, For, Abstain).
     */
    function count(uint256 proposalId, uint256 ballots)
        public
        view
        returns (uint256[] memory weights, uint256[3] memory tallies)
    {
        weights = new uint256[](ballots);
        uint48 snapshot = _proposals[proposalId].snapshot;
        for (uint256 i; i < _accounts.length; ++i) {
            uint256 units = unitsAt(_accounts[i], snapshot);
            if (units == 0) continue;
            (bool found, uint256 index) = _firstVoter(proposalId, _accounts[i], ballots, 0);
            if (!found) continue;
            weights[index] += units;
            tallies[_ballots[proposalId][index].support] += units;
        }
    }

    /// @notice The counts with every ballot cast so far.
    function tallyOf(uint256 proposalId) external view returns (uint256[3] memory result) {
        (, result) = count(proposalId, _ballots[proposalId].length);
    }

    /// @notice Whether `voter` voted, how, and the weight counted for it now.
    function receipt(uint256 proposalId, address voter)
        external
        view
        returns (bool voted, uint8 support, uint256 weight)
    {
        uint256 total = _ballots[proposalId].length;
        uint256 index;
        (voted, index) = _ballotIndex(proposalId, voter, total);
        if (!voted) return (false, 0, 0);
        (uint256[] memory weights,) = count(proposalId, total);
        return (true, _ballots[proposalId][index].support, weights[index]);
    }

    // ─── Recursion ───────────────────────────────────────────────────────────────────────────────

    function _firstVoter(uint256 proposalId, address account, uint256 ballots, uint256 hops)
        private
        view
        returns (bool, uint256)
    {
        (bool voted, uint256 index) = _ballotIndex(proposalId, account, ballots);
        if (voted) return (true, index);
        if (hops == maxDepth) return (false, 0);
        Proposal memory proposal = _proposals[proposalId];
        address next = delegateAt(account, proposal.topic, proposal.snapshot);
        if (next == address(0)) return (false, 0);
        return _firstVoter(proposalId, next, ballots, hops + 1);
    }

    function _ballotIndex(uint256 proposalId, address voter, uint256 ballots) private view returns (bool, uint256) {
        for (uint256 i; i < ballots; ++i) {
            if (_ballots[proposalId][i].voter == voter) return (true, i);
        }
        return (false, 0);
    }

    function _indexOf(address account) private view returns (uint256) {
        for (uint256 i; i < _accounts.length; ++i) {
            if (_accounts[i] == account) return i;
        }
        revert("model: unknown account");
    }

    function _valueAt(Entry[] storage entries, uint256 t) private view returns (uint256) {
        for (uint256 i = entries.length; i > 0; --i) {
            if (entries[i - 1].time <= t) return entries[i - 1].value;
        }
        return 0;
    }

    function _now() private view returns (uint48) {
        return uint48(block.timestamp);
    }
}
