// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IRoundResults} from "../budgeting/IRoundResults.sol";
import {MilestoneEscrow} from "../treasury/MilestoneEscrow.sol";
import {ComponentDeployer} from "./ComponentDeployer.sol";

/// @title MilestoneEscrowDeployer
/// @notice Deploys a {MilestoneEscrow} for {PolityFactory}.
contract MilestoneEscrowDeployer is ComponentDeployer {
    constructor() ComponentDeployer(type(MilestoneEscrow).creationCode) {}

    /// @notice Deploys an escrow with these constructor arguments (see {MilestoneEscrow}). Anyone.
    function deploy(IRoundResults results, address treasury, address admin, address council)
        external
        returns (MilestoneEscrow)
    {
        return MilestoneEscrow(_create(abi.encode(results, treasury, admin, council)));
    }
}
