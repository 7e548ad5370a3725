// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title DepthProfiles
 * @notice Units arranged by how many hops they travel, packed in one word: lane i holds the units of
 * the holders exactly i + 1 hops below an account (for an account's "delegated" profile), with `depth`
 * lanes of `192 / depth` bits each.
 *
 * Why: a unit counts for the first voter among its holder and the holder's next `depth` delegates; what
 * would travel further is not counted. To move an account's weight when it delegates, and to take an
 * override off the right earlier voter, each account's delegated units must be known by distance: moving
 * a profile one hop further up is a shift by one lane, and the lane that would go past the maximum depth
 * falls off the word.
 *
 * A lane never holds more than all units in existence, so {LiquidVotes} refuses to create more units than
 * a lane holds ({capacity}); packed additions and subtractions then never carry from one lane into another.
 * A profile reported to a counting module carries its depth in its top byte ({DEPTH_SHIFT}), so the
 * reader needs no other call to unpack it.
 */
library DepthProfiles {
    /// @dev Bits shared by the lanes: one {HeadCheckpoints} value.
    uint256 internal constant BITS = 192;
    /// @dev Where a reported profile carries its depth.
    uint256 internal constant DEPTH_SHIFT = 248;

    /// @dev Width of one lane for `depth` lanes.
    function laneBits(uint256 depth) internal pure returns (uint256) {
        unchecked {
            return BITS / depth;
        }
    }

    /// @dev The most units a lane holds, hence the most units that may exist.
    function capacity(uint256 depth) internal pure returns (uint256) {
        return (1 << laneBits(depth)) - 1;
    }

    /// @dev `profile` moved `hops` hops further up: every lane `hops` further, lanes past `depth` dropped.
    function shifted(uint256 profile, uint256 hops, uint256 depth) internal pure returns (uint256) {
        unchecked {
            uint256 bits = BITS / depth;
            return (profile << (hops * bits)) & ((1 << (bits * depth)) - 1);
        }
    }

    /// @dev What an account carries to its delegate: its own `units` one hop up, and each lane of its
    /// `delegated` profile one hop further (the last lane falls off).
    function carried(uint256 units, uint256 delegated, uint256 depth) internal pure returns (uint256) {
        unchecked {
            uint256 bits = BITS / depth;
            return (units | (delegated << bits)) & ((1 << (bits * depth)) - 1);
        }
    }

    /**
     * @dev Sum of all lanes, in constant time: multiplying by a word with a 1 in every lane adds, in the top
     * lane, every lane to it. No lane of the product carries into the next, since the sum of all lanes is
     * at most all units in existence, which fit in one lane ({capacity}); bits above the word are dropped.
     */
    function total(uint256 profile, uint256 depth) internal pure returns (uint256) {
        unchecked {
            uint256 bits = BITS / depth;
            uint256 laneMask = (1 << bits) - 1;
            uint256 ones = ((1 << (bits * depth)) - 1) / laneMask;
            return ((profile * ones) >> (bits * (depth - 1))) & laneMask;
        }
    }

    /// @dev The lanes as a list: element i is the units i + 1 hops below.
    function lanes(uint256 profile, uint256 depth) internal pure returns (uint256[] memory result) {
        uint256 bits = laneBits(depth);
        uint256 mask = (1 << bits) - 1;
        result = new uint256[](depth);
        for (uint256 i; i < depth; ++i) {
            result[i] = (profile >> (i * bits)) & mask;
        }
    }
}
