// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/**
 * @dev A malicious token: on every transfer out of `target` it calls `target` again with `payload`
 * (for example releasing the same milestone twice, or stopping the project mid-release) and records
 * whether that call succeeded and what it returned.
 */
contract ReenteringToken is ERC20 {
    address public target;
    bytes public payload;
    bool public attempted;
    bool public succeeded;
    bytes public returned;

    constructor() ERC20("Reentering Token", "RNT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
        attempted = false;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from == target && target != address(0) && !attempted) {
            attempted = true;
            (succeeded, returned) = target.call(payload);
        }
    }
}
