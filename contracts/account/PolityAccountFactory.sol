// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {P256} from "@openzeppelin/contracts/utils/cryptography/P256.sol";
import {SignerP256} from "@openzeppelin/contracts/utils/cryptography/signers/SignerP256.sol";
import {PolityAccount} from "./PolityAccount.sol";

/**
 * @title PolityAccountFactory
 * @notice Deploys residents' passkey accounts ({PolityAccount}) as minimal clones (ERC-1167) carrying the
 * passkey's public key as immutable arguments, at addresses
 * that follow from the passkey's public key alone: `predictAddress(x, y, index)` is known before the
 * account exists, so the identity office can admit it first and the account is deployed by the
 * resident's first user operation (its `initCode` calls {createAccount}). `index` lets one passkey hold
 * more than one account (0 for the first).
 *
 * Anyone may call {createAccount}: the address depends only on the key, and the key is part of the
 * clone's code, so nobody can take over an account by deploying it first.
 * One factory per chain serves every polity on it; it has no owner.
 */
contract PolityAccountFactory {
    /// @notice The account code every clone delegates to.
    PolityAccount public immutable implementation;

    /// @dev A passkey account was deployed for the key (x, y) at `index`.
    event AccountCreated(address indexed account, bytes32 x, bytes32 y, uint256 index);

    constructor() {
        implementation = new PolityAccount();
    }

    /**
     * @notice Deploys the account of passkey (x, y) at `index` with the key as the clone's immutable
     * arguments, or returns it if it exists already (so a repeated or raced call does no harm). Anyone; the
     * EntryPoint calls it through a user operation's `initCode`. Reverts if (x, y) is not a P-256 public key.
     */
    function createAccount(bytes32 x, bytes32 y, uint256 index) external returns (PolityAccount account) {
        bytes memory key = abi.encode(x, y);
        address predicted =
            Clones.predictDeterministicAddressWithImmutableArgs(address(implementation), key, bytes32(index));
        if (predicted.code.length != 0) return PolityAccount(payable(predicted));
        if (!P256.isValidPublicKey(x, y)) revert SignerP256.SignerP256InvalidPublicKey(x, y);
        account = PolityAccount(
            payable(Clones.cloneDeterministicWithImmutableArgs(address(implementation), key, bytes32(index)))
        );
        emit AccountCreated(address(account), x, y, index);
    }

    /// @notice The address of the account of passkey (x, y) at `index`, whether or not it is deployed yet.
    function predictAddress(bytes32 x, bytes32 y, uint256 index) external view returns (address) {
        // The key is in the clone's code, so the address depends on it without hashing it into the salt.
        return Clones.predictDeterministicAddressWithImmutableArgs(
            address(implementation), abi.encode(x, y), bytes32(index)
        );
    }
}
