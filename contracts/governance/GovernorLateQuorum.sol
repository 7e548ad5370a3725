// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

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
 */
abstract contract GovernorLateQuorum is Governor {
    /// @dev Per proposal, in one slot: the latest deadline an extension set, and whether quorum holds now.
    struct QuorumWatch {
        uint48 extendedDeadline;
        bool reached;
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

    /**
     * @dev Whether the last vote may have taken votes off quorum. Modules that know how a vote moved
     * weight narrow this; the default checks quorum after every vote.
     */
    function _quorumMayHaveFallen(uint256) internal view virtual returns (bool) {
        return true;
    }

    function _tallyUpdated(uint256 proposalId) internal virtual override {
        super._tallyUpdated(proposalId);
        QuorumWatch memory watch = _watches[proposalId];
        if (!watch.reached) {
            if (!_quorumReached(proposalId)) return;
            uint48 extendedDeadline = clock() + lateQuorumVoteExtension();
            if (extendedDeadline > proposalDeadline(proposalId)) {
                watch.extendedDeadline = extendedDeadline;
                emit ProposalExtended(proposalId, extendedDeadline);
            }
            watch.reached = true;
            _watches[proposalId] = watch;
        } else if (_quorumMayHaveFallen(proposalId) && !_quorumReached(proposalId)) {
            _watches[proposalId].reached = false;
        }
    }
}
