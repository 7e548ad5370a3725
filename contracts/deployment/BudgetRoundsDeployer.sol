// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ResidentRegistry} from "../membership/ResidentRegistry.sol";
import {BudgetRounds} from "../budgeting/BudgetRounds.sol";
import {ComponentDeployer} from "./ComponentDeployer.sol";

/// @title BudgetRoundsDeployer
/// @notice Deploys {BudgetRounds} for {PolityFactory}.
contract BudgetRoundsDeployer is ComponentDeployer {
    constructor() ComponentDeployer(type(BudgetRounds).creationCode) {}

    /// @notice Deploys budget rounds with these constructor arguments (see {BudgetRounds}). Anyone.
    function deploy(ResidentRegistry registry, address admin, address council) external returns (BudgetRounds) {
        return BudgetRounds(_create(abi.encode(registry, admin, council)));
    }
}
