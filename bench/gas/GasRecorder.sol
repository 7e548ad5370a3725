// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";

/// @dev Base for gas benchmarks. Run under the `bench` profile (isolated transactions): after a call,
/// {record} stores what that whole transaction used. Each benchmark contract writes its figures to
/// `bench/out/<file>.json`; `scripts/bench-gas.mjs` merges them into `bench/gas.json`.
abstract contract GasRecorder is Test {
    string private _json;
    string private _key;

    constructor() {
        _key = vm.toString(address(this));
    }

    /// @dev Records the gas of the last top-level call under `name` (prefix `oz.` or `polity.`).
    function record(string memory name) internal {
        _json = vm.serializeUint(_key, name, vm.lastCallGas().gasTotalUsed);
    }

    function writeFigures(string memory file) internal {
        vm.writeJson(_json, string.concat("bench/out/", file, ".json"));
    }
}
