// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ISemaphore} from "@semaphore-protocol/contracts/interfaces/ISemaphore.sol";
import {ISemaphoreVerifier} from "@semaphore-protocol/contracts/interfaces/ISemaphoreVerifier.sol";
import {MIN_DEPTH, MAX_DEPTH} from "@semaphore-protocol/contracts/base/Constants.sol";
import {IdentityGroups} from "../membership/IdentityGroups.sol";
import {ResidentRegistry} from "../membership/ResidentRegistry.sol";
import {IBudgetRounds} from "./IBudgetRounds.sol";

/**
 * @title SecretBallots
 * @notice The ballot channel of a city's budget rounds: secret ballots proved with Semaphore (v4), and
 * paper ballots entered by polling stations. It holds BudgetRounds' BALLOT_CHANNEL_ROLE and counts every
 * ballot through {IBudgetRounds-castChannelBallot}, so secret and paper ballots are checked by the same
 * rules, extend the same ballot commitment and feed the same results as online public ballots.
 *
 * Secret ballots. Anyone (the city's relay) sends {castSecretBallot} with a ballot and a Semaphore proof
 * that some member of the round's group (city-wide, or the round's district; as fixed at the snapshot by
 * {IdentityGroups-roundGroup}) signed `message = messageOf(revision, projects, points)` under
 * `scope = scopeOf(roundId)`. The round counts it under the ballot key `ballotKeyOf(nullifier)`: a later
 * ballot with the same nullifier and a higher revision replaces it; a proof never counts twice.
 *
 * Paper ballots. A polling station (POLLING_STATION_ROLE, granted by governance) checks a resident in
 * person. Public round: {enterPaperBallot} counts the ballot as the resident's, withdrawing any online
 * ballot it cast, and the round accepts no other ballot from it. Secret round: the channel is fixed at the
 * snapshot. Residents in the round's group vote online; the others vote on paper. The station checks a
 * resident in ({checkInPaperVoter}: eligible at the snapshot, not in the group, once per round), and
 * later enters the contents of its ballot box ({enterPaperBallots}), never more than it checked in;
 * those contents are counted under keys of their own, unlinked to any resident.
 */
