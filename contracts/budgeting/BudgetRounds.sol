// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Multicall} from "@openzeppelin/contracts/utils/Multicall.sol";
import {ResidentRegistry} from "../membership/ResidentRegistry.sol";
import {RoundSchedule} from "./RoundSchedule.sol";
import {BallotBox} from "./BallotBox.sol";

/**
 * @title BudgetRounds
 * @notice A city's participatory-budgeting rounds: opening ({RoundSchedule}), projects and their review
 * ({ProjectBook}), ballots and support ({BallotBox}). Results are kept by {RoundResults}.
 *
 * Roles: governance (the timelock) holds DEFAULT_ADMIN_ROLE and ROUND_MANAGER_ROLE, and may grant the
 * latter to the council so that it opens rounds itself, within the limits only governance sets
 * ({GovernedRoundLimits}); COUNCIL_ROLE reviews projects and advances phases; BALLOT_CHANNEL_ROLE
 * (the `SecretBallots` contract, granted by governance) brings secret ballots and paper ballots. {Multicall} lets the council review many projects in one transaction.
 */
contract BudgetRounds is BallotBox, AccessControl, Multicall {
    bytes32 public constant ROUND_MANAGER_ROLE = keccak256("ROUND_MANAGER_ROLE");
    bytes32 public constant COUNCIL_ROLE = keccak256("COUNCIL_ROLE");
    /// @dev keccak256("BALLOT_CHANNEL_ROLE"): held by the `SecretBallots` contract only (granted by
    /// governance), which brings secret and paper ballots. Not a public getter: EIP-170 leaves no room.
    bytes32 internal constant BALLOT_CHANNEL_ROLE = keccak256("BALLOT_CHANNEL_ROLE");

    /**
     * @param registry_ residents, districts and delegation
     * @param admin governance (the timelock): DEFAULT_ADMIN_ROLE and ROUND_MANAGER_ROLE
     * @param council COUNCIL_ROLE (zero: none yet)
     */
    constructor(ResidentRegistry registry_, address admin, address council) RoundSchedule(registry_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ROUND_MANAGER_ROLE, admin);
        if (council != address(0)) _grantRole(COUNCIL_ROLE, council);
    }

    function _checkRoundManager() internal view override {
        if (!hasRole(ROUND_MANAGER_ROLE, _msgSender())) revert BudgetRoundNotRoundManager(_msgSender());
    }

    function _checkGovernance() internal view override {
        _checkRole(DEFAULT_ADMIN_ROLE);
    }

    function _checkCouncil() internal view override {
        _checkRole(COUNCIL_ROLE);
    }

    function _checkBallotChannel() internal view override {
        _checkRole(BALLOT_CHANNEL_ROLE);
    }
}
