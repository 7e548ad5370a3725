// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {LiquidHandler} from "./LiquidHandler.sol";

/**
 * @notice Invariants of liquid voting under random sequences of admissions, revocations, expiries,
 * delegations, proposals, ballots and time passing, in two cities at once: chains of at most 3 hops (the
 * bound is met often) and of at most 8 (the compile-time bound). Every handler action also compares its
 * own outcome with the reference model, so a handler revert is a failure (`fail-on-revert`).
 */
contract LiquidInvariantsTest is Test {
    LiquidHandler[2] internal cities;

    function setUp() public {
        cities[0] = new LiquidHandler(3);
        cities[1] = new LiquidHandler(8);
        bytes4[] memory actions = new bytes4[](7);
        actions[0] = LiquidHandler.delegateSomeone.selector;
        actions[1] = LiquidHandler.vote.selector;
        actions[2] = LiquidHandler.propose.selector;
        actions[3] = LiquidHandler.admitSomeone.selector;
        actions[4] = LiquidHandler.revokeSomeone.selector;
        actions[5] = LiquidHandler.expireSomeone.selector;
        actions[6] = LiquidHandler.wait.selector;
        for (uint256 i; i < cities.length; ++i) {
            targetContract(address(cities[i]));
            targetSelector(FuzzSelector({addr: address(cities[i]), selectors: actions}));
        }
    }

    /// forge-config: default.invariant.runs = 32
    /// forge-config: default.invariant.fail-on-revert = true
    /// forge-config: default.invariant.include-storage = false
    /// forge-config: default.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.fail-on-revert = true
    /// forge-config: deep.invariant.include-storage = false
    /// forge-config: deep.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.runs = 32
    /// forge-config: deep.invariant.depth = 128
    function invariant_countedWeightWithinUnitsAndNoUnitTwice() public view {
        cities[0].checkCounts();
        cities[1].checkCounts();
    }

    /// forge-config: default.invariant.runs = 32
    /// forge-config: default.invariant.fail-on-revert = true
    /// forge-config: default.invariant.include-storage = false
    /// forge-config: default.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.fail-on-revert = true
    /// forge-config: deep.invariant.include-storage = false
    /// forge-config: deep.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.runs = 32
    /// forge-config: deep.invariant.depth = 128
    function invariant_noUnitReachesAnAccountTwice() public view {
        cities[0].checkChains();
        cities[1].checkChains();
    }

    /// forge-config: default.invariant.runs = 32
    /// forge-config: default.invariant.fail-on-revert = true
    /// forge-config: default.invariant.include-storage = false
    /// forge-config: default.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.fail-on-revert = true
    /// forge-config: deep.invariant.include-storage = false
    /// forge-config: deep.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.runs = 32
    /// forge-config: deep.invariant.depth = 128
    function invariant_historyNeverChanges() public view {
        cities[0].checkHistory();
        cities[1].checkHistory();
    }

    /// forge-config: default.invariant.runs = 32
    /// forge-config: default.invariant.fail-on-revert = true
    /// forge-config: default.invariant.include-storage = false
    /// forge-config: default.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.fail-on-revert = true
    /// forge-config: deep.invariant.include-storage = false
    /// forge-config: deep.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.runs = 32
    /// forge-config: deep.invariant.depth = 128
    function invariant_everyReadMatchesTheModel() public view {
        cities[0].checkModel();
        cities[1].checkModel();
    }

    /// @notice The runs do something: both cities act, past readings accumulate, ballots are counted.
    /// forge-config: default.invariant.runs = 32
    /// forge-config: default.invariant.fail-on-revert = true
    /// forge-config: default.invariant.include-storage = false
    /// forge-config: default.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.fail-on-revert = true
    /// forge-config: deep.invariant.include-storage = false
    /// forge-config: deep.invariant.include-push-bytes = false
    /// forge-config: deep.invariant.runs = 32
    /// forge-config: deep.invariant.depth = 128
    function afterInvariant() public view {
        uint256 actions = cities[0].actions() + cities[1].actions();
        assertGt(actions, 0, "no action ran");
    }
}
