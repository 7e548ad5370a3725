// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGovernor, Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {ILiquidVotes} from "../delegation/ILiquidVotes.sol";
import {LiquidTally} from "./LiquidTally.sol";
import {ProposalTopicMarker} from "./ProposalTopicMarker.sol";

/**
 * @title GovernorCountingLiquid
 * @notice Counting module for OpenZeppelin's {Governor} that implements liquid democracy: every proposal
 * carries a topic, and each voting unit counts once, for the first account that voted among its holder
 * and the holder's next `maxDepth` delegates (on that topic, at the proposal's snapshot). Anyone may vote after their delegate did: the
 * weight they and everyone below them represent moves off the delegate's choice onto theirs, at any
 * depth. Supports For / Against / Abstain in Governor Bravo order; quorum counts For and Abstain.
 *
 * The votes source must implement {ILiquidVotes} (a resident registry or a liquid voting token).
 *
 * A proposal's topic is written in its description (`#topic=<n>`, see {ProposalTopicMarker}), so it is
 * part of the proposal's contents and nobody but the proposer chooses it.
 *
 * Proposal ids carry the proposal's sequence number, topic and lane (see {getProposalId}), so that
 * counting a vote needs no lookup for them, and the top 128 bits of the contents' hash, so that an id
 * (and a ballot signed for it) names one set of contents on every fork of the chain:
 * `id = sequence | lane << 64 | topic << 72 | hashProposal(...) >> 128 << 128`. As with OpenZeppelin's
 * GovernorSequentialProposalId, the id of a proposal is found from its contents through a stored
 * mapping, and {hashProposal} stays the standard hash.
 *
 * Lanes are shared: a proposal whose proposer held no voting power the second before gets storage of its
 * own, so that proposals nobody entitled to vote made cannot push real ones off the reusable lanes.
 *
 * Events for indexers: {IGovernor-VoteCast} carries the weight a voter claimed when voting, and
 * {VoteReduced} (the same event as OpenZeppelin's GovernorCountingOverridable) the amount an earlier
 * voter lost to an override. Summing both per choice gives the tally exactly.
 */
