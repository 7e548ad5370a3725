// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ResidentRegistry} from "../membership/ResidentRegistry.sol";
import {ComponentDeployer} from "./ComponentDeployer.sol";

/// @title RegistryDeployer
/// @notice Deploys a {ResidentRegistry} (membership and liquid delegation) for {PolityFactory}.
contract RegistryDeployer is ComponentDeployer {
    constructor() ComponentDeployer(type(ResidentRegistry).creationCode) {}

    /// @notice Deploys a registry with these constructor arguments (see {ResidentRegistry}). Anyone.
    function deploy(string calldata name, uint256 maxDepth, address admin, address registrar, string[] calldata topics)
        external
        returns (ResidentRegistry)
    {
        return ResidentRegistry(_create(abi.encode(name, maxDepth, admin, registrar, topics)));
    }
}
