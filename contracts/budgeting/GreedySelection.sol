// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Arrays} from "@openzeppelin/contracts/utils/Arrays.sol";
import {IBudgetRounds} from "./IBudgetRounds.sol";

/**
 * @title GreedySelection
 * @notice The greedy rule cities use, as a plain function on plain data (the SDK's
 * `packages/sdk/src/budgeting/` implements the same rule with the same order; see
 * docs/budgeting-rounds.md, "Results").
 *
 * Eligible projects are the accepted ones that someone supports, with support at least `minSupport`
 * (a project nobody supports is never funded, whatever the threshold). They are taken in order of
 * support, highest first; ties go to the cheaper project, then to the lower project id. Walking that
 * order, a project is funded if no project of its exclusive group was funded already and its cost fits
 * in what is left of the budget. A project that does not fit is skipped, or, with `stopAtMisfit`, ends
 * the walk. A project blocked by its exclusive group is always skipped: it is not a misfit.
 */
library GreedySelection {
    uint256 private constant ID_BITS = 8;
    uint256 private constant COST_BITS = 128;
    uint256 private constant COST_MAX = type(uint128).max;

    /// @dev Support at or above 2^120 cannot be ordered by this packing (support is at most 2^64).
    error GreedySupportTooLarge(uint256 projectId, uint256 support);

    /**
     * @param counts every project of the round by id (at most 256)
     * @return selected bitmap of the funded projects (bit `i`: project `i`)
     * @return spent their total cost
     */
    function select(IBudgetRounds.ProjectCount[] memory counts, uint256 budget, uint256 minSupport, bool stopAtMisfit)
        internal
        pure
        returns (uint256 selected, uint256 spent)
    {
        uint256[] memory order = _order(counts, minSupport);
        uint256 remaining = budget;
        uint256 fundedGroups;
        for (uint256 k = order.length; k != 0; --k) {
            uint256 key = order[k - 1];
            uint256 projectId = type(uint8).max - (key & type(uint8).max);
            uint256 cost = COST_MAX - ((key >> ID_BITS) & COST_MAX);
            uint256 groupBit = uint256(1) << counts[projectId].group;
            if (counts[projectId].group != 0 && fundedGroups & groupBit != 0) continue;
            if (cost > remaining) {
                if (stopAtMisfit) break;
                continue;
            }
            remaining -= cost;
            selected |= uint256(1) << projectId;
            fundedGroups |= groupBit;
        }
        spent = budget - remaining;
    }

    /// @dev Eligible projects as ascending sort keys: support, then cost reversed, then id reversed, so the
    /// last key is the project greedy takes first.
    function _order(IBudgetRounds.ProjectCount[] memory counts, uint256 minSupport)
        private
        pure
        returns (uint256[] memory keys)
    {
        keys = new uint256[](counts.length);
        uint256 length;
        for (uint256 i; i < counts.length; ++i) {
            IBudgetRounds.ProjectCount memory entry = counts[i];
            if (!entry.accepted || entry.support == 0 || entry.support < minSupport) continue;
            if (entry.support >> (256 - COST_BITS - ID_BITS) != 0) revert GreedySupportTooLarge(i, entry.support);
            keys[length++] =
                (entry.support << (COST_BITS + ID_BITS)) | ((COST_MAX - entry.cost) << ID_BITS) | (type(uint8).max - i);
        }
        assembly ("memory-safe") {
            mstore(keys, length)
        }
        Arrays.sort(keys);
    }

    /// @dev The project ids in a bitmap, ascending.
    function toIds(uint256 bitmap) internal pure returns (uint8[] memory ids) {
        ids = new uint8[](256);
        uint256 length;
        for (uint256 i; bitmap >> i != 0; ++i) {
            // i < 256: bitmap >> 256 is 0
            // forge-lint: disable-next-line(unsafe-typecast)
            if ((bitmap >> i) & 1 == 1) ids[length++] = uint8(i);
        }
        assembly ("memory-safe") {
            mstore(ids, length)
        }
    }
}
