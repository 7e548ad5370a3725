// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Account} from "@openzeppelin/contracts/account/Account.sol";
import {ERC7821} from "@openzeppelin/contracts/account/extensions/draft-ERC7821.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {IEntryPoint} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ERC7739} from "@openzeppelin/contracts/utils/cryptography/signers/draft-ERC7739.sol";
import {SignerP256} from "@openzeppelin/contracts/utils/cryptography/signers/SignerP256.sol";
import {SignerWebAuthn} from "@openzeppelin/contracts/utils/cryptography/signers/SignerWebAuthn.sol";

/**
 * @title PolityAccount
 * @notice A resident's account: a smart account whose only key is a WebAuthn passkey (P-256) on the
 * resident's phone or computer. Everything here is OpenZeppelin's: ERC-4337 {Account} validation against
 * the canonical v0.8 EntryPoint, the passkey as {SignerWebAuthn}, ERC-7821 batched calls (delegate and
 * vote in one operation), and ERC-1271 through {ERC7739}, so that the Governor's `castVoteBySig` and any
 * other contract checking signatures with OpenZeppelin's `SignatureChecker` accept the account's.
 *
 * A signature over a user operation is a WebAuthn assertion whose challenge is the EntryPoint's v0.8
 * user-operation hash, ABI-encoded as {WebAuthn-WebAuthnAuth}'s fields. An ERC-1271 signature is the same
 * kind of assertion over ERC-7739's nested hash, which binds it to this account: a passkey that controls
 * two accounts (a resident's second one) cannot have one account's signature replayed for the other.
 *
 * Deployed by {PolityAccountFactory} as a clone (ERC-1167) whose immutable arguments are the passkey's
 * public key: the key is part of the account's code, fixed when it is deployed, and read with the code
 * the account is already running instead of from two storage slots (about 4,000 gas less on every
 * operation; the city pays for each). There is no initialiser, so nothing can set or change the key
 * afterwards. The account holds no ether: the city's paymaster pays for what it does.
 */
contract PolityAccount is Account, EIP712, ERC7739, SignerWebAuthn, ERC7821 {
    /**
     * @dev The implementation's own signer: a valid P-256 point that nobody holds the key of. Its x is the
     * first curve abscissa at or above keccak256("PolityAccount implementation: a P-256 point nobody holds
     * the key of"), its y a square root of x³ - 3x + b. {SignerP256} needs a valid point at construction;
     * clones never read it ({signer} reads theirs from their code).
     */
    bytes32 private constant NOBODY_X = 0x7427f893bc2aed0b68f209ddc6e474eaae44611cc1a97a5fbd92de04b0a9a469;
    bytes32 private constant NOBODY_Y = 0x5f5d787f9afe899c449c4fbe374ff82dd403dd9a454e3ba75538e448f789a371;

    /// @dev The implementation's own address, to tell it from its clones.
    address private immutable _implementation = address(this);

    constructor() EIP712("PolityAccount", "1") SignerP256(NOBODY_X, NOBODY_Y) {}

    /**
     * @notice The passkey's public key (x, y): a clone's immutable arguments, which the factory set when it
     * deployed the clone (after checking that the point is on the P-256 curve).
     */
    function signer() public view override returns (bytes32 qx, bytes32 qy) {
        if (address(this) == _implementation) return super.signer();
        return abi.decode(Clones.fetchCloneArgs(address(this)), (bytes32, bytes32));
    }

    /// @notice The canonical ERC-4337 v0.8 EntryPoint, the only one that validates and executes for the account.
    function entryPoint() public pure override returns (IEntryPoint) {
        return ERC4337Utils.ENTRYPOINT_V08;
    }

    /// @dev The EntryPoint executes validated user operations; the account may also call itself.
    function _erc7821AuthorizedExecutor(address caller, bytes32 mode, bytes calldata executionData)
        internal
        view
        override
        returns (bool)
    {
        return caller == address(entryPoint()) || super._erc7821AuthorizedExecutor(caller, mode, executionData);
    }
}