contract SecretBallots is AccessControl {
    bytes32 public constant POLLING_STATION_ROLE = keccak256("POLLING_STATION_ROLE");

    /// @dev A paper ballot's content: projects ascending, and points for cumulative rounds (else empty).
    struct PaperBallot {
        uint8[] projects;
        uint16[] points;
    }

    /// @dev A polling station's paper count in a secret round: residents checked in, ballots entered.
    struct StationCount {
        uint128 checkedIn;
        uint128 entered;
    }

    IBudgetRounds private immutable _rounds;
    IdentityGroups private immutable _groups;
    ISemaphoreVerifier private immutable _verifier;
    ResidentRegistry private immutable _registry;

    mapping(uint256 roundId => mapping(uint256 nullifier => uint256)) private _revisions;
    mapping(uint256 roundId => mapping(address resident => bool)) private _paperVoters;
    mapping(uint256 roundId => mapping(address station => StationCount)) private _stations;

    /// @dev A secret ballot was counted under `ballotKey` (the `voter` of the {BallotCast} event in the
    /// same transaction, which carries its content).
    event SecretBallotCast(uint256 indexed roundId, uint256 indexed nullifier, address ballotKey, uint256 revision);
    /// @dev Public round: `station` entered `resident`'s paper ballot ({BallotCast} with voter `resident`).
    event PaperBallotEntered(
        uint256 indexed roundId, address indexed station, address indexed resident, bytes32 recordHash
    );
    /// @dev Secret round: `station` checked `resident` in to vote on paper.
    event PaperVoterCheckedIn(
        uint256 indexed roundId, address indexed station, address indexed resident, bytes32 recordHash
    );
    /// @dev Secret round: `station` entered `count` paper ballots, numbered from `firstIndex` in its count
    /// (one {BallotCast} each, voter `paperKeyOf(roundId, station, index)`).
    event PaperBallotsEntered(
        uint256 indexed roundId, address indexed station, uint256 firstIndex, uint256 count, bytes32 recordHash
    );

    /// @dev The round's ballots are public (secret ballots), or secret (the public paper entry).
    error SecretBallotsNotSecret(uint256 roundId);
    error SecretBallotsNotPublic(uint256 roundId);
    /// @dev Voting has not opened: the round has no snapshot yet.
    error SecretBallotsNoSnapshot(uint256 roundId);
    /// @dev Leaves were pending at the snapshot and have not all been synced yet ({IdentityGroups-sync}).
    error SecretBallotsGroupNotFixed(uint256 roundId);
    error SecretBallotsWrongRoot(uint256 roundId, uint256 root, uint256 expected);
    error SecretBallotsWrongScope(uint256 roundId, uint256 scope, uint256 expected);
    error SecretBallotsWrongMessage(uint256 roundId, uint256 message, uint256 expected);
    error SecretBallotsUnsupportedDepth(uint256 depth);
    /// @dev A ballot under this nullifier with this revision or a later one was counted already.
    error SecretBallotsStaleRevision(uint256 roundId, uint256 nullifier, uint256 revision, uint256 counted);
    error SecretBallotsInvalidProof(uint256 roundId, uint256 nullifier);
    /// @dev The resident could not vote in the round at its snapshot (or lived in another district).
    error SecretBallotsNotEligible(uint256 roundId, address resident);
    /// @dev The resident is in the round's group: it votes online, not on paper.
    error SecretBallotsVotesOnline(uint256 roundId, address resident);
    error SecretBallotsAlreadyCheckedIn(uint256 roundId, address resident);
    error SecretBallotsWrongPhase(uint256 roundId, IBudgetRounds.Phase phase);
    /// @dev The station would enter more paper ballots than it checked residents in.
    error SecretBallotsTooManyPaperBallots(uint256 roundId, address station, uint256 checkedIn, uint256 entered);

    /**
     * @param rounds_ the city's budget rounds (which must grant this contract BALLOT_CHANNEL_ROLE)
     * @param groups_ the identity groups (connected to the rounds' registry)
     * @param verifier_ Semaphore's verifier (SemaphoreVerifier from @semaphore-protocol/contracts)
     * @param admin governance (the timelock): grants POLLING_STATION_ROLE
     */
    constructor(IBudgetRounds rounds_, IdentityGroups groups_, ISemaphoreVerifier verifier_, address admin) {
        _rounds = rounds_;
        _groups = groups_;
        _verifier = verifier_;
        _registry = groups_.registry();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ─── Secret ballots ──────────────────────────────────────────────────────────────────────────

    /**
     * @notice Counts a secret ballot, or replaces the one counted under the same nullifier. Anyone may send
     * it (the city's relay does): the proof, not the sender, says who may vote. The ballot must satisfy the
     * round's ballot rules, while voting is open.
     * @param revision greater than that of any ballot counted under this nullifier (the SDK uses the
     * last one plus one), so that an old proof can never be replayed over a newer ballot
     * @param proof as `generateProof(identity, group, messageOf(...), scopeOf(roundId))` returns it
     * @return weight the weight the ballot counts with (one)
     */
    function castSecretBallot(
        uint256 roundId,
        uint8[] calldata projects,
        uint16[] calldata points,
        uint256 revision,
        ISemaphore.SemaphoreProof calldata proof
    ) external returns (uint256 weight) {
        (, uint256 root,) = _secretRound(roundId);
        if (proof.merkleTreeRoot != root) revert SecretBallotsWrongRoot(roundId, proof.merkleTreeRoot, root);
        uint256 scope = scopeOf(roundId);
        if (proof.scope != scope) revert SecretBallotsWrongScope(roundId, proof.scope, scope);
        uint256 message = messageOf(revision, projects, points);
        if (proof.message != message) revert SecretBallotsWrongMessage(roundId, proof.message, message);
        if (proof.merkleTreeDepth < MIN_DEPTH || proof.merkleTreeDepth > MAX_DEPTH) {
            revert SecretBallotsUnsupportedDepth(proof.merkleTreeDepth);
        }
        uint256 counted = _revisions[roundId][proof.nullifier];
        if (revision <= counted) revert SecretBallotsStaleRevision(roundId, proof.nullifier, revision, counted);
        if (!_verify(proof)) revert SecretBallotsInvalidProof(roundId, proof.nullifier);

        _revisions[roundId][proof.nullifier] = revision;
        address key = ballotKeyOf(proof.nullifier);
        weight = _rounds.castChannelBallot(roundId, key, projects, points);
        emit SecretBallotCast(roundId, proof.nullifier, key, revision);
    }

    /// @dev Semaphore's public signals: root, nullifier, and message and scope hashed into the field.
    function _verify(ISemaphore.SemaphoreProof calldata proof) private view returns (bool) {
        uint256[8] calldata p = proof.points;
        return _verifier.verifyProof(
            [p[0], p[1]],
            [[p[2], p[3]], [p[4], p[5]]],
            [p[6], p[7]],
            [proof.merkleTreeRoot, proof.nullifier, _toField(proof.message), _toField(proof.scope)],
            proof.merkleTreeDepth
        );
    }

    // ─── Paper ballots ───────────────────────────────────────────────────────────────────────────

    /**
     * @notice Public round: enters the paper ballot of `resident`, checked in person. It counts as the
     * resident's ballot, withdrawing any online ballot it cast before, and the round then refuses every
     * other ballot from it. Only a polling station, while voting is open.
     * @param recordHash content hash of the station's record of this entry
     */
    function enterPaperBallot(
        uint256 roundId,
        address resident,
        uint8[] calldata projects,
        uint16[] calldata points,
        bytes32 recordHash
    ) external onlyRole(POLLING_STATION_ROLE) returns (uint256 weight) {
        (bool secret,,) = _rounds.secrecyOf(roundId);
        if (secret) revert SecretBallotsNotPublic(roundId);
        _paperVoters[roundId][resident] = true;
        weight = _rounds.castChannelBallot(roundId, resident, projects, points);
        emit PaperBallotEntered(roundId, msg.sender, resident, recordHash);
    }

    /**
     * @notice Secret round: checks `resident` in to vote on paper at the caller's station. The resident must
     * have been eligible at the snapshot (in the round's district) and not in the round's group, and is
     * checked in once per round. Only a polling station, while voting is open.
     * @param recordHash content hash of the station's record of this check-in
     */
    function checkInPaperVoter(uint256 roundId, address resident, bytes32 recordHash)
        external
        onlyRole(POLLING_STATION_ROLE)
    {
        IBudgetRounds.Phase phase = _rounds.phaseOf(roundId);
        if (phase != IBudgetRounds.Phase.Voting) revert SecretBallotsWrongPhase(roundId, phase);
        (uint256 group,, uint48 fixedAt) = _secretRound(roundId);
        (, uint32 district, uint48 snapshot) = _rounds.secrecyOf(roundId);
        (uint32 home, bool eligible) = _registry.districtAt(resident, snapshot);
        if (!eligible || (district != 0 && home != district)) revert SecretBallotsNotEligible(roundId, resident);
        if (_groups.isMemberAt(resident, group, fixedAt)) revert SecretBallotsVotesOnline(roundId, resident);
        if (_paperVoters[roundId][resident]) revert SecretBallotsAlreadyCheckedIn(roundId, resident);
        _paperVoters[roundId][resident] = true;
        _stations[roundId][msg.sender].checkedIn += 1;
        emit PaperVoterCheckedIn(roundId, msg.sender, resident, recordHash);
    }

    /**
     * @notice Secret round: enters paper ballots from the caller's ballot box, at most as many in all as
     * the station checked residents in. Best entered in batches, as a ballot box is emptied, so that the
     * order of check-ins says nothing about the order of contents. Only a polling station, while voting is
     * open.
     * @param recordHash content hash of the station's record of this batch
     */
    function enterPaperBallots(uint256 roundId, PaperBallot[] calldata ballots, bytes32 recordHash)
        external
        onlyRole(POLLING_STATION_ROLE)
    {
        (bool secret,,) = _rounds.secrecyOf(roundId);
        if (!secret) revert SecretBallotsNotSecret(roundId);
        StationCount memory count = _stations[roundId][msg.sender];
        uint256 first = count.entered;
        uint256 entered = first + ballots.length;
        if (entered > count.checkedIn) {
            revert SecretBallotsTooManyPaperBallots(roundId, msg.sender, count.checkedIn, entered);
        }
        // entered <= checkedIn, a uint128
        // forge-lint: disable-next-line(unsafe-typecast)
        _stations[roundId][msg.sender].entered = uint128(entered);
        for (uint256 i; i < ballots.length; ++i) {
            _rounds.castChannelBallot(
                roundId, paperKeyOf(roundId, msg.sender, first + i), ballots[i].projects, ballots[i].points
            );
        }
        emit PaperBallotsEntered(roundId, msg.sender, first, ballots.length, recordHash);
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /// @notice The Semaphore scope of a round's secret ballots: its nullifiers are scoped to this chain,
    /// these budget rounds and this round. `uint256(keccak256(abi.encode(chainid, rounds, roundId))) >> 8`.
    function scopeOf(uint256 roundId) public view returns (uint256) {
        return uint256(keccak256(abi.encode(block.chainid, address(_rounds), roundId))) >> 8;
    }

    /// @notice The Semaphore message of a ballot: `uint256(keccak256(abi.encode(revision, projects,
    /// points))) >> 8` (points empty unless the round is cumulative).
    function messageOf(uint256 revision, uint8[] calldata projects, uint16[] calldata points)
        public
        pure
        returns (uint256)
    {
        return uint256(keccak256(abi.encode(revision, projects, points))) >> 8;
    }

    /// @notice The key a secret ballot is counted under (the `voter` of its {BallotCast}):
    /// `address(uint160(uint256(keccak256(abi.encode("polity.secret-ballot", nullifier)))))`.
    function ballotKeyOf(uint256 nullifier) public pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("polity.secret-ballot", nullifier)))));
    }

    /// @notice The key the `index`-th paper ballot a station entered in a secret round is counted under:
    /// `address(uint160(uint256(keccak256(abi.encode("polity.paper-ballot", roundId, station, index)))))`.
    function paperKeyOf(uint256 roundId, address station, uint256 index) public pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("polity.paper-ballot", roundId, station, index)))));
    }

    /// @notice The group a round's secret ballots prove membership in, its root, and the time it was fixed
    /// at (the snapshot, or the first moment after it with no leaf pending; 0: not fixed yet).
    function roundGroupOf(uint256 roundId) external view returns (uint256 group, uint256 root, uint48 fixedAt) {
        (, uint32 district, uint48 snapshot) = _rounds.secrecyOf(roundId);
        group = district == 0 ? _groups.CITY_GROUP() : _groups.districtGroupOf(district);
        if (snapshot != 0) (root, fixedAt) = _groups.roundGroup(group, snapshot);
    }

    /// @notice The revision of the last ballot counted under `nullifier` in the round (0: none).
    function revisionOf(uint256 roundId, uint256 nullifier) external view returns (uint256) {
        return _revisions[roundId][nullifier];
    }

    /// @notice Whether `resident` voted on paper in the round (entered, or checked in for a secret round).
    function votedOnPaper(uint256 roundId, address resident) external view returns (bool) {
        return _paperVoters[roundId][resident];
    }

    /// @notice A station's paper count in a secret round: residents checked in and ballots entered.
    function stationCount(uint256 roundId, address station)
        external
        view
        returns (uint256 checkedIn, uint256 entered)
    {
        StationCount memory count = _stations[roundId][station];
        return (count.checkedIn, count.entered);
    }

    /// @notice The budget rounds, identity groups and Semaphore verifier this channel uses.
    function components() external view returns (IBudgetRounds, IdentityGroups, ISemaphoreVerifier) {
        return (_rounds, _groups, _verifier);
    }

    // ─── Internals ───────────────────────────────────────────────────────────────────────────────

    /// @dev The round's group and the time it is fixed at; reverts unless the round is secret, voting has
    /// opened and the group is fixed.
    function _secretRound(uint256 roundId) private view returns (uint256 group, uint256 root, uint48 fixedAt) {
        (bool secret, uint32 district, uint48 snapshot) = _rounds.secrecyOf(roundId);
        if (!secret) revert SecretBallotsNotSecret(roundId);
        if (snapshot == 0) revert SecretBallotsNoSnapshot(roundId);
        group = district == 0 ? 0 : uint256(district) + 1;
        (root, fixedAt) = _groups.roundGroup(group, snapshot);
        if (fixedAt == 0) revert SecretBallotsGroupNotFixed(roundId);
    }

    function _toField(uint256 value) private pure returns (uint256) {
        return uint256(keccak256(abi.encodePacked(value))) >> 8;
    }
}