abstract contract GovernorCountingLiquid is GovernorVotes {
    using LiquidTally for LiquidTally.Ledger;

    /// @dev Supported vote types. Matches Governor Bravo ordering.
    enum VoteType {
        Against,
        For,
        Abstain
    }

    /// @dev Covered amounts of concurrent proposals live in this many reusable lanes (see {LiquidTally}).
    uint256 private constant LANES = 8;

    uint256 private constant LANE_SHIFT = 64;
    uint256 private constant TOPIC_SHIFT = 72;
    /// @dev An id's bits from here up are the top of the contents' hash (128 bits: enough to bind a signed
    /// ballot, few enough calldata bytes to keep a vote cheap); below are sequence, lane and topic.
    uint256 private constant HASH_SHIFT = 128;
    uint256 private constant OWN_LANE = type(uint8).max;

    LiquidTally.Ledger private _ledger;
    mapping(uint256 proposalId => uint256[3]) private _tallies;
    mapping(uint256 proposalHash => uint256 proposalId) private _proposalIds;
    uint256[LANES] private _laneOccupant;
    uint64 private _lastSequence;

    /// @dev The proposal is decided on `topic`: delegations on that topic carry votes.
    event ProposalTopicSet(uint256 indexed proposalId, uint8 topic);

    /// @dev The votes cast by `delegate` were reduced by `weight` after someone on its chain voted directly.
    event VoteReduced(address indexed delegate, uint256 proposalId, uint8 support, uint256 weight);

    /// @dev The topic is not registered in the votes source.
    error GovernorUnknownTopic(uint8 topic);

    /// @dev {proposeOnTopic} was asked for `topic` but the description names another (it must end with
    /// `#topic=<topic>`, before a `#proposer=` suffix if any; no marker is the general topic).
    error GovernorTopicNotInDescription(uint8 topic, uint8 described);

    /// @inheritdoc IGovernor
    // solhint-disable-next-line func-name-mixedcase
    function COUNTING_MODE() public pure virtual override returns (string memory) {
        return "support=bravo&quorum=for,abstain&delegation=liquid";
    }

    /// @inheritdoc IGovernor
    function hasVoted(uint256 proposalId, address account) public view virtual override returns (bool) {
        return _ledger.voted(proposalId, account);
    }

    /// @notice Current tallies of a proposal.
    function proposalVotes(uint256 proposalId)
        public
        view
        virtual
        returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
    {
        uint256[3] storage tally = _tallies[proposalId];
        return (tally[uint8(VoteType.Against)], tally[uint8(VoteType.For)], tally[uint8(VoteType.Abstain)]);
    }

    /// @notice The topic a proposal is decided on.
    function proposalTopic(uint256 proposalId) public view virtual returns (uint8) {
        return uint8(proposalId >> TOPIC_SHIFT);
    }

    /// @notice The proposal's number in the order proposals were created (1, 2, 3, ...).
    function proposalSequence(uint256 proposalId) public view virtual returns (uint64) {
        return uint64(proposalId);
    }

    /// @notice The id of the proposal with these contents (reverts if there is none).
    function getProposalId(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) public view virtual override returns (uint256) {
        uint256 proposalId = _proposalIds[hashProposal(targets, values, calldatas, descriptionHash)];
        if (proposalId == 0) revert GovernorNonexistentProposal(0);
        return proposalId;
    }

    /// @notice Whether `account` voted, how, and the weight counted for it now (overrides below reduce it).
    function voteReceipt(uint256 proposalId, address account)
        public
        view
        virtual
        returns (bool voted, uint8 support, uint256 weight)
    {
        LiquidTally.Receipt memory receipt = _ledger.receipt(proposalId, account);
        return (receipt.voted, receipt.choice, receipt.weight);
    }

    /**
     * @notice Creates a proposal decided on `topic`, which its description must name with a `#topic=<topic>`
     * suffix (see {ProposalTopicMarker}; the general topic, 0, needs none). The standard {propose} reads the
     * same suffix: this function only states the topic too, so that a mistaken description is refused.
     * Same rules as {propose}: anyone above the proposal threshold.
     */
    function proposeOnTopic(
        uint8 topic,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description
    ) public virtual returns (uint256) {
        uint256 described = ProposalTopicMarker.topicOf(description);
        if (described != topic) revert GovernorTopicNotInDescription(topic, _topicNumber(described));
        return propose(targets, values, calldatas, description);
    }

    /// @dev Gives new contents their id: the next sequence number, the topic its description names, a lane
    /// (shared only if the proposer held voting power) and the top bits of the contents' hash.
    function _propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description,
        address proposer
    ) internal virtual override returns (uint256) {
        uint256 proposalHash = hashProposal(targets, values, calldatas, keccak256(bytes(description)));
        if (_proposalIds[proposalHash] == 0) {
            uint256 topic = ProposalTopicMarker.topicOf(description);
            if (topic != 0 && topic >= _liquidVotes().topicCount()) revert GovernorUnknownTopic(_topicNumber(topic));
            uint256 sequence = ++_lastSequence;
            uint256 lane = _getVotes(proposer, clock() - 1, "") == 0 ? OWN_LANE : _freeLane();
            uint256 proposalId =
                (proposalHash >> HASH_SHIFT << HASH_SHIFT) | (topic << TOPIC_SHIFT) | (lane << LANE_SHIFT) | sequence;
            if (lane != OWN_LANE) _laneOccupant[lane] = proposalId;
            _proposalIds[proposalHash] = proposalId;
            emit ProposalTopicSet(proposalId, uint8(topic));
        }
        return super._propose(targets, values, calldatas, description, proposer);
    }

    /**
     * @dev The votes that count for the proposal threshold (and for a shared lane): the units `account`
     * represented on the general topic, or its own units if it delegated them, since a resident who
     * delegated still votes and proposes in its own right.
     */
    function _getVotes(address account, uint256 timepoint, bytes memory params)
        internal
        view
        virtual
        override
        returns (uint256)
    {
        uint256 represented = super._getVotes(account, timepoint, params);
        return represented != 0 ? represented : _liquidVotes().pastUnits(account, timepoint);
    }

    /// @dev The votes that count toward quorum: For and Abstain.
    function _quorumVotes(uint256 proposalId) internal view virtual returns (uint256) {
        uint256[3] storage tally = _tallies[proposalId];
        return tally[uint8(VoteType.For)] + tally[uint8(VoteType.Abstain)];
    }

    /**
     * @dev Called when an override moved votes off For or Abstain onto Against, so quorum may be lost;
     * `remaining` is what is left on the reduced choice, a lower bound of {_quorumVotes}.
     */
    function _quorumVotesReduced(uint256 proposalId, uint256 remaining) internal virtual {}

    /// @dev A topic number for an error: values a description may spell above 255 read as 255 (never a topic).
    function _topicNumber(uint256 topic) private pure returns (uint8) {
        return topic > type(uint8).max ? type(uint8).max : uint8(topic);
    }

    /// @dev A lane whose last proposal's voting is over, or OWN_LANE when all are busy.
    function _freeLane() private view returns (uint256) {
        uint256 now_ = clock();
        for (uint256 lane; lane < LANES; ++lane) {
            uint256 occupant = _laneOccupant[lane];
            if (occupant == 0 || proposalDeadline(occupant) < now_) return lane;
        }
        return OWN_LANE;
    }

    /// @dev Quorum counts For and Abstain.
    function _quorumReached(uint256 proposalId) internal view virtual override returns (bool) {
        return quorum(proposalSnapshot(proposalId)) <= _quorumVotes(proposalId);
    }

    /// @dev For must be strictly above Against.
    function _voteSucceeded(uint256 proposalId) internal view virtual override returns (bool) {
        uint256[3] storage tally = _tallies[proposalId];
        return tally[uint8(VoteType.For)] > tally[uint8(VoteType.Against)];
    }

    /**
     * @dev Casts a vote by the liquid rule. Replaces {Governor-_castVote} because the weight depends on the
     * proposal's topic and on earlier votes, which {Governor-_getVotes} cannot see.
     */
    function _castVote(uint256 proposalId, address account, uint8 support, string memory reason, bytes memory params)
        internal
        virtual
        override
        returns (uint256 weight)
    {
        _validateStateBitmap(proposalId, _encodeStateBitmap(ProposalState.Active));
        weight = _countVote(proposalId, account, support, 0, params);
        if (params.length == 0) {
            emit VoteCast(account, proposalId, support, weight, reason);
        } else {
            emit VoteCastWithParams(account, proposalId, support, weight, reason, params);
        }
        _tallyUpdated(proposalId);
    }

    /// @dev Counts by the liquid rule; `totalWeight` is ignored (the weight comes from the chain).
    function _countVote(uint256 proposalId, address account, uint8 support, uint256, bytes memory)
        internal
        virtual
        override
        returns (uint256 weight)
    {
        if (support > uint8(VoteType.Abstain)) revert GovernorInvalidVoteType();
        if (_ledger.voted(proposalId, account)) revert GovernorAlreadyCastVote(account);

        uint256 sequence = uint64(proposalId);
        uint256 lane = uint8(proposalId >> LANE_SHIFT);
        LiquidTally.Vote memory vote = LiquidTally.Vote({
            id: proposalId,
            lane: lane == OWN_LANE ? LANES + sequence : lane,
            tag: uint48(sequence),
            snapshot: uint48(proposalSnapshot(proposalId)),
            topic: uint8(proposalId >> TOPIC_SHIFT),
            source: _liquidVotes()
        });
        address reduced;
        uint8 reducedSupport;
        uint256 reduction;
        (weight, reduced, reducedSupport, reduction) = _ledger.cast(vote, account, support);

        uint256[3] storage tally = _tallies[proposalId];
        tally[support] += weight;
        if (reduced != address(0)) {
            uint256 remaining = tally[reducedSupport] - reduction;
            tally[reducedSupport] = remaining;
            emit VoteReduced(reduced, proposalId, reducedSupport, reduction);
            if (support == uint8(VoteType.Against) && reducedSupport != uint8(VoteType.Against)) {
                _quorumVotesReduced(proposalId, remaining);
            }
        }
    }

    function _liquidVotes() internal view returns (ILiquidVotes) {
        return ILiquidVotes(address(token()));
    }
}
