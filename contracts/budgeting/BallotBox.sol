// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ILiquidVotes} from "../delegation/ILiquidVotes.sol";
import {LiquidTally} from "../governance/LiquidTally.sol";
import {BallotRules} from "./BallotRules.sol";
import {ProjectBook} from "./ProjectBook.sol";

/**
 * @title BallotBox
 * @notice Ballots and the support they give each project. A resident may cast a ballot while voting is
 * open and replace it until voting closes; its weight moves from the old ballot to the new one.
 *
 * Weight. Without delegation, an eligible resident's ballot weighs its own units at the snapshot (one).
 * With delegation, the round counts like the Governor, with the same engine ({LiquidTally}) on the
 * round's topic: a ballot carries the units of everyone whose chain reaches the voter at the snapshot,
 * and a resident who votes takes their weight (and that of everyone below them who has not voted) off
 * the nearest voter above them, whose ballot loses that weight on every project it supports (times the
 * points for cumulative ballots).
 *
 * Commitment. Every ballot event extends a hash chain ({ballotCommitment}) that anyone can recompute from
 * the logs: `keccak256(abi.encode(previous, voter, projects, points, weight))` for {BallotCast} and
 * `keccak256(abi.encode(previous, voter, weight))` for {BallotWeightReduced}, starting from zero. An
 * outcome computed off-chain names the commitment of the ballots it was computed from.
 *
 * Support is packed four projects to a word (64 bits each): a resident has one unit, so a project's
 * support is at most residents times points, far below 2^64.
 */
