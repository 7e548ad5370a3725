// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ILiquidVotes} from "../delegation/ILiquidVotes.sol";
import {DepthProfiles} from "../delegation/DepthProfiles.sol";

/**
 * @title LiquidTally
 * @notice The liquid counting rule, shared by the Governor and budget rounds: for a vote with topic t
 * and snapshot s, each voting unit counts once, for the first account that voted among its holder and
 * the holder's next `maxDepth` delegates at s (units whose holder's chain has no voter within reach are
 * not counted). A voter claims the units it represents minus those already claimed below it ("covered");
 * the nearest earlier voter above it loses the part of that claim that reached it, i.e. the units that
 * travel no further than `maxDepth` hops to it.
 *
 * So both need units by distance: the source reports what reaches each account by distance (a
 * {DepthProfiles} profile), covered amounts are kept by distance too, and moving a claim one hop up is a
 * shift by one lane. Cost is bounded by the chain above the voter, never by how many people are below
 * it: each voter adds what it claimed to the covered amounts of the non-voters between itself and the
 * nearest voter above, at most `maxDepth` hops.
 *
 * Covered amounts are only needed while voting is open, so they live in a small set of reusable lanes
 * tagged with the vote they belong to: writing over a stale tag costs a warm update instead of a fresh
 * storage slot, which keeps each further hop well under the price of a new slot.
 */
library LiquidTally {
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
        /// @dev lane => account => (tag << 208 | covered units by distance, a {DepthProfiles} profile); a
        /// different tag reads as zero.
        mapping(uint256 lane => mapping(address account => uint256)) covered;
    }

    /// @dev `voter` held no voting right at the snapshot (not a resident then, or expired).
    error LiquidTallyIneligibleVoter(address voter, uint256 snapshot);

    /**
     * @notice Records the first vote of `voter` with `choice`. Returns the weight it claims and, if part of
     * that weight was so far counted for an earlier voter up its chain, that voter (`reduced`, zero if
     * none), its choice and the amount it lost (`reduction`, at most `weight`: units more than `maxDepth`
     * hops below `reduced` never counted for it). The caller adds `weight` to `choice` and moves
     * `reduction` off `reducedChoice`.
     */
    function cast(Ledger storage self, Vote memory vote, address voter, uint8 choice)
        internal
        returns (uint256 weight, address reduced, uint8 reducedChoice, uint256 reduction)
    {
        (bool eligible, uint256 power, uint256 delegated, address next) =
            vote.source.voterAt(voter, vote.topic, vote.snapshot);
        if (!eligible) revert LiquidTallyIneligibleVoter(voter, vote.snapshot);

        uint256 carried;
        (weight, carried) = _claim(self, vote, voter, power, delegated);
        if (next != address(0) && carried != 0) {
            (reduced, reducedChoice, reduction) = _walk(self, vote, next, carried, power, delegated);
        }
        self.receipts[vote.id][voter] = Receipt(true, choice, SafeCast.toUint208(weight));
    }

    /**
     * @dev What a voter claims: its units and what of `delegated` (units below it by distance) nobody
     * below it claimed; and the same by distance from its delegate (`carried`): its own units one hop up,
     * the claim from below one hop further.
     */
    function _claim(Ledger storage self, Vote memory vote, address voter, uint256 power, uint256 delegated)
        private
        view
        returns (uint256 weight, uint256 carried)
    {
        uint256 below = uint192(delegated);
        // Nobody below the voter means nothing below can have been claimed.
        if (below == 0) return (power, power);
        uint256 depth = delegated >> DepthProfiles.DEPTH_SHIFT;
        uint256 claimed = below - _covered(self, vote, voter);
        uint256 units = power - DepthProfiles.total(below, depth);
        weight = units + DepthProfiles.total(claimed, depth);
        carried = DepthProfiles.carried(units, claimed, depth);
    }

    /**
     * @dev Walks up from `next` with the claim `carried` (by distance from `next`): covers it at each
     * account that has not voted, one hop further each time, and reduces the first that has by what of the
     * claim reached it. A claim that has moved past the maximum depth is empty: the walk ends there at the
     * latest.
     */
    function _walk(
        Ledger storage self,
        Vote memory vote,
        address next,
        uint256 carried,
        uint256 power,
        uint256 delegated
    ) private returns (address reduced, uint8 reducedChoice, uint256 reduction) {
        uint256 depth = delegated >> DepthProfiles.DEPTH_SHIFT;
        do {
            Receipt storage above = self.receipts[vote.id][next];
            if (above.voted) {
                // Without anyone below, the claim is the voter's own units, which reach `maxDepth` hops.
                reduction = uint192(delegated) == 0 ? power : DepthProfiles.total(carried, depth);
                // Checked in 256 bits: the difference is at most the old weight, so it fits back.
                above.weight = uint208(above.weight - reduction);
                return (next, above.choice, reduction);
            }
            _cover(self, vote, next, carried);
            next = vote.source.delegateAt(next, vote.topic, vote.snapshot);
            carried = DepthProfiles.shifted(carried, 1, depth);
        } while (next != address(0) && carried != 0);
    }

    /// @notice Records a vote counted without delegation (each voter weighs only its own units).
    function record(Ledger storage self, uint256 voteId, address voter, uint8 choice, uint256 weight) internal {
        self.receipts[voteId][voter] = Receipt(true, choice, SafeCast.toUint208(weight));
    }

    /// @notice Whether `voter` voted in vote `voteId` (one storage read, no copy of the receipt).
    function voted(Ledger storage self, uint256 voteId, address voter) internal view returns (bool) {
        return self.receipts[voteId][voter].voted;
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
