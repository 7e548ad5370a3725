// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ComponentDeployer} from "./ComponentDeployer.sol";

/// @title TimelockDeployer
/// @notice Deploys OpenZeppelin's TimelockController (the polity's executor and treasury) for {PolityFactory}.
contract TimelockDeployer is ComponentDeployer {
    constructor() ComponentDeployer(type(TimelockController).creationCode) {}

    /// @notice Deploys a timelock with no proposers or executors yet and `admin` to wire them. Anyone.
    function deploy(uint256 minDelay, address admin) external returns (TimelockController) {
        address[] memory none = new address[](0);
        return TimelockController(payable(_create(abi.encode(minDelay, none, none, admin))));
    }
}
