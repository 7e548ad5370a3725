// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {LiquidVotes} from "../delegation/LiquidVotes.sol";

/// @dev What the registry tells the identity groups of secret ballots (see IdentityGroups).
interface IIdentityGroupsHook {
    function residencyChanged(address account) external;
}

/**
 * @title ResidentRegistry
 * @notice One resident, one vote. The council's identity office (REGISTRAR_ROLE) admits residents: each
 * holds one voting unit that cannot be transferred, until it is revoked or, after its expiry date,
 * removed by anyone through {expire}. Re-admitting a resident renews them. Delegation is liquid
 * ({LiquidVotes}) and only between residents.
 *
 * No personal data is kept: a resident is an address, a district number, an expiry date and a
 * commitment to the off-chain credential the office checked (for example keccak256 of a secret salt and
 * the document number), which stops one credential from being admitted under two addresses at once.
 *
 * Governance (DEFAULT_ADMIN_ROLE, the timelock) registers topics and grants the registrar role.
 *
 * Secret ballots: governance may connect the identity groups once ({setIdentityGroups}). The registry
 * then tells them when a resident holding an identity commitment leaves or moves district, so that its
 * leaf leaves the group; residents without one cost nothing more (a flag in the word already read).
 */
contract ResidentRegistry is LiquidVotes, AccessControl {
    using Checkpoints for Checkpoints.Trace208;

    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @dev One admission request: the resident's address, credential commitment, district and expiry.
    struct Admission {
        address account;
        bytes32 credential;
        uint32 district;
        uint48 expiresAt;
    }

    /// @dev A resident's current state and since when it holds; earlier states live in `_pastResidency`.
    /// The word also carries the account's delegation flags for {LiquidVotes}, so that casting a vote
    /// reads a single slot here for residents who never delegated.
    struct Residency {
        uint48 since;
        uint48 expiresAt;
        uint32 district;
        bool member;
        uint48 delegationFlags;
        bool identity;
    }

    mapping(address account => Residency) private _residency;
    mapping(address account => Checkpoints.Trace208) private _pastResidency;
    mapping(bytes32 credential => address) private _credentialHolder;
    IIdentityGroupsHook private _identityGroups;

    event ResidentAdmitted(address indexed account, bytes32 indexed credential, uint32 district, uint48 expiresAt);
    event ResidentRenewed(address indexed account, bytes32 indexed credential, uint32 district, uint48 expiresAt);
    event ResidentRevoked(address indexed account, bytes32 reason);
    event ResidentExpired(address indexed account, uint48 expiredAt);
    event IdentityGroupsSet(address identityGroups);

    /// @dev The admission's address is zero.
    error ResidentRegistryZeroAddress(uint256 index);
    /// @dev The admission carries no credential commitment.
    error ResidentRegistryMissingCredential(address account);
    /// @dev The expiry date is not in the future.
    error ResidentRegistryExpiryInPast(address account, uint48 expiresAt, uint48 now_);
    /// @dev The credential already admitted another address that is still a resident.
    error ResidentRegistryCredentialInUse(bytes32 credential, address holder);
    /// @dev The account is not a current (admitted, unexpired) resident.
    error ResidentRegistryNotResident(address account);
    /// @dev {expire} was called for a resident whose expiry date has not passed.
    error ResidentRegistryNotExpired(address account, uint48 expiresAt);
    /// @dev The identity groups are already connected, or the caller is not them.
    error ResidentRegistryIdentityGroups(address caller);

    /**
     * @param maxDepth_ the maximum delegation chain length, 1 to 8 hops
     * @param admin receives DEFAULT_ADMIN_ROLE: the timelock in a deployed polity
     * @param registrar receives REGISTRAR_ROLE (zero: none yet)
     * @param topics names of the topics registered after "general"
     */
    constructor(string memory name, uint256 maxDepth_, address admin, address registrar, string[] memory topics)
        EIP712(name, "1")
        LiquidVotes(maxDepth_)
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (registrar != address(0)) _grantRole(REGISTRAR_ROLE, registrar);
        for (uint256 i; i < topics.length; ++i) {
            _registerTopic(topics[i]);
        }
    }

    // ─── Admission ───────────────────────────────────────────────────────────────────────────────

    /**
     * @notice Admits residents, or renews those already admitted (new expiry, possibly a new district).
     * Only the registrar. A batch is all-or-nothing: the first invalid entry reverts with its reason.
     */
    function admit(Admission[] calldata admissions) external onlyRole(REGISTRAR_ROLE) {
        uint48 now_ = clock();
        for (uint256 i; i < admissions.length; ++i) {
            Admission calldata admission = admissions[i];
            address account = admission.account;
            if (account == address(0)) revert ResidentRegistryZeroAddress(i);
            if (admission.credential == bytes32(0)) revert ResidentRegistryMissingCredential(account);
            if (admission.expiresAt <= now_) revert ResidentRegistryExpiryInPast(account, admission.expiresAt, now_);

            address holder = _credentialHolder[admission.credential];
            if (holder != account) {
                if (holder != address(0) && _residency[holder].member) {
                    revert ResidentRegistryCredentialInUse(admission.credential, holder);
                }
                _credentialHolder[admission.credential] = account;
            }

            Residency storage current = _residency[account];
            bool renewal = current.member;
            // The identity groups follow a move, and a renewal that moves the expiry date earlier (they
            // track each leaf's date, and a later one is only picked up at the earlier one: safe).
            if (
                renewal && current.identity
                    && (current.district != admission.district || admission.expiresAt < current.expiresAt)
            ) _notifyIdentity(account);
            _setResidency(account, now_, admission.expiresAt, admission.district, true);
            if (renewal) {
                emit ResidentRenewed(account, admission.credential, admission.district, admission.expiresAt);
            } else {
                _transferVotingUnits(address(0), account, 1);
                emit ResidentAdmitted(account, admission.credential, admission.district, admission.expiresAt);
            }
        }
    }

    /**
     * @notice Removes residents' units now (they moved away, or were admitted in error). Only the registrar.
     * Accounts that already left (revoked, or expired through {expire}, which anyone may call first) are
     * skipped, so that nobody can make a batch fail; an account never admitted is refused (a typo).
     */
    function revoke(address[] calldata accounts, bytes32 reason) external onlyRole(REGISTRAR_ROLE) {
        for (uint256 i; i < accounts.length; ++i) {
            address account = accounts[i];
            Residency memory current = _residency[account];
            if (!_stillToRemove(account, current)) continue;
            _leave(account, current);
            emit ResidentRevoked(account, reason);
        }
    }

    /**
     * @notice Removes the units of residents whose expiry date has passed. Anyone may call it. Accounts
     * that already left are skipped (another caller got there first); an account never admitted is refused.
     */
    function expire(address[] calldata accounts) external {
        uint48 now_ = clock();
        for (uint256 i; i < accounts.length; ++i) {
            address account = accounts[i];
            Residency memory current = _residency[account];
            if (!_stillToRemove(account, current)) continue;
            if (current.expiresAt > now_) revert ResidentRegistryNotExpired(account, current.expiresAt);
            _leave(account, current);
            emit ResidentExpired(account, current.expiresAt);
        }
    }

    /**
     * @notice Connects the identity groups of secret ballots, once. Only governance.
     */
    function setIdentityGroups(IIdentityGroupsHook identityGroups_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(_identityGroups) != address(0)) revert ResidentRegistryIdentityGroups(msg.sender);
        _identityGroups = identityGroups_;
        emit IdentityGroupsSet(address(identityGroups_));
    }

    /// @notice Marks whether `account` holds an identity commitment, so that its leaves follow its
    /// residency. Only the identity groups.
    function setIdentityHolder(address account, bool holder) external {
        if (msg.sender != address(_identityGroups)) revert ResidentRegistryIdentityGroups(msg.sender);
        _residency[account].identity = holder;
    }

    /// @notice The identity groups of secret ballots (zero: not connected).
    function identityGroups() external view returns (IIdentityGroupsHook) {
        return _identityGroups;
    }

    /// @notice Registers a delegation topic (transport, education, ...). Only governance.
    function registerTopic(string calldata name) external onlyRole(DEFAULT_ADMIN_ROLE) returns (uint8) {
        return _registerTopic(name);
    }

    /// @dev Whether `account` still holds a unit; reverts if it never held one.
    function _stillToRemove(address account, Residency memory current) private pure returns (bool) {
        if (current.since == 0) revert ResidentRegistryNotResident(account);
        return current.member;
    }

    function _leave(address account, Residency memory current) private {
        _setResidency(account, clock(), current.expiresAt, current.district, false);
        _transferVotingUnits(account, address(0), 1);
        if (current.identity) _notifyIdentity(account);
    }

    function _notifyIdentity(address account) private {
        _identityGroups.residencyChanged(account);
    }

    /// @dev Keeps the previous state in the history (unless it began in this same second) and stores the
    /// new one, leaving the delegation flags as they are.
    function _setResidency(address account, uint48 since, uint48 expiresAt, uint32 district, bool member) private {
        Residency storage current = _residency[account];
        if (current.since != 0 && current.since < since) {
            _pastResidency[account].push(current.since, _pack(current));
        }
        current.since = since;
        current.expiresAt = expiresAt;
        current.district = district;
        current.member = member;
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /// @notice Whether `account` is a resident now (admitted, not revoked, not past its expiry date).
    function isResident(address account) public view returns (bool) {
        Residency memory current = _residency[account];
        return current.member && current.expiresAt > clock();
    }

    /// @notice The current record of `account`: admitted (and not removed), expiry date, district.
    function residencyOf(address account) external view returns (bool member, uint48 expiresAt, uint32 district) {
        Residency memory current = _residency[account];
        return (current.member, current.expiresAt, current.district);
    }

    /// @notice The record of `account` at a past timepoint.
    function residencyAt(address account, uint256 timepoint)
        external
        view
        returns (bool member, uint48 expiresAt, uint32 district)
    {
        Residency memory state = _residencyAt(account, _validateTimepoint(timepoint));
        return (state.member, state.expiresAt, state.district);
    }

    /// @notice The district `account` lived in at a past timepoint, and whether it could vote then.
    function districtAt(address account, uint256 timepoint) external view returns (uint32 district, bool eligible) {
        uint48 at = _validateTimepoint(timepoint);
        Residency memory state = _residencyAt(account, at);
        return (state.district, state.member && state.expiresAt > at);
    }

    /// @notice The address a credential commitment was last admitted under.
    function credentialHolder(bytes32 credential) external view returns (address) {
        return _credentialHolder[credential];
    }

    /// @notice Number of residents holding a unit now.
    function residentCount() external view returns (uint256) {
        return _getTotalSupply();
    }

    function _residencyAt(address account, uint48 at) private view returns (Residency memory state) {
        state = _residency[account];
        if (state.since > at) state = _unpack(_pastResidency[account].upperLookupRecent(at));
    }

    function _pack(Residency storage state) private view returns (uint208) {
        return uint208(state.expiresAt) | (uint208(state.district) << 48) | (state.member ? uint208(1) << 80 : 0);
    }

    function _unpack(uint208 packed) private pure returns (Residency memory state) {
        state.expiresAt = uint48(packed);
        state.district = uint32(packed >> 48);
        state.member = (packed >> 80) & 1 == 1;
    }

    // ─── LiquidVotes hooks ───────────────────────────────────────────────────────────────────────

    function _getVotingUnits(address account) internal view override returns (uint256) {
        return _residency[account].member ? 1 : 0;
    }

    function _pastUnitsOf(address account, uint48 timepoint) internal view override returns (uint256) {
        return _residencyAt(account, timepoint).member ? 1 : 0;
    }

    /// @dev A resident votes on a snapshot only if it was admitted and unexpired at that time.
    function _voterUnitsAt(address account, uint48 timepoint)
        internal
        view
        override
        returns (bool eligible, uint256 units, uint256 flags)
    {
        Residency memory current = _residency[account];
        flags = current.delegationFlags;
        Residency memory state = current.since > timepoint ? _unpack(_pastResidency[account].upperLookupRecent(timepoint)) : current;
        return (state.member && state.expiresAt > timepoint, state.member ? 1 : 0, flags);
    }

    function _delegationFlags(address account) internal view override returns (uint256) {
        return _residency[account].delegationFlags;
    }

    function _setDelegationFlags(address account, uint256 flags) internal override {
        _residency[account].delegationFlags = uint48(flags);
    }

    /// @dev Only current residents delegate, and only to current residents. Revoking is always allowed.
    function _checkDelegation(address account, address delegatee) internal view override {
        if (!isResident(account)) revert ResidentRegistryNotResident(account);
        if (!isResident(delegatee)) revert ResidentRegistryNotResident(delegatee);
    }
}
