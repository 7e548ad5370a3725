// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title HeadCheckpoints
 * @notice A history of values over time whose latest value lives in one "head" word together with its
 * timepoint and the number of earlier entries; earlier values are kept by index.
 *
 * Why not OpenZeppelin's {Checkpoints}: a `Trace208` keeps every checkpoint, the latest included, in a
 * dynamic array, so the first write to a fresh trace pays for two new storage slots (the array's length
 * and its first element) and reading the latest value reads both. Delegating is what residents do most,
 * and each delegation writes one trace per account it reaches: keeping the latest value in the head makes
 * the first write one new slot, a read at a time after the latest change one read, and the history is
 * only written when a value changes in a later second than the previous change.
 *
 * Layout: head = `key (32 bits) << 224 | length (32) << 192 | value (192)`; history entry i =
 * `key << 192 | value`, keys strictly increasing. Keys are timestamps (seconds, good until 2106).
 */
library HeadCheckpoints {
    uint256 internal constant VALUE_BITS = 192;
    uint256 private constant VALUE_MASK = (1 << VALUE_BITS) - 1;
    uint256 private constant LENGTH_SHIFT = 192;
    uint256 private constant KEY_SHIFT = 224;

    struct Trace {
        uint256 head;
        mapping(uint256 index => uint256) history;
    }

    /// @dev A value does not fit in 192 bits.
    error HeadCheckpointsValueTooLarge(uint256 value);
    /// @dev A checkpoint was pushed with a key before the latest one.
    error HeadCheckpointsUnorderedKey(uint256 key, uint256 latestKey);

    /// @dev The latest value (0 if none was ever pushed).
    function latest(Trace storage self) internal view returns (uint256) {
        return self.head & VALUE_MASK;
    }

    /// @dev Sets the value from `key` on. A push in the same second as the latest replaces it: reads are
    /// only ever made at past timepoints, so a value that lasted less than a second is never observed.
    function push(Trace storage self, uint256 key, uint256 value) internal {
        if (value > VALUE_MASK) revert HeadCheckpointsValueTooLarge(value);
        uint256 head = self.head;
        uint256 latestKey = head >> KEY_SHIFT;
        uint256 length = (head >> LENGTH_SHIFT) & type(uint32).max;
        if (latestKey != key && head != 0) {
            if (key < latestKey || key > type(uint32).max) revert HeadCheckpointsUnorderedKey(key, latestKey);
            self.history[length] = (latestKey << LENGTH_SHIFT) | (head & VALUE_MASK);
            ++length;
        }
        self.head = (key << KEY_SHIFT) | (length << LENGTH_SHIFT) | value;
    }

    /// @dev The value at `key`: the one pushed last with a key at or before it (0 if none).
    function upperLookup(Trace storage self, uint256 key) internal view returns (uint256) {
        uint256 head = self.head;
        if (head >> KEY_SHIFT <= key) return head & VALUE_MASK;
        uint256 low;
        uint256 high = (head >> LENGTH_SHIFT) & type(uint32).max;
        while (low < high) {
            uint256 mid = (low + high) >> 1;
            if (self.history[mid] >> LENGTH_SHIFT > key) high = mid;
            else low = mid + 1;
        }
        return low == 0 ? 0 : self.history[low - 1] & VALUE_MASK;
    }
}
