// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ILiquidVotes} from "../delegation/ILiquidVotes.sol";
import {PolityGovernor} from "../governance/PolityGovernor.sol";
import {ComponentDeployer} from "./ComponentDeployer.sol";

/// @title GovernorDeployer
/// @notice Deploys a {PolityGovernor} for {PolityFactory}. Its creation code is larger than EIP-170 allows
/// a contract's code to be, which is why deployers keep creation code in data contracts.
contract GovernorDeployer is ComponentDeployer {
    constructor() ComponentDeployer(type(PolityGovernor).creationCode) {}

    /// @notice Deploys a Governor with these constructor arguments (see {PolityGovernor}). Anyone.
    function deploy(
        string calldata name,
        ILiquidVotes votes,
        TimelockController timelock,
        PolityGovernor.Settings calldata settings
    ) external returns (PolityGovernor) {
        return PolityGovernor(payable(_create(abi.encode(name, votes, timelock, settings))));
    }
}
