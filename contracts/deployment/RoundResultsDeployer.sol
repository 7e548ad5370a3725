// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBudgetRounds} from "../budgeting/IBudgetRounds.sol";
import {RoundResults} from "../budgeting/RoundResults.sol";
import {ComponentDeployer} from "./ComponentDeployer.sol";

/// @title RoundResultsDeployer
/// @notice Deploys {RoundResults} for {PolityFactory}.
contract RoundResultsDeployer is ComponentDeployer {
    constructor() ComponentDeployer(type(RoundResults).creationCode) {}

    /// @notice Deploys round results with these constructor arguments (see {RoundResults}). Anyone.
    function deploy(IBudgetRounds rounds, address admin, address council, address treasury)
        external
        returns (RoundResults)
    {
        return RoundResults(_create(abi.encode(rounds, admin, council, treasury)));
    }
}
