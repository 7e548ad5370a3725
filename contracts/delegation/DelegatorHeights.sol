// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title DelegatorHeights
 * @notice One storage word per (account, topic) that counts the account's direct delegators by their
 * own height (the longest chain of delegators ending at them): eight 32-bit lanes, lane h counting
 * delegators of height h.
 *
 * Why: a delegation must not make any chain longer than the maximum depth, including the chains
 * *below* the delegator. That needs each account's height, and heights must also go down when a
 * delegator leaves. Keeping a count per height makes both directions O(1) per account, and a change
 * only travels up the chain while it changes someone's height, so the number of delegators never
 * makes anyone's own operation cost more.
 */
library DelegatorHeights {
    /// @dev Heights 0..7 fit the eight lanes; chains are at most 8 hops, so a delegator's height is at most 7.
    uint256 internal constant LANES = 8;
    uint256 private constant LANE_BITS = 32;
    uint256 private constant LANE_MASK = type(uint32).max;

    /// @dev A lane would overflow: more than 2^32 - 1 direct delegators of one height.
    error DelegatorHeightsOverflow(uint256 height);

    /// @dev The account's height: 0 with no delegators, else 1 + the highest height among them.
    function height(uint256 packed) internal pure returns (uint256) {
        if (packed == 0) return 0;
        uint256 lane = LANES - 1;
        while ((packed >> (lane * LANE_BITS)) & LANE_MASK == 0) {
            unchecked {
                --lane;
            }
        }
        return lane + 1;
    }

    /// @dev Number of direct delegators, all heights together.
    function count(uint256 packed) internal pure returns (uint256 total) {
        for (uint256 lane; lane < LANES; ++lane) {
            total += (packed >> (lane * LANE_BITS)) & LANE_MASK;
        }
    }

    /// @dev One more direct delegator of height `h`.
    function add(uint256 packed, uint256 h) internal pure returns (uint256) {
        if ((packed >> (h * LANE_BITS)) & LANE_MASK == LANE_MASK) revert DelegatorHeightsOverflow(h);
        return packed + (1 << (h * LANE_BITS));
    }

    /// @dev One direct delegator of height `h` fewer (it must exist).
    function remove(uint256 packed, uint256 h) internal pure returns (uint256) {
        assert((packed >> (h * LANE_BITS)) & LANE_MASK != 0);
        return packed - (1 << (h * LANE_BITS));
    }
}
