// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ResidentRegistry} from "../membership/ResidentRegistry.sol";
import {IdentityGroups} from "../membership/IdentityGroups.sol";
import {ComponentDeployer} from "./ComponentDeployer.sol";

/// @title IdentityGroupsDeployer
/// @notice Deploys the {IdentityGroups} of secret ballots for {PolityFactory}. Their creation code is linked
/// to poseidon-solidity's PoseidonT3 at its deterministic address (foundry.toml `libraries`), which must
/// hold the library before the groups change (the SDK's deployPolityFactory puts it there when missing).
contract IdentityGroupsDeployer is ComponentDeployer {
    constructor() ComponentDeployer(type(IdentityGroups).creationCode) {}

    /// @notice Deploys identity groups following `registry` (see {IdentityGroups}). Anyone.
    function deploy(ResidentRegistry registry) external returns (IdentityGroups) {
        return IdentityGroups(_create(abi.encode(registry)));
    }
}
