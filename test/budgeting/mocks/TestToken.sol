// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @dev A plain mintable ERC-20 for budgets (whole units, no decimals needed by the tests).
contract TestToken is ERC20 {
    constructor() ERC20("City Zloty", "CZL") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
