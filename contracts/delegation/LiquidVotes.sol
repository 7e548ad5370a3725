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
import {HeadCheckpoints} from "./HeadCheckpoints.sol";
import {DepthProfiles} from "./DepthProfiles.sol";

/**
 * @title LiquidVotes
 * @notice Transitive, per-topic, revocable delegation over any source of voting units, in the shape of
 * OpenZeppelin's {Votes}: a units source (a resident registry, an ERC-20) derives from it, reports unit
 * movements through {_transferVotingUnits} and answers {_getVotingUnits} / {_pastUnitsOf}.
 *
 * The counting rule: a unit reaches its holder's delegate, theirs, ... for at most `maxDepth` hops; what
 * would travel further is not counted. So a delegation is never refused because of who delegates to the
 * delegator (nobody can lock anyone out of delegating: issue 12, finding 2), only when it would close a
 * cycle that the delegator's own unit would travel.
 *
 * For every (account, topic) it keeps the current delegate with the history of earlier ones, and the units
 * that reach the account from below, by distance ({DepthProfiles}), with their history. A delegation walks
 * at most `maxDepth` accounts of the old chain and of the new one, moving the delegator's profile (its own
 * units and everything below it, one number per distance) one hop further at each account. However many
 * people delegate to someone, their operations cost the same.
 *
 * The clock is a timestamp (ERC-6372 `mode=timestamp`): council timelines are in days, and block numbers
 * mean different things on different networks.
 */
