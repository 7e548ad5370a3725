// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {InternalLeanIMT, LeanIMTData} from "@zk-kit/lean-imt.sol/InternalLeanIMT.sol";
import {ResidentRegistry} from "./ResidentRegistry.sol";

/**
 * @title IdentityGroups
 * @notice The Semaphore (v4) groups secret ballots prove membership in: one city-wide group and one per
 * district, each a Lean IMT (zk-kit's, from npm) of the identity commitments residents registered, kept in
 * step with the {ResidentRegistry}. A resident registers one commitment from its own account and may
 * replace it (a lost identity). Each group's root is recorded over time by the registry's clock, so that
 * a round reads the group as it stood at its snapshot.
 *
 * Keeping in step. Removing a Lean IMT leaf needs the path's sibling nodes, which the registry does not
 * have when it revokes, expires or moves a resident. So the registry notifies this contract (only for
 * accounts that hold an identity: {residencyChanged}), which marks the leaf *pending*; anyone then
 * brings the trees up to date with {sync}, passing the sibling nodes computed from the group events.
 * While any leaf is pending no leaf is added or replaced, and a round whose snapshot found leaves
 * pending takes its group as it stood when the last of them was synced ({roundGroup}): only removals
 * happen in between, so the group is never larger than the registry's residents at the snapshot, and
 * a resident removed from it in between votes on paper. docs/secret-ballots.md gives the argument.
 *
 * Expiry. An admission lapses with time, without any transaction, so the registry cannot report it.
 * This contract keeps each leaf's expiry day and the first day any leaf expires: a group is *unsettled*
 * while a leaf is pending or a leaf's expiry day has begun, and such a leaf is removed (or, if the
 * resident was renewed, its date refreshed) by {sync}, which anyone may call for it without the
 * registry's `expire`. A renewal that moves the date earlier is reported by the registry like a move.
 *
 * Group ids: {CITY_GROUP} (0) is city-wide; district `d` is group `d + 1`. A moved resident leaves its
 * old district group at {sync} and joins the new one with {joinDistrict}.
 *
 * Every tree change is a {MemberAdded}, {MemberUpdated} or {MemberRemoved} event with the leaf's index
 * and the new root, in tree order, so that anyone rebuilds each group (to prove, or to compute sibling
 * nodes) from the logs.
 */
