// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {stdError} from "forge-std/StdError.sol";
import {DelegatorHeights} from "../../contracts/delegation/DelegatorHeights.sol";

/// @dev Exposes the library so that its reverts are external calls.
contract DelegatorHeightsHarness {
    function height(uint256 packed) external pure returns (uint256) {
        return DelegatorHeights.height(packed);
    }

    function count(uint256 packed) external pure returns (uint256) {
        return DelegatorHeights.count(packed);
    }

    function add(uint256 packed, uint256 h) external pure returns (uint256) {
        return DelegatorHeights.add(packed, h);
    }

    function remove(uint256 packed, uint256 h) external pure returns (uint256) {
        return DelegatorHeights.remove(packed, h);
    }
}

/// @notice Direct delegators counted by height: the account's height and count follow from plain counts.
contract DelegatorHeightsTest is Test {
    DelegatorHeightsHarness internal heights = new DelegatorHeightsHarness();

    function test_noDelegatorsMeansHeightZero() public view {
        assertEq(heights.height(0), 0);
        assertEq(heights.count(0), 0);
    }

    function test_heightIsOneAboveTheHighestDelegator() public view {
        uint256 packed = heights.add(0, 0);
        assertEq(heights.height(packed), 1);
        packed = heights.add(packed, 3);
        packed = heights.add(packed, 3);
        packed = heights.add(packed, 1);
        assertEq(heights.height(packed), 4);
        assertEq(heights.count(packed), 4);
        packed = heights.remove(packed, 3);
        assertEq(heights.height(packed), 4, "one delegator of height 3 is left");
        packed = heights.remove(packed, 3);
        assertEq(heights.height(packed), 2);
        packed = heights.add(packed, 7);
        assertEq(heights.height(packed), 8, "the highest lane");
    }

    function test_aFullLaneRefusesOneMore() public {
        uint256 full = uint256(type(uint32).max) << (32 * 5);
        assertEq(heights.count(full), type(uint32).max);
        vm.expectRevert(abi.encodeWithSelector(DelegatorHeights.DelegatorHeightsOverflow.selector, 5));
        heights.add(full, 5);
        assertEq(heights.count(heights.add(full, 4)), uint256(type(uint32).max) + 1);
    }

    function test_removingAnAbsentDelegatorIsAnInvariantViolation() public {
        uint256 oneOfHeightTwo = heights.add(0, 2);
        vm.expectRevert(stdError.assertionError);
        heights.remove(oneOfHeightTwo, 1);
    }

    /// @dev Any sequence of joins and leaves agrees with eight plain counters.
    /// forge-config: deep.fuzz.runs = 2000
    function testFuzz_agreesWithPlainCounts(uint8[] calldata steps) public view {
        uint256[8] memory plain;
        uint256 packed;
        for (uint256 i; i < steps.length && i < 64; ++i) {
            uint256 h = steps[i] % 8;
            bool leave = steps[i] >= 128 && plain[h] > 0;
            if (leave) {
                --plain[h];
                packed = heights.remove(packed, h);
            } else {
                ++plain[h];
                packed = heights.add(packed, h);
            }
            uint256 expectedHeight;
            uint256 expectedCount;
            for (uint256 lane; lane < 8; ++lane) {
                expectedCount += plain[lane];
                if (plain[lane] > 0) expectedHeight = lane + 1;
            }
            assertEq(heights.height(packed), expectedHeight);
            assertEq(heights.count(packed), expectedCount);
        }
    }
}