abstract contract LiquidVotes is Context, EIP712, Nonces, ILiquidVotes {
    using Checkpoints for Checkpoints.Trace208;
    using HeadCheckpoints for HeadCheckpoints.Trace;

    /// @notice Compile-time bound for the deployment's maximum chain length (see docs/liquid-delegation.md).
    uint256 public constant MAX_DEPTH_BOUND = 8;
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

    /// @dev The delegate (as a number; 0: none) with the history of earlier ones.
    mapping(address account => mapping(uint8 topic => HeadCheckpoints.Trace)) private _delegates;
    /// @dev Units reaching the account from below, by distance (a {DepthProfiles} profile), over time.
    mapping(address account => mapping(uint8 topic => HeadCheckpoints.Trace)) private _delegated;

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
    function maxUnits() public view returns (uint256) {
        return DepthProfiles.capacity(_maxDepth);
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
     * @dev Points `account`'s vote on `topic` at `to` (zero, or `account` itself, revokes). Moves what the
     * account carries (its units and its delegators', by distance) off the old chain and onto the new one,
     * `maxDepth` accounts of each at most. Reverts only if `account` is among the first `maxDepth`
     * accounts of the new chain: its own units would come back to it.
     */
    function _setDelegate(address account, uint8 topic, address to) internal virtual {
        if (to == account) to = address(0);
        HeadCheckpoints.Trace storage record = _delegates[account][topic];
        address from = address(uint160(record.latest()));
        if (from == to) return;
        if (to != address(0)) _checkDelegation(account, to);

        uint256 flags = _delegationFlags(account);
        uint256 below = _hasFlag(flags, EVER_DELEGATED_TO, topic) ? _delegated[account][topic].latest() : 0;
        uint256 carried = DepthProfiles.carried(_getVotingUnits(account), below, _maxDepth);
        _moveAlongChains(account, topic, from, to, carried);

        record.push(clock(), uint160(to));
        uint256 bit = uint256(1) << topic;
        uint256 next = to == address(0)
            ? flags & ~(bit << DELEGATING)
            : flags | (bit << DELEGATING) | (bit << EVER_DELEGATED);
        if (next != flags) _setDelegationFlags(account, next);

        emit TopicDelegateChanged(account, topic, from, to);
        if (topic == GENERAL_TOPIC) emit DelegateChanged(account, from, to);
    }

    /// @dev Hook for units sources that restrict who may delegate to whom (residents only, say).
    function _checkDelegation(address account, address delegatee) internal view virtual {}

    /**
     * @dev Takes `carried` off the first `maxDepth` accounts from `from` and puts it on the first `maxDepth`
     * accounts from `to`, one hop further at each. Both chains agree from the first distance at which they
     * hold the same account, which is skipped with everything after it. The old chain is walked first so
     * that no amount ever exceeds its final value on the way (no lane can overflow).
     */
    function _moveAlongChains(address account, uint8 topic, address from, address to, uint256 carried) private {
        uint256 depth = _maxDepth;
        address[] memory newChain = new address[](depth);
        address node = to;
        for (uint256 hop; hop < depth && node != address(0); ++hop) {
            // The delegator's own units would come back to it within reach: a cycle.
            if (node == account) revert LiquidVotesDelegationCycle(account, to);
            newChain[hop] = node;
            node = _delegateOf(node, topic);
        }
        _markDelegatedTo(to, topic);
        if (carried == 0) return;

        uint256 hops;
        node = from;
        for (; hops < depth && node != newChain[hops]; ++hops) {
            if (node == address(0)) continue;
            _moveDelegated(node, topic, DepthProfiles.shifted(carried, hops, depth), false);
            node = _delegateOf(node, topic);
        }
        for (uint256 hop; hop < hops && newChain[hop] != address(0); ++hop) {
            _moveDelegated(newChain[hop], topic, DepthProfiles.shifted(carried, hop, depth), true);
        }
    }

    /// @dev Remembers that `account` was delegated to on `topic`, so that votes of others skip the read.
    function _markDelegatedTo(address account, uint8 topic) private {
        if (account == address(0)) return;
        uint256 flags = _delegationFlags(account);
        if (!_hasFlag(flags, EVER_DELEGATED_TO, topic)) {
            _setDelegationFlags(account, flags | (uint256(1) << (EVER_DELEGATED_TO + topic)));
        }
    }

    function _delegateOf(address account, uint8 topic) private view returns (address) {
        return address(uint160(_delegates[account][topic].latest()));
    }

    /// @dev Adds or subtracts a profile to the units reaching `account` from below.
    function _moveDelegated(address account, uint8 topic, uint256 profile, bool add) private {
        if (profile == 0) return;
        HeadCheckpoints.Trace storage trace = _delegated[account][topic];
        uint256 current = trace.latest();
        uint256 next = add ? current + profile : current - profile;
        trace.push(clock(), next);
        if (topic == GENERAL_TOPIC) {
            uint256 own = _getVotingUnits(account);
            uint256 depth = _maxDepth;
            emit DelegateVotesChanged(
                account, own + DepthProfiles.total(current, depth), own + DepthProfiles.total(next, depth)
            );
        }
    }

    // ─── Units ───────────────────────────────────────────────────────────────────────────────────

    /**
     * @dev Called by the units source after `amount` units moved from `from` to `to` (zero: minted or
     * burned). The first `maxDepth` accounts above either account, on every topic where it delegates, move
     * with them. Refuses to create more units than {maxUnits}.
     */
    function _transferVotingUnits(address from, address to, uint256 amount) internal virtual {
        if (amount == 0) return;
        if (from == address(0)) {
            uint256 total = _totalUnits.latest() + amount;
            if (total > maxUnits()) revert LiquidVotesTooManyUnits(total, maxUnits());
            _totalUnits.push(clock(), uint208(total));
        }
        if (to == address(0)) _totalUnits.push(clock(), SafeCast.toUint208(_totalUnits.latest() - amount));
        if (from != address(0)) _unitsMoved(from, amount, false);
        if (to != address(0)) _unitsMoved(to, amount, true);
    }

    function _unitsMoved(address account, uint256 amount, bool added) private {
        uint256 depth = _maxDepth;
        uint256 flags = _delegationFlags(account);
        uint256 own = _getVotingUnits(account);
        uint256 delegated = _hasFlag(flags, EVER_DELEGATED_TO, GENERAL_TOPIC)
            ? DepthProfiles.total(_delegated[account][GENERAL_TOPIC].latest(), depth)
            : 0;
        emit DelegateVotesChanged(account, delegated + (added ? own - amount : own + amount), delegated + own);

        uint256 topics = (flags >> DELEGATING) & type(uint16).max;
        for (uint8 topic; topics != 0; ++topic) {
            if (topics & 1 == 1) {
                address node = _delegateOf(account, topic);
                for (uint256 hop; hop < depth && node != address(0); ++hop) {
                    _moveDelegated(node, topic, DepthProfiles.shifted(amount, hop, depth), added);
                    node = _delegateOf(node, topic);
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
        return _delegateOf(account, topic);
    }

    /// @inheritdoc ILiquidVotes
    function delegateAt(address account, uint8 topic, uint256 timepoint) public view returns (address) {
        return _delegateAt(account, topic, _validateTimepoint(timepoint));
    }

    /// @inheritdoc ILiquidVotes
    function chainOf(address account, uint8 topic) public view returns (address[] memory chain) {
        _requireTopic(topic);
        chain = new address[](_maxDepth);
        uint256 length;
        for (address node = _delegateOf(account, topic); node != address(0) && length < chain.length;) {
            chain[length++] = node;
            node = _delegateOf(node, topic);
        }
        assembly ("memory-safe") {
            mstore(chain, length)
        }
    }

    /// @inheritdoc ILiquidVotes
    function chainAt(address account, uint8 topic, uint256 timepoint) public view returns (address[] memory chain) {
        _requireTopic(topic);
        uint48 at = _validateTimepoint(timepoint);
        chain = new address[](_maxDepth);
        uint256 length;
        for (address node = _delegateAt(account, topic, at); node != address(0) && length < chain.length;) {
            chain[length++] = node;
            node = _delegateAt(node, topic, at);
        }
        assembly ("memory-safe") {
            mstore(chain, length)
        }
    }

    /// @inheritdoc ILiquidVotes
    function topicVotes(address account, uint8 topic) public view returns (uint256) {
        _requireTopic(topic);
        return _getVotingUnits(account) + DepthProfiles.total(_delegated[account][topic].latest(), _maxDepth);
    }

    /// @inheritdoc ILiquidVotes
    function pastTopicVotes(address account, uint8 topic, uint256 timepoint) public view returns (uint256) {
        _requireTopic(topic);
        uint48 at = _validateTimepoint(timepoint);
        return _pastUnitsOf(account, at) + DepthProfiles.total(_delegated[account][topic].upperLookup(at), _maxDepth);
    }

    /// @inheritdoc ILiquidVotes
    function topicVotesByDepth(address account, uint8 topic) public view returns (uint256[] memory) {
        _requireTopic(topic);
        return DepthProfiles.lanes(_delegated[account][topic].latest(), _maxDepth);
    }

    /// @inheritdoc ILiquidVotes
    function pastTopicVotesByDepth(address account, uint8 topic, uint256 timepoint)
        public
        view
        returns (uint256[] memory)
    {
        _requireTopic(topic);
        uint48 at = _validateTimepoint(timepoint);
        return DepthProfiles.lanes(_delegated[account][topic].upperLookup(at), _maxDepth);
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
        uint256 depth = _maxDepth;
        if (_hasFlag(flags, EVER_DELEGATED_TO, topic)) {
            delegated = _delegated[account][topic].upperLookup(at);
            units += DepthProfiles.total(delegated, depth);
        }
        if (_hasFlag(flags, EVER_DELEGATED, topic)) delegate_ = _delegateAt(account, topic, at);
        return (canVote, units, delegated | (depth << DepthProfiles.DEPTH_SHIFT), delegate_);
    }

    function _delegateAt(address account, uint8 topic, uint48 at) private view returns (address) {
        return address(uint160(_delegates[account][topic].upperLookup(at)));
    }

    // ─── ERC-5805 on the general topic ───────────────────────────────────────────────────────────

    /// @notice Units the account represents on the general topic now (its own plus delegated to it).
    function getVotes(address account) public view virtual returns (uint256) {
        return _getVotingUnits(account) + DepthProfiles.total(_delegated[account][GENERAL_TOPIC].latest(), _maxDepth);
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
        return _delegateOf(account, GENERAL_TOPIC);
    }

    function _validateTimepoint(uint256 timepoint) internal view returns (uint48) {
        uint48 current = clock();
        if (timepoint >= current) revert ERC5805FutureLookup(timepoint, current);
        return uint48(timepoint);
    }
}
