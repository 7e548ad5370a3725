// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/**
 * @title GovernorLateQuorum
 * @notice Whenever a proposal reaches quorum, voting stays open at least `lateQuorumVoteExtension` more,
 * so that a large bloc voting at the last moment cannot pass a proposal before anyone else can react.
 *
 * OpenZeppelin's GovernorPreventLateQuorum (whose events, error and setter this keeps) decides once, the
 * first time quorum is reached. With liquid counting quorum can be lost again: a delegator who overrides
 * its delegate's For with Against takes those votes off. A bloc could then reach quorum early, lose it on
 * purpose, and re-reach it at the deadline with no extension. Here every time quorum is reached again
 * after it was lost, the deadline moves to at least that moment plus the extension.
 *
 * Extensions are bounded by the voters: quorum is lost only by an override, and each account votes once.
 * The counting module reports overrides that take votes off quorum through {_quorumMayBeLost}; a vote that
 * keeps quorum costs what it costs with OpenZeppelin's module (one storage read).
 */
abstract contract GovernorLateQuorum is Governor {
    /// @dev Per proposal, in one slot: the latest deadline an extension set, whether quorum holds now, and
    /// the quorum once computed (it is fixed by the snapshot).
    struct QuorumWatch {
        uint48 extendedDeadline;
        bool reached;
        uint200 quorum;
    }

    uint48 private _voteExtension;
    mapping(uint256 proposalId => QuorumWatch) private _watches;

    /// @dev Voting on `proposalId` now ends at `extendedDeadline` because quorum was reached late.
    event ProposalExtended(uint256 indexed proposalId, uint64 extendedDeadline);

    /// @dev The extension changed.
    event LateQuorumVoteExtensionSet(uint64 oldVoteExtension, uint64 newVoteExtension);

    /// @dev The extension may not exceed the voting period.
    error GovernorPreventLateQuorumVoteExtensionTooLarge(uint256 newVoteExtension, uint256 maxVoteExtension);

    constructor(uint48 initialVoteExtension) {
        _setLateQuorumVoteExtension(initialVoteExtension);
    }

    /// @notice When voting on `proposalId` ends: its scheduled end, or later if quorum was reached late.
    function proposalDeadline(uint256 proposalId) public view virtual override returns (uint256) {
        return Math.max(super.proposalDeadline(proposalId), _watches[proposalId].extendedDeadline);
    }

    /// @notice How long voting stays open at least after quorum is reached.
    function lateQuorumVoteExtension() public view virtual returns (uint48) {
        return _voteExtension;
    }

    /// @notice Changes the extension. Governance only (a proposal executed by the timelock).
    function setLateQuorumVoteExtension(uint48 newVoteExtension) public virtual onlyGovernance {
        _setLateQuorumVoteExtension(newVoteExtension);
    }

    function _setLateQuorumVoteExtension(uint48 newVoteExtension) internal virtual {
        uint256 maxVoteExtension = votingPeriod();
        if (newVoteExtension > maxVoteExtension) {
            revert GovernorPreventLateQuorumVoteExtensionTooLarge(newVoteExtension, maxVoteExtension);
        }
        emit LateQuorumVoteExtensionSet(_voteExtension, newVoteExtension);
        _voteExtension = newVoteExtension;
    }

    /// @dev The votes of `proposalId` that count toward quorum (depends on the counting module).
    function _quorumVotes(uint256 proposalId) internal view virtual returns (uint256);

    /// @dev Extends voting whenever quorum is reached while it did not hold before.
    function _tallyUpdated(uint256 proposalId) internal virtual override {
        super._tallyUpdated(proposalId);
        QuorumWatch memory watch = _watches[proposalId];
        if (watch.reached) return;
        uint256 needed = watch.quorum != 0 ? watch.quorum : quorum(proposalSnapshot(proposalId));
        if (_quorumVotes(proposalId) < needed) return;
        uint48 extendedDeadline = clock() + lateQuorumVoteExtension();
        if (extendedDeadline > proposalDeadline(proposalId)) {
            watch.extendedDeadline = extendedDeadline;
            emit ProposalExtended(proposalId, extendedDeadline);
        }
        watch.reached = true;
        watch.quorum = SafeCast.toUint200(needed);
        _watches[proposalId] = watch;
    }

    /**
     * @dev To be called when votes counting toward quorum went down (an override), with a lower bound of
     * what still counts: if quorum no longer holds, the next time it is reached extends voting again.
     */
    function _quorumMayBeLost(uint256 proposalId, uint256 stillCounting) internal virtual {
        QuorumWatch storage watch = _watches[proposalId];
        if (!watch.reached) return;
        uint256 needed = watch.quorum;
        if (stillCounting >= needed || _quorumVotes(proposalId) >= needed) return;
        watch.reached = false;
    }
}
