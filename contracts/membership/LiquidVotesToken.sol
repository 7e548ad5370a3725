// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {LiquidVotes} from "../delegation/LiquidVotes.sol";

/**
 * @title LiquidVotesToken
 * @notice Token-weighted mode: an ERC-20 whose balances are the voting units, with the same liquid,
 * per-topic delegation as residents have (the shape of OpenZeppelin's ERC20Votes). For DAOs rather than
 * cities. Balances are checkpointed so that a vote reads the holder's own units at the snapshot, which
 * is also what makes flash-borrowed tokens worthless for voting.
 *
 * A transfer moves the sender's and receiver's units along their chains on every topic they delegate,
 * so transfers cost more the more topics a holder delegates; token polities usually keep one topic.
 */
contract LiquidVotesToken is ERC20, ERC20Permit, LiquidVotes, Ownable {
    using Checkpoints for Checkpoints.Trace208;

    mapping(address account => Checkpoints.Trace208) private _balanceCheckpoints;
    mapping(address account => uint256) private _flags;

    /**
     * @param owner_ governance (the timelock): registers topics and mints
     * @param maxDepth_ maximum delegation chain length, 1 to 8 hops
     */
    constructor(string memory name, string memory symbol, address owner_, uint256 maxDepth_)
        ERC20(name, symbol)
        ERC20Permit(name)
        LiquidVotes(maxDepth_)
        Ownable(owner_)
    {}

    /// @notice Creates tokens. Only governance.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Registers a delegation topic. Only governance.
    function registerTopic(string calldata name) external onlyOwner returns (uint8) {
        return _registerTopic(name);
    }

    /// @notice Balance of `account` at a past timepoint.
    function getPastBalanceOf(address account, uint256 timepoint) external view returns (uint256) {
        return _balanceCheckpoints[account].upperLookupRecent(_validateTimepoint(timepoint));
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0)) _balanceCheckpoints[from].push(clock(), SafeCast.toUint208(balanceOf(from)));
        if (to != address(0)) _balanceCheckpoints[to].push(clock(), SafeCast.toUint208(balanceOf(to)));
        _transferVotingUnits(from, to, value);
    }

    function _getVotingUnits(address account) internal view override returns (uint256) {
        return balanceOf(account);
    }

    function _pastUnitsOf(address account, uint48 timepoint) internal view override returns (uint256) {
        return _balanceCheckpoints[account].upperLookupRecent(timepoint);
    }

    /// @dev Any holder may vote, also a delegate holding no tokens.
    function _voterUnitsAt(address account, uint48 timepoint) internal view override returns (bool, uint256, uint256) {
        return (true, _balanceCheckpoints[account].upperLookupRecent(timepoint), _flags[account]);
    }

    function _delegationFlags(address account) internal view override returns (uint256) {
        return _flags[account];
    }

    function _setDelegationFlags(address account, uint256 flags) internal override {
        _flags[account] = flags;
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