contract IdentityGroups {
    using InternalLeanIMT for LeanIMTData;
    using Checkpoints for Checkpoints.Trace208;

    /// @notice The city-wide group's id; district `d`'s group is `d + 1`.
    uint256 public constant CITY_GROUP = 0;

    /// @dev Where an account's leaf is: in the city group, in district group `districtGroup` (0: none),
    /// whether the registry reported a change not yet synced, and when its admission expires as this
    /// contract last read it (never later than the registry's date: see {_trackedExpiry}).
    struct Membership {
        bool inCity;
        bool pending;
        uint64 districtGroup;
        uint48 expiresAt;
    }

    /// @dev Expiry dates are tracked by day (rounded down: a leaf counts as lapsed from the start of the day
    /// its admission expires) and at most this far ahead, so that finding the next day with leaves stays cheap.
    uint256 private constant EXPIRY_HORIZON = 3650 days;

    ResidentRegistry private immutable _registry;

    mapping(uint256 group => LeanIMTData) private _trees;
    mapping(uint256 group => Checkpoints.Trace208) private _rootSequence;
    mapping(uint256 group => mapping(uint256 sequence => uint256)) private _roots;
    mapping(address account => uint256) private _commitments;
    mapping(uint256 commitment => address) private _holders;
    mapping(address account => Membership) private _memberships;
    /// @dev Per account over time: bit 0 in the city group, the rest its district group (see {_packed}).
    mapping(address account => Checkpoints.Trace208) private _membershipHistory;
    /// @dev Number of pending leaves over time, and the times at which it fell back to zero.
    Checkpoints.Trace208 private _pendingCount;
    Checkpoints.Trace208 private _cleanTimes;
    /// @dev Leaves by the day their admission expires, a bitmap of the days that have any, and over time the
    /// first such day plus one (0: no leaf). A group holding a leaf whose day has begun is not fixed for a
    /// round (the issue's "admitted, unexpired residents") until that leaf is synced.
    mapping(uint256 day => uint256) private _expiringOn;
    mapping(uint256 word => uint256) private _expiryDays;
    Checkpoints.Trace208 private _firstExpiryDay;

    /// @dev The commitment joined `group` as leaf `index`; the group's root is now `root`.
    event MemberAdded(uint256 indexed group, uint256 index, uint256 identityCommitment, uint256 root);
    /// @dev Leaf `index` of `group` changed from `identityCommitment` to `newIdentityCommitment`.
    event MemberUpdated(
        uint256 indexed group, uint256 index, uint256 identityCommitment, uint256 newIdentityCommitment, uint256 root
    );
    /// @dev Leaf `index` of `group` (`identityCommitment`) was set to zero.
    event MemberRemoved(uint256 indexed group, uint256 index, uint256 identityCommitment, uint256 root);
    /// @dev `account` registered (or replaced) its identity commitment.
    event IdentityRegistered(address indexed account, uint256 identityCommitment, uint256 previousCommitment);
    /// @dev The registry reported a change for `account` (revoked, expired, moved): its leaf awaits {sync}.
    event IdentityPending(address indexed account);
    /// @dev `account`'s leaves were brought in step with the registry.
    event IdentitySynced(address indexed account, bool inCity, uint256 districtGroup);

    /// @dev Only the resident registry may report changes.
    error IdentityGroupsNotRegistry(address caller);
    /// @dev The account is not a current resident.
    error IdentityGroupsNotResident(address account);
    /// @dev The account already holds an identity (replace it instead), or holds none (register first).
    error IdentityGroupsIdentityExists(address account, uint256 commitment);
    error IdentityGroupsNoIdentity(address account);
    /// @dev The commitment is zero or was registered by another account.
    error IdentityGroupsCommitmentUnavailable(uint256 commitment);
    /// @dev Leaves are pending {sync} (or were synced this very second): no leaf is added or replaced now.
    error IdentityGroupsSyncPending(uint256 pending);
    /// @dev The account has no leaf awaiting {sync}.
    error IdentityGroupsNothingToSync(address account);
    /// @dev {joinDistrict}: the account is not in the city group, is pending, or already in a district group.
    error IdentityGroupsCannotJoinDistrict(address account);

    constructor(ResidentRegistry registry_) {
        _registry = registry_;
    }

    // ─── Residents ───────────────────────────────────────────────────────────────────────────────

    /**
     * @notice Registers the caller's Semaphore identity commitment: it joins the city group and its
     * district's group. Any current resident without an identity, from its own account, while no leaf is
     * pending {sync}. A commitment belongs to the first account that registers it, for good.
     */
    function register(uint256 identityCommitment) external {
        address account = msg.sender;
        (bool resident, uint32 district) = _currentResidency(account);
        if (!resident) revert IdentityGroupsNotResident(account);
        if (_commitments[account] != 0) revert IdentityGroupsIdentityExists(account, _commitments[account]);
        _requireSettled();
        _claim(account, identityCommitment);
        uint64 districtGroup = _districtGroup(district);
        _insert(CITY_GROUP, identityCommitment);
        _insert(districtGroup, identityCommitment);
        uint48 expiresAt = _trackedExpiry(account);
        _trackExpiry(expiresAt);
        _memberships[account] =
            Membership({inCity: true, pending: false, districtGroup: districtGroup, expiresAt: expiresAt});
        _recordMembership(account, true, districtGroup);
        _registry.setIdentityHolder(account, true);
        emit IdentityRegistered(account, identityCommitment, 0);
    }

    /**
     * @notice Replaces the caller's commitment (a lost or exposed identity) in place, in each group it is
     * in. Rounds whose snapshot has passed keep the old commitment; the new one votes from the next
     * snapshot. The caller, a current resident holding an identity, while no leaf is pending {sync}.
     * @param citySiblings the sibling nodes of the old leaf's path in the city group
     * @param districtSiblings those in its district group (empty if it is in none)
     */
    function replace(
        uint256 newIdentityCommitment,
        uint256[] calldata citySiblings,
        uint256[] calldata districtSiblings
    ) external {
        address account = msg.sender;
        (bool resident,) = _currentResidency(account);
        if (!resident) revert IdentityGroupsNotResident(account);
        uint256 old = _commitments[account];
        Membership memory membership = _memberships[account];
        if (old == 0 || !membership.inCity) revert IdentityGroupsNoIdentity(account);
        _requireSettled();
        _claim(account, newIdentityCommitment);
        _update(CITY_GROUP, old, newIdentityCommitment, citySiblings);
        if (membership.districtGroup != 0) {
            _update(membership.districtGroup, old, newIdentityCommitment, districtSiblings);
        }
        emit IdentityRegistered(account, newIdentityCommitment, old);
    }

    /**
     * @notice Adds a resident who moved (and was synced out of its old district group) to its current
     * district's group. Anyone, while no leaf is pending {sync}.
     */
    function joinDistrict(address account) external {
        Membership memory membership = _memberships[account];
        (bool resident, uint32 district) = _currentResidency(account);
        if (!resident || !membership.inCity || membership.pending || membership.districtGroup != 0) {
            revert IdentityGroupsCannotJoinDistrict(account);
        }
        _requireSettled();
        uint64 districtGroup = _districtGroup(district);
        _insert(districtGroup, _commitments[account]);
        _memberships[account].districtGroup = districtGroup;
        _recordMembership(account, true, districtGroup);
        emit IdentitySynced(account, true, districtGroup);
    }

    // ─── Keeping in step with the registry ───────────────────────────────────────────────────────

    /**
     * @notice The registry reports that `account` (which holds an identity) left or moved: its leaf is
     * pending until {sync}. Only the registry.
     */
    function residencyChanged(address account) external {
        if (msg.sender != address(_registry)) revert IdentityGroupsNotRegistry(msg.sender);
        Membership storage membership = _memberships[account];
        if (!membership.inCity || membership.pending) return;
        membership.pending = true;
        _pendingCount.push(Time.timestamp(), _pendingCount.latest() + 1);
        emit IdentityPending(account);
    }

    /**
     * @notice Brings an account's leaves in step with the registry: removed from every group if it is no
     * longer a current resident, removed from its old district group if it moved, its expiry date read
     * again if it was renewed. Anyone, for an account that is pending or whose expiry day (as last read)
     * has begun, with the sibling nodes of the leaf's paths (computed from the group events; see
     * docs/secret-ballots.md).
     * @param citySiblings the leaf's sibling nodes in the city group (used when it is removed)
     * @param districtSiblings those in its district group (used when it is removed or moved)
     */
    function sync(address account, uint256[] calldata citySiblings, uint256[] calldata districtSiblings) external {
        Membership memory membership = _memberships[account];
        uint48 now_ = Time.timestamp();
        bool lapsing = membership.inCity && _dayStart(membership.expiresAt) <= now_;
        if (!membership.pending && !lapsing) revert IdentityGroupsNothingToSync(account);
        (bool resident, uint32 district) = _currentResidency(account);
        uint256 commitment = _commitments[account];
        if (membership.inCity) _untrackExpiry(membership.expiresAt);
        if (!resident) {
            _remove(CITY_GROUP, commitment, citySiblings);
            if (membership.districtGroup != 0) _remove(membership.districtGroup, commitment, districtSiblings);
            membership.inCity = false;
            membership.districtGroup = 0;
            membership.expiresAt = 0;
            delete _commitments[account];
            _registry.setIdentityHolder(account, false);
        } else {
            if (membership.districtGroup != 0 && membership.districtGroup != _districtGroup(district)) {
                _remove(membership.districtGroup, commitment, districtSiblings);
                membership.districtGroup = 0;
            }
            membership.expiresAt = _trackedExpiry(account);
            _trackExpiry(membership.expiresAt);
        }
        uint208 pending = _pendingCount.latest();
        if (membership.pending) {
            pending -= 1;
            _pendingCount.push(now_, pending);
        }
        membership.pending = false;
        _memberships[account] = membership;
        _recordMembership(account, membership.inCity, membership.districtGroup);

        if (pending == 0 && !_lapsedAt(now_)) _cleanTimes.push(now_, now_);
        emit IdentitySynced(account, membership.inCity, membership.districtGroup);
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /**
     * @notice The group a round with snapshot `snapshot` proves membership in: the root of `group` at the
     * snapshot if it was settled then (no leaf pending, none whose expiry day had begun), otherwise at the
     * first moment after it when it was (`fixedAt` 0: not yet, so no secret ballot or paper check-in can
     * be checked until someone syncs).
     */
    function roundGroup(uint256 group, uint48 snapshot) public view returns (uint256 root, uint48 fixedAt) {
        bool settled = _pendingCount.upperLookupRecent(snapshot) == 0 && !_lapsedAt(snapshot);
        fixedAt = settled ? snapshot : uint48(_cleanTimes.lowerLookup(snapshot));
        if (fixedAt != 0) root = rootAt(group, fixedAt);
    }

    /// @notice The root of `group` at the end of second `timepoint` (0: empty or never used).
    function rootAt(uint256 group, uint48 timepoint) public view returns (uint256) {
        return _roots[group][_rootSequence[group].upperLookupRecent(timepoint)];
    }

    /// @notice Whether `account`'s leaf was in `group` at the end of second `timepoint`.
    function isMemberAt(address account, uint256 group, uint48 timepoint) public view returns (bool) {
        uint256 packed = _membershipHistory[account].upperLookupRecent(timepoint);
        return group == CITY_GROUP ? packed & 1 == 1 : packed >> 1 == group;
    }

    /// @notice The current root, number of leaves (removed ones included) and depth of `group`.
    function groupOf(uint256 group) external view returns (uint256 root, uint256 size, uint256 depth) {
        LeanIMTData storage tree = _trees[group];
        return (tree._root(), tree.size, tree.depth);
    }

    /// @notice The leaf index of `identityCommitment` in `group`; reverts if it is not there.
    function indexOf(uint256 group, uint256 identityCommitment) external view returns (uint256) {
        return _trees[group]._indexOf(identityCommitment);
    }

    /// @notice The commitment `account` holds now (0: none), where its leaf is, and whether it awaits {sync}.
    function identityOf(address account)
        external
        view
        returns (uint256 commitment, bool inCity, uint256 districtGroup, bool pending)
    {
        Membership memory membership = _memberships[account];
        return (_commitments[account], membership.inCity, membership.districtGroup, membership.pending);
    }

    /// @notice The account that registered `identityCommitment` (zero: none).
    function holderOf(uint256 identityCommitment) external view returns (address) {
        return _holders[identityCommitment];
    }

    /// @notice How many leaves await {sync} now (reported by the registry; lapsed ones come on top).
    function pendingCount() external view returns (uint256) {
        return _pendingCount.latest();
    }

    /// @notice The first day (a timestamp at 00:00 UTC) on which some leaf's admission expires, as this
    /// contract last read the dates (0: no leaf). From that moment on, {sync} that leaf.
    function firstExpiry() external view returns (uint256) {
        uint256 first = _firstExpiryDay.latest();
        return first == 0 ? 0 : (first - 1) * 1 days;
    }

    /// @notice When `account`'s admission expires as this contract last read it (0: no leaf).
    function trackedExpiryOf(address account) external view returns (uint48) {
        return _memberships[account].expiresAt;
    }

    /// @notice The group id of district `district`.
    function districtGroupOf(uint32 district) external pure returns (uint256) {
        return _districtGroup(district);
    }

    /// @notice The resident registry these groups follow.
    function registry() external view returns (ResidentRegistry) {
        return _registry;
    }

    // ─── Internals ───────────────────────────────────────────────────────────────────────────────

    function _currentResidency(address account) private view returns (bool resident, uint32 district) {
        (bool member, uint48 expiresAt, uint32 home) = _registry.residencyOf(account);
        return (member && expiresAt > Time.timestamp(), home);
    }

    /// @dev No leaf pending or lapsing, and none synced this second (so that a round fixed at this second's
    /// end sees removals only).
    function _requireSettled() private view {
        uint256 pending = _pendingCount.latest();
        (, uint48 lastClean,) = _cleanTimes.latestCheckpoint();
        uint48 now_ = Time.timestamp();
        if (pending != 0 || _lapsedAt(now_) || (lastClean != 0 && lastClean >= now_)) {
            revert IdentityGroupsSyncPending(pending);
        }
    }

    /// @dev Whether some leaf's expiry day had begun at `timepoint` (as the dates were known then).
    function _lapsedAt(uint48 timepoint) private view returns (bool) {
        uint256 first = _firstExpiryDay.upperLookupRecent(timepoint);
        return first != 0 && (first - 1) * 1 days <= timepoint;
    }

    /// @dev The account's expiry date in the registry, at most {EXPIRY_HORIZON} ahead (earlier is safe: the
    /// leaf is then only synced sooner).
    function _trackedExpiry(address account) private view returns (uint48) {
        (, uint48 expiresAt,) = _registry.residencyOf(account);
        uint256 horizon = uint256(Time.timestamp()) + EXPIRY_HORIZON;
        // horizon < 2^48 for any block time this century and the next thousands
        // forge-lint: disable-next-line(unsafe-typecast)
        return expiresAt < horizon ? expiresAt : uint48(horizon);
    }

    function _dayStart(uint48 timestamp) private pure returns (uint256) {
        return uint256(timestamp) / 1 days * 1 days;
    }

    function _trackExpiry(uint48 expiresAt) private {
        uint256 day = uint256(expiresAt) / 1 days;
        if (_expiringOn[day]++ == 0) _expiryDays[day >> 8] |= 1 << (day & 0xff);
        uint256 first = _firstExpiryDay.latest();
        // forge-lint: disable-next-line(unsafe-typecast)
        if (first == 0 || day + 1 < first) _firstExpiryDay.push(Time.timestamp(), uint208(day + 1));
    }

    function _untrackExpiry(uint48 expiresAt) private {
        uint256 day = uint256(expiresAt) / 1 days;
        if (--_expiringOn[day] != 0) return;
        _expiryDays[day >> 8] &= ~(1 << (day & 0xff));
        if (_firstExpiryDay.latest() != day + 1) return;
        // forge-lint: disable-next-line(unsafe-typecast)
        _firstExpiryDay.push(Time.timestamp(), uint208(_nextExpiryDay(day)));
    }

    /// @dev The first day after `day` with leaves, plus one (0: none). Tracked dates lie at most
    /// {EXPIRY_HORIZON} after the time they were read (never after now), so the scan stops that far past
    /// today or `day`, whichever is later.
    function _nextExpiryDay(uint256 day) private view returns (uint256) {
        uint256 today = uint256(Time.timestamp()) / 1 days;
        uint256 last = ((day > today ? day : today) + EXPIRY_HORIZON / 1 days + 1) >> 8;
        for (uint256 word = day >> 8; word <= last; ++word) {
            uint256 bits = _expiryDays[word];
            // only the days after `day` (a shift by 256 gives 0)
            if (word == day >> 8) bits = (bits >> ((day & 0xff) + 1)) << ((day & 0xff) + 1);
            if (bits == 0) continue;
            uint256 bit;
            while (bits & (1 << bit) == 0) ++bit;
            return (word << 8) + bit + 1;
        }
        return 0;
    }

    function _claim(address account, uint256 commitment) private {
        address holder = _holders[commitment];
        if (commitment == 0 || (holder != address(0) && holder != account)) {
            revert IdentityGroupsCommitmentUnavailable(commitment);
        }
        _holders[commitment] = account;
        _commitments[account] = commitment;
    }

    function _insert(uint256 group, uint256 commitment) private {
        LeanIMTData storage tree = _trees[group];
        uint256 root = tree._insert(commitment);
        _recordRoot(group, root);
        emit MemberAdded(group, tree.size - 1, commitment, root);
    }

    function _update(uint256 group, uint256 old, uint256 commitment, uint256[] calldata siblings) private {
        LeanIMTData storage tree = _trees[group];
        uint256 index = tree._indexOf(old);
        uint256 root = tree._update(old, commitment, siblings);
        _recordRoot(group, root);
        emit MemberUpdated(group, index, old, commitment, root);
    }

    function _remove(uint256 group, uint256 commitment, uint256[] calldata siblings) private {
        LeanIMTData storage tree = _trees[group];
        uint256 index = tree._indexOf(commitment);
        uint256 root = tree._remove(commitment, siblings);
        _recordRoot(group, root);
        emit MemberRemoved(group, index, commitment, root);
    }

    function _recordRoot(uint256 group, uint256 root) private {
        Checkpoints.Trace208 storage sequence = _rootSequence[group];
        uint208 next = sequence.latest() + 1;
        _roots[group][next] = root;
        sequence.push(Time.timestamp(), next);
    }

    function _recordMembership(address account, bool inCity, uint64 districtGroup) private {
        _membershipHistory[account].push(Time.timestamp(), (uint208(districtGroup) << 1) | (inCity ? 1 : 0));
    }

    function _districtGroup(uint32 district) private pure returns (uint64) {
        return uint64(district) + 1;
    }
}
