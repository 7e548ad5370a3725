// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {ILiquidVotes} from "./ILiquidVotes.sol";
import {DelegatorHeights} from "./DelegatorHeights.sol";

/**
 * @title LiquidVotes
 * @notice Transitive, per-topic, revocable delegation over any source of voting units, in the shape of
 * OpenZeppelin's {Votes}: a units source (a resident registry, an ERC-20) derives from it, reports unit
 * movements through {_transferVotingUnits} and answers {_getVotingUnits} / {_pastUnitsOf}.
 *
 * For every (account, topic) it keeps the current delegate with the history of earlier ones, the units
 * delegated to the account through every chain that passes it (checkpointed), and its direct delegators
 * counted by height. A delegation walks the delegate's chain once (at most `maxDepth` hops) to refuse
 * cycles and over-long chains and to move the delegator's whole weight along it. The delegator's weight is
 * one number and heights are one word, so nobody's operation costs more because others delegated to them.
 *
 * The clock is a timestamp (ERC-6372 `mode=timestamp`): council timelines are in days, and block numbers
 * mean different things on different networks.
 */
abstract contract LiquidVotes is Context, EIP712, Nonces, ILiquidVotes {
    using Checkpoints for Checkpoints.Trace208;
    using DelegatorHeights for uint256;

    /// @notice Compile-time bound for the deployment's maximum chain length (see docs/liquid-delegation.md).
    uint256 public constant MAX_DEPTH_BOUND = DelegatorHeights.LANES;
    /// @notice Hard bound on topics, whatever the depth (see {MAX_DEPTH_TIMES_TOPICS}).
    uint8 public constant MAX_TOPICS = 10;
    /**
     * @notice Bound on maxDepth × number of topics. The most expensive single operation, moving every
     * topic's delegation from one maximal chain to another, writes about 2 × depth × topics checkpoints;
     * keeping the product at most this, and topics at most {MAX_TOPICS}, keeps it under 3,000,000 gas
     * (measured by `pnpm bench:gas`, see docs/liquid-delegation.md).
     */
    uint256 public constant MAX_DEPTH_TIMES_TOPICS = 24;
    /// @notice The general topic: ERC-5805's `delegate`/`getVotes` act on it.
    uint8 public constant GENERAL_TOPIC = 0;

    bytes32 private constant DELEGATION_TYPEHASH =
        keccak256("Delegation(address delegatee,uint256 nonce,uint256 expiry)");

    /// @dev The current delegation of an account on a topic. `since` is when `delegate` was set, so that a
    /// read at a timepoint after it needs no search.
    struct Delegation {
        address delegate;
        uint48 since;
    }

    /**
     * @dev Per-account flags, kept by the units source next to its own per-account data (see
     * {_delegationFlags}) so that a vote by someone who never took part in delegation reads one word:
     * bits 0-15 the topics the account delegates now, 16-31 the topics it ever delegated on, 32-47 the
     * topics on which someone ever delegated to it.
     */
    uint256 private constant DELEGATING = 0;
    uint256 private constant EVER_DELEGATED = 16;
    uint256 private constant EVER_DELEGATED_TO = 32;

    uint256 private immutable _maxDepth;

    uint8 private _topicCount;
    mapping(uint8 topic => string) private _topicNames;

    mapping(address account => mapping(uint8 topic => Delegation)) private _delegations;
    /// @dev Earlier delegates, each keyed by the time it was set (the current one lives in `_delegations`).
    mapping(address account => mapping(uint8 topic => Checkpoints.Trace208)) private _pastDelegates;
    /// @dev Units of all accounts whose chain passes through the account (excluding its own units).
    mapping(address account => mapping(uint8 topic => Checkpoints.Trace208)) private _delegatedVotes;
    mapping(address account => mapping(uint8 topic => uint256)) private _delegatorHeights;

    Checkpoints.Trace208 private _totalUnits;

    constructor(uint256 maxDepth_) {
        if (maxDepth_ == 0 || maxDepth_ > MAX_DEPTH_BOUND) revert LiquidVotesInvalidMaxDepth(maxDepth_, MAX_DEPTH_BOUND);
        _maxDepth = maxDepth_;
        _registerTopic("general");
    }

    // ─── Clock (ERC-6372) ────────────────────────────────────────────────────────────────────────

    /// @notice The current timepoint: the block's timestamp.
    function clock() public view virtual returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372: this clock counts seconds.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public view virtual returns (string memory) {
        return "mode=timestamp";
    }

    // ─── Topics ──────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc ILiquidVotes
    function maxDepth() public view returns (uint256) {
        return _maxDepth;
    }

    /// @notice How many topics this deployment may register: fewer when chains may be longer.
    function maxTopics() public view returns (uint256) {
        uint256 byGas = MAX_DEPTH_TIMES_TOPICS / _maxDepth;
        return byGas < MAX_TOPICS ? byGas : MAX_TOPICS;
    }

    /// @inheritdoc ILiquidVotes
    function topicCount() public view returns (uint8) {
        return _topicCount;
    }

    /// @inheritdoc ILiquidVotes
    function topicName(uint8 topic) public view returns (string memory) {
        _requireTopic(topic);
        return _topicNames[topic];
    }

    /// @dev Registers a topic; derived contracts expose it to governance only.
    function _registerTopic(string memory name) internal returns (uint8 topic) {
        topic = _topicCount;
        if (topic >= maxTopics()) revert LiquidVotesTooManyTopics(maxTopics());
        bytes32 nameHash = keccak256(bytes(name));
        for (uint8 t; t < topic; ++t) {
            if (keccak256(bytes(_topicNames[t])) == nameHash) revert LiquidVotesDuplicateTopic(name, t);
        }
        _topicNames[topic] = name;
        _topicCount = topic + 1;
        emit TopicRegistered(topic, name);
    }

    function _requireTopic(uint8 topic) internal view {
        if (topic >= _topicCount) revert LiquidVotesUnknownTopic(topic);
    }

    // ─── Delegating ──────────────────────────────────────────────────────────────────────────────

    /// @notice Delegates the caller's general-topic vote (ERC-5805). `delegatee` zero or the caller revokes.
    function delegate(address delegatee) public virtual {
        _setDelegate(_msgSender(), GENERAL_TOPIC, delegatee);
    }

    /// @notice Delegates the caller's vote on one topic. `delegatee` zero or the caller revokes.
    function delegateOnTopic(uint8 topic, address delegatee) public virtual {
        _requireTopic(topic);
        _setDelegate(_msgSender(), topic, delegatee);
    }

    /// @notice Delegates the caller's vote on every registered topic to one account (zero revokes all).
    function delegateAll(address delegatee) public virtual {
        address account = _msgSender();
        uint8 count = _topicCount;
        for (uint8 topic; topic < count; ++topic) {
            _setDelegate(account, topic, delegatee);
        }
    }

    /// @notice ERC-5805 delegation by EIP-712 signature, on the general topic.
    function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s)
        public
        virtual
    {
        if (block.timestamp > expiry) revert VotesExpiredSignature(expiry);
        address signer = ECDSA.recover(
            _hashTypedDataV4(keccak256(abi.encode(DELEGATION_TYPEHASH, delegatee, nonce, expiry))), v, r, s
        );
        _useCheckedNonce(signer, nonce);
        _setDelegate(signer, GENERAL_TOPIC, delegatee);
    }

    /**
     * @dev Points `account`'s vote on `topic` at `to` (zero, or `account` itself, revokes). Moves the
     * account's whole weight from the old chain to the new one, skipping the accounts both share, and
     * keeps heights exact. Reverts if the new chain reaches `account` or would be longer than `maxDepth`
     * for anyone below `account`.
     */
    function _setDelegate(address account, uint8 topic, address to) internal virtual {
        if (to == account) to = address(0);
        Delegation storage record = _delegations[account][topic];
        address from = record.delegate;
        if (from == to) return;
        if (to != address(0)) _checkDelegation(account, to);

        uint256 flags = _delegationFlags(account);
        _moveAlongChains(account, topic, from, to, flags);

        uint48 now_ = clock();
        if (record.since != 0 && record.since < now_) {
            _pastDelegates[account][topic].push(record.since, uint208(uint160(from)));
        }
        record.delegate = to;
        record.since = now_;
        uint256 bit = uint256(1) << topic;
        uint256 next = to == address(0)
            ? flags & ~(bit << DELEGATING)
            : flags | (bit << DELEGATING) | (bit << EVER_DELEGATED);
        if (next != flags) _setDelegationFlags(account, next);

        emit TopicDelegateChanged(account, topic, from, to);
        if (topic == GENERAL_TOPIC) emit DelegateChanged(account, from, to);
    }

    /// @dev Moves `account`'s weight and height from the chain at `from` to the chain at `to`.
    function _moveAlongChains(address account, uint8 topic, address from, address to, uint256 flags) private {
        uint256 height = _delegatorHeights[account][topic].height();
        address[] memory newChain = _chainForDelegation(account, to, topic, height);
        address[] memory oldChain = _currentChain(from, topic);
        (uint256 oldOnly, uint256 newOnly) = _withoutCommonTail(oldChain, newChain);

        uint256 weight = _getVotingUnits(account)
            + (_hasFlag(flags, EVER_DELEGATED_TO, topic) ? _delegatedVotes[account][topic].latest() : 0);
        if (weight != 0) {
            _moveDelegatedVotes(oldChain, oldOnly, topic, weight, false);
            _moveDelegatedVotes(newChain, newOnly, topic, weight, true);
        }
        if (from != address(0)) _updateHeights(oldChain, topic, height, false);
        if (to != address(0)) _updateHeights(newChain, topic, height, true);
    }

    /// @dev Hook for units sources that restrict who may delegate to whom (residents only, say).
    function _checkDelegation(address account, address delegatee) internal view virtual {}

    /// @dev The chain starting at `to` (inclusive), refusing cycles through `account` and over-long chains.
    function _chainForDelegation(address account, address to, uint8 topic, uint256 height)
        private
        view
        returns (address[] memory chain)
    {
        if (to == address(0)) return chain;
        chain = new address[](_maxDepth + 1);
        uint256 length;
        for (address node = to; node != address(0); node = _delegations[node][topic].delegate) {
            if (node == account) revert LiquidVotesDelegationCycle(account, to);
            chain[length++] = node;
        }
        // `length` accounts above `account`, `height` hops below it.
        if (height + length > _maxDepth) revert LiquidVotesChainTooLong(account, to, height + length, _maxDepth);
        assembly ("memory-safe") {
            mstore(chain, length)
        }
    }

    /// @dev The current chain starting at `start` (inclusive); existing chains are at most `maxDepth` hops.
    function _currentChain(address start, uint8 topic) private view returns (address[] memory chain) {
        if (start == address(0)) return chain;
        chain = new address[](_maxDepth + 1);
        uint256 length;
        for (address node = start; node != address(0); node = _delegations[node][topic].delegate) {
            chain[length++] = node;
        }
        assembly ("memory-safe") {
            mstore(chain, length)
        }
    }

    /// @dev Lengths of both chains once the tail they share (same accounts up to the same end) is dropped.
    function _withoutCommonTail(address[] memory a, address[] memory b) private pure returns (uint256, uint256) {
        uint256 i = a.length;
        uint256 j = b.length;
        while (i != 0 && j != 0 && a[i - 1] == b[j - 1]) {
            unchecked {
                --i;
                --j;
            }
        }
        return (i, j);
    }

    /// @dev Adds or subtracts `weight` to the delegated votes of the first `count` accounts of `chain`.
    function _moveDelegatedVotes(address[] memory chain, uint256 count, uint8 topic, uint256 weight, bool add)
        private
    {
        for (uint256 i; i < count; ++i) {
            _pushDelegatedVotes(chain[i], topic, weight, add);
        }
    }

    function _pushDelegatedVotes(address account, uint8 topic, uint256 weight, bool add) private {
        Checkpoints.Trace208 storage trace = _delegatedVotes[account][topic];
        uint256 current = trace.latest();
        uint256 next = add ? current + weight : current - weight;
        trace.push(clock(), SafeCast.toUint208(next));
        if (topic == GENERAL_TOPIC) {
            uint256 own = _getVotingUnits(account);
            emit DelegateVotesChanged(account, own + current, own + next);
        }
    }

    /**
     * @dev `chain[0]` gains (or loses) a direct delegator of height `height`. Its own height may change,
     * which moves it between lanes of its delegate's count, and so on up; it stops at the first account
     * whose height stays the same.
     */
    function _updateHeights(address[] memory chain, uint8 topic, uint256 height, bool add) private {
        if (add) {
            uint256 flags = _delegationFlags(chain[0]);
            if (!_hasFlag(flags, EVER_DELEGATED_TO, topic)) {
                _setDelegationFlags(chain[0], flags | (uint256(1) << (EVER_DELEGATED_TO + topic)));
            }
        }
        uint256 leaving = add ? type(uint256).max : height;
        uint256 joining = add ? height : type(uint256).max;
        for (uint256 i; i < chain.length; ++i) {
            mapping(uint8 => uint256) storage heights = _delegatorHeights[chain[i]];
            uint256 packed = heights[topic];
            uint256 before = packed.height();
            if (leaving != type(uint256).max) packed = packed.remove(leaving);
            if (joining != type(uint256).max) packed = packed.add(joining);
            heights[topic] = packed;
            uint256 after_ = packed.height();
            if (after_ == before) break;
            (leaving, joining) = (before, after_);
        }
    }

    // ─── Units ───────────────────────────────────────────────────────────────────────────────────

    /**
     * @dev Called by the units source after `amount` units moved from `from` to `to` (zero: minted or
     * burned). Every chain above either account, on every topic where it delegates, moves with them.
     */
    function _transferVotingUnits(address from, address to, uint256 amount) internal virtual {
        if (amount == 0) return;
        if (from == address(0)) _totalUnits.push(clock(), SafeCast.toUint208(_totalUnits.latest() + amount));
        if (to == address(0)) _totalUnits.push(clock(), SafeCast.toUint208(_totalUnits.latest() - amount));
        if (from != address(0)) _unitsMoved(from, amount, false);
        if (to != address(0)) _unitsMoved(to, amount, true);
    }

    function _unitsMoved(address account, uint256 amount, bool added) private {
        uint256 flags = _delegationFlags(account);
        uint256 own = _getVotingUnits(account);
        uint256 delegated =
            _hasFlag(flags, EVER_DELEGATED_TO, GENERAL_TOPIC) ? _delegatedVotes[account][GENERAL_TOPIC].latest() : 0;
        emit DelegateVotesChanged(account, delegated + (added ? own - amount : own + amount), delegated + own);

        uint256 topics = (flags >> DELEGATING) & type(uint16).max;
        for (uint8 topic; topics != 0; ++topic) {
            if (topics & 1 == 1) {
                for (address node = _delegations[account][topic].delegate; node != address(0);) {
                    _pushDelegatedVotes(node, topic, amount, added);
                    node = _delegations[node][topic].delegate;
                }
            }
            topics >>= 1;
        }
    }

    /// @dev Current voting units of `account`.
    function _getVotingUnits(address account) internal view virtual returns (uint256);

    /// @dev Voting units of `account` at a past `timepoint`.
    function _pastUnitsOf(address account, uint48 timepoint) internal view virtual returns (uint256);

    /**
     * @dev Whether `account` may cast a vote on something snapshotted at `timepoint`, its units then, and
     * its current delegation flags: a units source that keeps the flags in the same word as its own
     * per-account data answers a vote with a single storage read.
     */
    function _voterUnitsAt(address account, uint48 timepoint) internal view virtual returns (bool, uint256, uint256);

    /// @dev The account's delegation flags (see {DELEGATING}); the units source decides where they live.
    function _delegationFlags(address account) internal view virtual returns (uint256);

    /// @dev Stores the account's delegation flags (48 bits).
    function _setDelegationFlags(address account, uint256 flags) internal virtual;

    function _hasFlag(uint256 flags, uint256 field, uint8 topic) private pure returns (bool) {
        return (flags >> (field + topic)) & 1 == 1;
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc ILiquidVotes
    function delegateOf(address account, uint8 topic) public view returns (address) {
        _requireTopic(topic);
        return _delegations[account][topic].delegate;
    }

    /// @inheritdoc ILiquidVotes
    function delegateAt(address account, uint8 topic, uint256 timepoint) public view returns (address) {
        return _delegateAt(account, topic, _validateTimepoint(timepoint));
    }

    /// @inheritdoc ILiquidVotes
    function chainOf(address account, uint8 topic) public view returns (address[] memory) {
        _requireTopic(topic);
        return _currentChain(_delegations[account][topic].delegate, topic);
    }

    /// @inheritdoc ILiquidVotes
    function chainAt(address account, uint8 topic, uint256 timepoint) public view returns (address[] memory chain) {
        _requireTopic(topic);
        uint48 at = _validateTimepoint(timepoint);
        chain = new address[](_maxDepth);
        uint256 length;
        for (address node = _delegateAt(account, topic, at); node != address(0); node = _delegateAt(node, topic, at)) {
            chain[length++] = node;
        }
        assembly ("memory-safe") {
            mstore(chain, length)
        }
    }

    /// @inheritdoc ILiquidVotes
    function topicVotes(address account, uint8 topic) public view returns (uint256) {
        _requireTopic(topic);
        return _getVotingUnits(account) + _delegatedVotes[account][topic].latest();
    }

    /// @inheritdoc ILiquidVotes
    function pastTopicVotes(address account, uint8 topic, uint256 timepoint) public view returns (uint256) {
        _requireTopic(topic);
        uint48 at = _validateTimepoint(timepoint);
        return _pastUnitsOf(account, at) + _delegatedVotes[account][topic].upperLookupRecent(at);
    }

    /// @inheritdoc ILiquidVotes
    function delegatorCount(address account, uint8 topic) public view returns (uint256) {
        _requireTopic(topic);
        return _delegatorHeights[account][topic].count();
    }

    /// @inheritdoc ILiquidVotes
    function delegationHeight(address account, uint8 topic) public view returns (uint256) {
        _requireTopic(topic);
        return _delegatorHeights[account][topic].height();
    }

    /// @inheritdoc ILiquidVotes
    function pastUnits(address account, uint256 timepoint) public view returns (uint256) {
        return _pastUnitsOf(account, _validateTimepoint(timepoint));
    }

    /// @inheritdoc ILiquidVotes
    /// @dev The hot path of vote counting: unknown topics are not checked here (they have no delegations).
    function voterAt(address account, uint8 topic, uint256 timepoint)
        external
        view
        returns (bool eligible, uint256 power, uint256 delegated, address delegate_)
    {
        uint48 at = _validateTimepoint(timepoint);
        (bool canVote, uint256 units, uint256 flags) = _voterUnitsAt(account, at);
        if (_hasFlag(flags, EVER_DELEGATED_TO, topic)) delegated = _delegatedVotes[account][topic].upperLookupRecent(at);
        if (_hasFlag(flags, EVER_DELEGATED, topic)) delegate_ = _delegateAt(account, topic, at);
        return (canVote, units + delegated, delegated, delegate_);
    }

    function _delegateAt(address account, uint8 topic, uint48 at) private view returns (address) {
        Delegation memory record = _delegations[account][topic];
        return record.since <= at ? record.delegate : _pastDelegate(account, topic, at);
    }

    function _pastDelegate(address account, uint8 topic, uint48 at) private view returns (address) {
        return address(uint160(_pastDelegates[account][topic].upperLookupRecent(at)));
    }

    // ─── ERC-5805 on the general topic ───────────────────────────────────────────────────────────

    /// @notice Units the account represents on the general topic now (its own plus delegated to it).
    function getVotes(address account) public view virtual returns (uint256) {
        return _getVotingUnits(account) + _delegatedVotes[account][GENERAL_TOPIC].latest();
    }

    /// @notice Units the account represented on the general topic at a past timepoint.
    function getPastVotes(address account, uint256 timepoint) public view virtual returns (uint256) {
        return pastTopicVotes(account, GENERAL_TOPIC, timepoint);
    }

    /// @notice All voting units in existence at a past timepoint.
    function getPastTotalSupply(uint256 timepoint) public view virtual returns (uint256) {
        return _totalUnits.upperLookupRecent(_validateTimepoint(timepoint));
    }

    /// @dev All voting units in existence now.
    function _getTotalSupply() internal view virtual returns (uint256) {
        return _totalUnits.latest();
    }

    /// @notice The general-topic delegate of `account` (zero when it represents itself).
    function delegates(address account) public view virtual returns (address) {
        return _delegations[account][GENERAL_TOPIC].delegate;
    }

    function _validateTimepoint(uint256 timepoint) internal view returns (uint48) {
        uint48 current = clock();
        if (timepoint >= current) revert ERC5805FutureLookup(timepoint, current);
        return uint48(timepoint);
    }
}
