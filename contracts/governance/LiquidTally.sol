// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ILiquidVotes} from "../delegation/ILiquidVotes.sol";

/**
 * @title LiquidTally
 * @notice The liquid counting rule, shared by the Governor and budget rounds: for a vote with topic t
 * and snapshot s, each voting unit counts once, for the first account on its holder's chain at s that
 * voted. A voter claims the units it represents minus those already claimed below it ("covered"); the
 * nearest earlier voter above it loses exactly that amount.
 *
 * Cost is bounded by the chain above the voter, never by how many people are below it: the units it
 * represents come precomputed from {ILiquidVotes}, and each voter adds what it claimed to the covered
 * amount of every non-voter between itself and the nearest voter above (at most `maxDepth` hops).
 *
 * Covered amounts are only needed while voting is open, so they live in a small set of reusable lanes
 * tagged with the vote they belong to: writing over a stale tag costs a warm update instead of a fresh
 * storage slot, which keeps each further hop well under the price of a new slot.
 */
library LiquidTally {
    /// @dev Bound on hops walked, whatever the source claims (chains are at most 8 hops by construction).
    uint256 private constant MAX_HOPS = 8;
    uint256 private constant TAG_SHIFT = 208;

    /// @dev One voter's standing in one vote: whether it voted, its choice, and the weight counted for it now.
    struct Receipt {
        bool voted;
        uint8 choice;
        uint208 weight;
    }

    /// @dev Everything a vote needs to walk chains: where its covered amounts live and what it reads.
    struct Vote {
        uint256 id;
        uint256 lane;
        uint48 tag;
        uint48 snapshot;
        uint8 topic;
        ILiquidVotes source;
    }

    struct Ledger {
        mapping(uint256 voteId => mapping(address voter => Receipt)) receipts;
        /// @dev lane => account => (tag << 208 | covered units); a different tag reads as zero.
        mapping(uint256 lane => mapping(address account => uint256)) covered;
    }

    /// @dev `voter` held no voting right at the snapshot (not a resident then, or expired).
    error LiquidTallyIneligibleVoter(address voter, uint256 snapshot);

    /**
     * @notice Records the first vote of `voter` with `choice`. Returns the weight it claims and, if that
     * weight was so far counted for an earlier voter up its chain, that voter (`reduced`, zero if none)
     * with its choice: the caller moves `weight` off that choice.
     */
    function cast(Ledger storage self, Vote memory vote, address voter, uint8 choice)
        internal
        returns (uint256 weight, address reduced, uint8 reducedChoice)
    {
        (bool eligible, uint256 power, uint256 delegated, address next) =
            vote.source.voterAt(voter, vote.topic, vote.snapshot);
        if (!eligible) revert LiquidTallyIneligibleVoter(voter, vote.snapshot);

        // Nobody below the voter means nothing below can have been claimed.
        weight = delegated == 0 ? power : power - _covered(self, vote, voter);

        if (weight != 0) {
            for (uint256 hop; next != address(0) && hop < MAX_HOPS; ++hop) {
                Receipt storage above = self.receipts[vote.id][next];
                if (above.voted) {
                    above.weight -= SafeCast.toUint208(weight);
                    (reduced, reducedChoice) = (next, above.choice);
                    break;
                }
                _cover(self, vote, next, weight);
                next = vote.source.delegateAt(next, vote.topic, vote.snapshot);
            }
        }
        self.receipts[vote.id][voter] = Receipt(true, choice, SafeCast.toUint208(weight));
    }

    /// @notice Records a vote counted without delegation (each voter weighs only its own units).
    function record(Ledger storage self, uint256 voteId, address voter, uint8 choice, uint256 weight) internal {
        self.receipts[voteId][voter] = Receipt(true, choice, SafeCast.toUint208(weight));
    }

    /// @notice The receipt of `voter` in vote `voteId`.
    function receipt(Ledger storage self, uint256 voteId, address voter) internal view returns (Receipt memory) {
        return self.receipts[voteId][voter];
    }

    /// @dev Changes the recorded choice of a voter who already voted (budget ballots may be changed).
    function setChoice(Ledger storage self, uint256 voteId, address voter, uint8 choice) internal {
        self.receipts[voteId][voter].choice = choice;
    }

    function _covered(Ledger storage self, Vote memory vote, address account) private view returns (uint256) {
        uint256 packed = self.covered[vote.lane][account];
        return packed >> TAG_SHIFT == vote.tag ? uint208(packed) : 0;
    }

    function _cover(Ledger storage self, Vote memory vote, address account, uint256 amount) private {
        uint256 total = _covered(self, vote, account) + amount;
        self.covered[vote.lane][account] = (uint256(vote.tag) << TAG_SHIFT) | SafeCast.toUint208(total);
    }
}
