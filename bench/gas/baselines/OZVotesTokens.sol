// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";
import {VotesExtended} from "@openzeppelin/contracts/governance/utils/VotesExtended.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

/// @dev OpenZeppelin's ERC20Votes as the Wizard composes it, on a timestamp clock like Polity's, so both
/// sides of the benchmark run the same scenario. Baseline for GovernorCountingSimple.
contract OZVotesToken is ERC20, ERC20Permit, ERC20Votes {
    constructor() ERC20("Baseline", "BASE") ERC20Permit("Baseline") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

/// @dev ERC20Votes with VotesExtended: the token GovernorCountingOverridable needs.
contract OZVotesExtendedToken is ERC20, ERC20Permit, ERC20Votes, VotesExtended {
    constructor() ERC20("Baseline", "BASE") ERC20Permit("Baseline") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function _delegate(address account, address delegatee) internal override(Votes, VotesExtended) {
        super._delegate(account, delegatee);
    }

    function _transferVotingUnits(address from, address to, uint256 amount) internal override(Votes, VotesExtended) {
        super._transferVotingUnits(from, to, amount);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