abstract contract BallotBox is ProjectBook {
    using LiquidTally for LiquidTally.Ledger;

    uint256 private constant SUPPORT_BITS = 64;
    uint256 private constant SUPPORT_MASK = type(uint64).max;
    uint256 private constant POINT_BITS = 16;
    uint256 private constant POINTS_PER_WORD = 16;
    /// @dev The receipt choice of a resident whose paper ballot a polling station entered (public rounds).
    uint8 private constant PAPER = 1;

    /// @dev A stored ballot: the projects as a bitmap and, for cumulative ballots, the points of each
    /// project in ascending project order, sixteen 16-bit entries to a word.
    struct StoredBallot {
        uint256 projects;
        mapping(uint256 word => uint256) points;
    }

    LiquidTally.Ledger private _ledger;
    mapping(uint256 roundId => mapping(uint256 word => uint256)) private _support;
    mapping(uint256 roundId => mapping(address voter => StoredBallot)) private _ballots;

    /// @dev A project's support would not fit in 64 bits.
    error BallotSupportOverflow(uint256 roundId, uint256 projectId);

    // ─── Casting ─────────────────────────────────────────────────────────────────────────────────

    /**
     * @notice Casts or replaces the caller's approval or knapsack ballot: the projects it supports, in
     * ascending id order. Any resident eligible at the round's snapshot, while voting is open, in a public
     * round, unless a polling station entered their paper ballot.
     * @return weight the weight the ballot counts with now
     */
    function castBallot(uint256 roundId, uint8[] calldata projects) external returns (uint256 weight) {
        uint16[] calldata none;
        assembly ("memory-safe") {
            none.offset := 0
            none.length := 0
        }
        return _cast(roundId, msg.sender, projects, none, false, false);
    }

    /**
     * @notice Casts or replaces the caller's cumulative ballot: projects in ascending id order and the
     * points given to each. Any resident eligible at the round's snapshot, while voting is open, in a public
     * round, unless a polling station entered their paper ballot.
     * @return weight the weight the ballot counts with now
     */
    function castCumulativeBallot(uint256 roundId, uint8[] calldata projects, uint16[] calldata points)
        external
        returns (uint256 weight)
    {
        return _cast(roundId, msg.sender, projects, points, true, false);
    }

    /**
     * @notice A ballot from the ballot channel (`SecretBallots`), the only caller (BALLOT_CHANNEL_ROLE).
     * In a secret round `voter` is a ballot key, not an account: the ballot weighs one, and a later ballot
     * under the same key replaces it. In a public round it is the paper ballot of resident `voter`, entered
     * by a polling station: it replaces the resident's online ballot, if any, and no other ballot from
     * them is accepted in this round. `points` is empty unless the round's ballots are cumulative. The
     * ballot rules, the phase and the commitment are those of any ballot.
     * @return weight the weight the ballot counts with now
     */
    function castChannelBallot(uint256 roundId, address voter, uint8[] calldata projects, uint16[] calldata points)
        external
        returns (uint256 weight)
    {
        _checkBallotChannel();
        bool cumulative = _configs[roundId].ballot.kind == BallotKind.Cumulative;
        return _cast(roundId, voter, projects, points, cumulative, true);
    }

    /// @dev Reverts unless the caller is the ballot channel.
    function _checkBallotChannel() internal view virtual;

    function _cast(
        uint256 roundId,
        address voter,
        uint8[] calldata projects,
        uint16[] calldata points,
        bool cumulative,
        bool channel
    ) private returns (uint256 weight) {
        RoundState storage state = _requirePhase(roundId, Phase.Voting);
        if (state.secret && !channel) revert BallotSecretRound(roundId);
        uint256 bitmap = _validate(roundId, state, projects, points, cumulative);
        weight = _weigh(roundId, state, voter, cumulative, channel);

        StoredBallot storage ballot = _ballots[roundId][voter];
        uint256[] memory packedPoints = _packPoints(points);
        ballot.projects = bitmap;
        for (uint256 i; i < packedPoints.length; ++i) {
            ballot.points[i] = packedPoints[i];
        }
        _count(roundId, bitmap, packedPoints, weight, true);

        bytes32 commitment = keccak256(abi.encode(state.commitment, voter, projects, points, weight));
        state.commitment = commitment;
        emit BallotCast(roundId, voter, projects, points, weight, commitment);
    }

    /// @dev Checks the ballot against the round's design; returns it as a bitmap of projects.
    function _validate(
        uint256 roundId,
        RoundState storage state,
        uint8[] calldata projects,
        uint16[] calldata points,
        bool cumulative
    ) private view returns (uint256 bitmap) {
        RoundConfig storage config = _configs[roundId];
        BallotDesign memory design = config.ballot;
        if ((design.kind == BallotKind.Cumulative) != cumulative) revert BallotWrongDesign(roundId, design.kind);
        bitmap = BallotRules.validate(roundId, design, state.accepted, projects, points);
        if (design.kind == BallotKind.Knapsack) {
            BallotRules.checkSpending(roundId, design, _costOf(roundId, projects), config.budget);
        }
    }

    /**
     * @dev The weight of `voter`'s ballot. A replaced ballot keeps its current weight, which is taken off
     * the old ballot's projects here. A first ballot weighs its own units, or with delegation what the
     * liquid rule gives it, taking that weight off the nearest earlier voter above it; a secret ballot
     * (under its ballot key) weighs one. A paper ballot in a public round marks its receipt (choice
     * {PAPER}): nothing replaces it.
     */
    function _weigh(uint256 roundId, RoundState storage state, address voter, bool cumulative, bool channel)
        private
        returns (uint256 weight)
    {
        LiquidTally.Receipt memory receipt = _ledger.receipt(roundId, voter);
        if (receipt.choice == PAPER) revert BallotVotedOnPaper(roundId, voter);
        uint8 choice = channel && !state.secret ? PAPER : 0;
        if (receipt.voted) {
            weight = receipt.weight;
            StoredBallot storage previous = _ballots[roundId][voter];
            _count(roundId, previous.projects, _storedPoints(previous, cumulative), weight, false);
            if (choice == PAPER) _ledger.setChoice(roundId, voter, PAPER);
            return weight;
        }
        state.ballots += 1;
        RoundConfig storage config = _configs[roundId];
        if (config.delegation) return _weighDelegated(roundId, state, voter, cumulative, choice, config.topic);
        weight = state.secret ? 1 : _ownWeight(roundId, voter, config.district, state.snapshot);
        _ledger.record(roundId, voter, choice, weight);
    }

    /// @dev A first ballot with delegation: the liquid rule's weight, taken off the nearest voter above.
    function _weighDelegated(
        uint256 roundId,
        RoundState storage state,
        address voter,
        bool cumulative,
        uint8 choice,
        uint8 topic
    ) private returns (uint256 weight) {
        address reduced;
        uint256 reduction;
        (weight, reduced,, reduction) = _ledger.cast(_liquidVote(roundId, state, topic), voter, choice);
        if (reduced != address(0)) _reduce(roundId, state, reduced, reduction, cumulative);
    }

    /// @dev `reduced` voted earlier and lost `reduction` to a resident below it: its ballot counts less.
    function _reduce(uint256 roundId, RoundState storage state, address reduced, uint256 reduction, bool cumulative)
        private
    {
        StoredBallot storage ballot = _ballots[roundId][reduced];
        _count(roundId, ballot.projects, _storedPoints(ballot, cumulative), reduction, false);
        uint256 remaining = _ledger.receipt(roundId, reduced).weight;
        bytes32 commitment = keccak256(abi.encode(state.commitment, reduced, remaining));
        state.commitment = commitment;
        emit BallotWeightReduced(roundId, reduced, reduction, remaining, commitment);
    }

    function _liquidVote(uint256 roundId, RoundState storage state, uint8 topic)
        private
        view
        returns (LiquidTally.Vote memory)
    {
        return LiquidTally.Vote({
            id: roundId,
            lane: state.lane,
            tag: state.tag,
            snapshot: state.snapshot,
            topic: topic,
            source: ILiquidVotes(address(_registry))
        });
    }

    /// @dev Without delegation: the resident must have been eligible (and in the district) at the snapshot.
    function _ownWeight(uint256 roundId, address voter, uint32 district, uint48 snapshot)
        private
        view
        returns (uint256)
    {
        (uint32 home, bool eligible) = _registry.districtAt(voter, snapshot);
        if (!eligible) revert BallotNotEligible(roundId, voter, snapshot);
        if (district != 0 && home != district) revert BallotWrongDistrict(roundId, voter, home, district);
        return _registry.pastUnits(voter, snapshot);
    }

    function _costOf(uint256 roundId, uint8[] calldata projects) private view returns (uint256 spent) {
        mapping(uint256 => Project) storage book = _projects[roundId];
        for (uint256 i; i < projects.length; ++i) {
            spent += book[projects[i]].cost;
        }
    }

    // ─── Support ─────────────────────────────────────────────────────────────────────────────────

    /**
     * @dev Adds (or removes) `weight` times each entry's points (one for approval ballots: `packedPoints`
     * empty) to the support of every project in `bitmap`, writing each packed word once.
     */
    function _count(uint256 roundId, uint256 bitmap, uint256[] memory packedPoints, uint256 weight, bool add) private {
        if (weight == 0 || bitmap == 0) return;
        mapping(uint256 => uint256) storage support = _support[roundId];
        uint256 wordIndex = type(uint256).max;
        uint256 word;
        uint256 entry;
        for (uint256 bits = bitmap; bits != 0; bits &= bits - 1) {
            uint256 projectId = _lowestBit(bits);
            uint256 amount = packedPoints.length == 0 ? weight : weight * _pointAt(packedPoints, entry);
            ++entry;
            if (projectId >> 2 != wordIndex) {
                if (wordIndex != type(uint256).max) support[wordIndex] = word;
                wordIndex = projectId >> 2;
                word = support[wordIndex];
            }
            uint256 shift = (projectId & 3) * SUPPORT_BITS;
            uint256 current = (word >> shift) & SUPPORT_MASK;
            uint256 next = add ? current + amount : current - amount;
            if (next > SUPPORT_MASK) revert BallotSupportOverflow(roundId, projectId);
            word = (word & ~(SUPPORT_MASK << shift)) | (next << shift);
        }
        support[wordIndex] = word;
    }

    function _lowestBit(uint256 bits) private pure returns (uint256) {
        unchecked {
            return Math.log2(bits & (0 - bits));
        }
    }

    function _packPoints(uint16[] calldata points) private pure returns (uint256[] memory packed) {
        packed = new uint256[]((points.length + POINTS_PER_WORD - 1) / POINTS_PER_WORD);
        for (uint256 i; i < points.length; ++i) {
            packed[i / POINTS_PER_WORD] |= uint256(points[i]) << ((i % POINTS_PER_WORD) * POINT_BITS);
        }
    }

    function _storedPoints(StoredBallot storage ballot, bool cumulative)
        private
        view
        returns (uint256[] memory packed)
    {
        if (!cumulative) return packed;
        uint256 entries = _popCount(ballot.projects);
        packed = new uint256[]((entries + POINTS_PER_WORD - 1) / POINTS_PER_WORD);
        for (uint256 i; i < packed.length; ++i) {
            packed[i] = ballot.points[i];
        }
    }

    function _pointAt(uint256[] memory packed, uint256 index) private pure returns (uint256) {
        return (packed[index / POINTS_PER_WORD] >> ((index % POINTS_PER_WORD) * POINT_BITS)) & type(uint16).max;
    }

    function _popCount(uint256 bits) private pure returns (uint256 count) {
        for (; bits != 0; bits &= bits - 1) {
            ++count;
        }
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /// @notice The support a project has now: the weights of the ballots that include it (times points).
    function supportOf(uint256 roundId, uint8 projectId) public view returns (uint256) {
        _requireRound(roundId);
        return (_support[roundId][projectId >> 2] >> ((projectId & 3) * SUPPORT_BITS)) & SUPPORT_MASK;
    }

    /// @notice Every project of the round as the count sees it: cost, exclusive group, accepted, support.
    function projectCounts(uint256 roundId) external view returns (ProjectCount[] memory counts) {
        _requireRound(roundId);
        RoundState storage state = _states[roundId];
        uint256 accepted = state.accepted;
        counts = new ProjectCount[](state.projectCount);
        mapping(uint256 => uint256) storage support = _support[roundId];
        uint256 word;
        for (uint256 i; i < counts.length; ++i) {
            if (i & 3 == 0) word = support[i >> 2];
            Project storage entry = _projects[roundId][i];
            counts[i] = ProjectCount({
                cost: entry.cost,
                group: entry.group,
                accepted: accepted & (uint256(1) << i) != 0,
                support: (word >> ((i & 3) * SUPPORT_BITS)) & SUPPORT_MASK
            });
        }
    }

    /// @notice The ballot `voter` cast (if any): projects, points (empty unless cumulative), current weight.
    function ballotOf(uint256 roundId, address voter)
        external
        view
        returns (bool cast, uint8[] memory projects, uint16[] memory points, uint256 weight)
    {
        _requireRound(roundId);
        LiquidTally.Receipt memory receipt = _ledger.receipt(roundId, voter);
        if (!receipt.voted) return (false, projects, points, 0);
        StoredBallot storage ballot = _ballots[roundId][voter];
        bool cumulative = _configs[roundId].ballot.kind == BallotKind.Cumulative;
        uint256[] memory packed = _storedPoints(ballot, cumulative);
        uint256 count = _popCount(ballot.projects);
        projects = new uint8[](count);
        if (cumulative) points = new uint16[](count);
        uint256 entry;
        for (uint256 bits = ballot.projects; bits != 0; bits &= bits - 1) {
            projects[entry] = uint8(_lowestBit(bits));
            if (cumulative) points[entry] = uint16(_pointAt(packed, entry));
            ++entry;
        }
        return (true, projects, points, receipt.weight);
    }

    /// @notice Whether the round's ballots are secret, its district (0: city-wide) and its snapshot (0 before
    /// voting opens): what the ballot channel needs to check a secret ballot.
    function secrecyOf(uint256 roundId) external view returns (bool secret, uint32 district, uint48 snapshot) {
        return (_states[roundId].secret, _configs[roundId].district, snapshotOf(roundId));
    }

    /// @notice The hash chain over every ballot event of the round so far, and how many residents voted.
    function ballotCommitment(uint256 roundId) external view returns (bytes32 commitment, uint256 ballots) {
        _requireRound(roundId);
        RoundState storage state = _states[roundId];
        return (state.commitment, state.ballots);
    }
}
