// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ISemaphoreVerifier} from "@semaphore-protocol/contracts/interfaces/ISemaphoreVerifier.sol";
import {IBudgetRounds} from "../budgeting/IBudgetRounds.sol";
import {SecretBallots} from "../budgeting/SecretBallots.sol";
import {IdentityGroups} from "../membership/IdentityGroups.sol";
import {ComponentDeployer} from "./ComponentDeployer.sol";

/// @title SecretBallotsDeployer
/// @notice Deploys {SecretBallots} (the secret and paper ballot channel of budget rounds) for {PolityFactory}.
contract SecretBallotsDeployer is ComponentDeployer {
    constructor() ComponentDeployer(type(SecretBallots).creationCode) {}

    /// @notice Deploys the ballot channel with these constructor arguments (see {SecretBallots}). Anyone.
    function deploy(IBudgetRounds rounds, IdentityGroups groups, ISemaphoreVerifier verifier, address admin)
        external
        returns (SecretBallots)
    {
        return SecretBallots(_create(abi.encode(rounds, groups, verifier, admin)));
    }
}
