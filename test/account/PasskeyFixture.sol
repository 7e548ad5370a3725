// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEntryPoint, PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IERC7821} from "@openzeppelin/contracts/interfaces/draft-IERC7821.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {BudgetingFixture} from "../budgeting/BudgetingFixture.sol";
import {PolityAccount} from "../../contracts/account/PolityAccount.sol";
import {PolityAccountFactory} from "../../contracts/account/PolityAccountFactory.sol";
import {PolityPaymaster} from "../../contracts/account/PolityPaymaster.sol";

/// @dev The EntryPoint's hash of a user operation (v0.8: EIP-712 under the EntryPoint's domain).
interface IUserOperationHasher {
    function getUserOpHash(PackedUserOperation calldata userOp) external view returns (bytes32);
}

/**
 * @dev A budgeting city with the passkey machinery: the canonical v0.8 EntryPoint (its published
 * bytecode, sent through the deterministic deployment proxy with the canonical salt, so it lands at its
 * canonical address), the account factory, the city's paymaster with a deposit, and helpers that build
 * user operations signed as a WebAuthn authenticator signs (real P-256 assertions) and approved as the
 * city's server approves them.
 */
abstract contract PasskeyFixture is BudgetingFixture {
    address internal constant DETERMINISTIC_DEPLOYER = 0x4e59b44847b379578588920cA78FbF26c0B4956C;
    bytes32 internal constant ENTRYPOINT_V08_SALT = 0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9;
    string internal constant ENTRYPOINT_ARTIFACT =
        "node_modules/@account-abstraction/contracts/artifacts/EntryPoint.json";
    /// @dev P-256 group order; WebAuthn signatures are checked in low-s form.
    uint256 internal constant P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551;

    bytes32 internal constant USER_OPERATION_REQUEST_TYPEHASH = keccak256(
        "UserOperationRequest(address sender,uint256 nonce,bytes initCode,bytes callData,bytes32 accountGasLimits,uint256 preVerificationGas,bytes32 gasFees,uint256 paymasterVerificationGasLimit,uint256 paymasterPostOpGasLimit,uint48 validAfter,uint48 validUntil)"
    );
    bytes32 internal constant BATCH_MODE = bytes32(uint256(0x01) << 248);

    /// @dev Gas limits a bundler would estimate generously for these operations.
    uint128 internal constant VERIFICATION_GAS = 1_500_000;
    uint128 internal constant CALL_GAS = 500_000;
    uint256 internal constant PRE_VERIFICATION_GAS = 60_000;
    uint128 internal constant PAYMASTER_VERIFICATION_GAS = 200_000;
    uint128 internal constant MAX_FEE = 2 gwei;
    uint128 internal constant PRIORITY_FEE = 1 gwei;

    IEntryPoint internal entryPoint = ERC4337Utils.ENTRYPOINT_V08;
    PolityAccountFactory internal factory;
    PolityPaymaster internal paymaster;

    uint256 internal passkey = 0xA11CE; // the resident's passkey (private half, held by the authenticator)
    uint256 internal serverKey = 0x5E4E4; // the city server's approval key
    address internal operators = makeAddr("city operators");
    address payable internal bundler = payable(makeAddr("bundler"));

    function setUpPasskeyCity() internal {
        setUpBudgeting(4, 8);
        deployEntryPoint();
        factory = new PolityAccountFactory();
        address[] memory targets = new address[](3);
        (targets[0], targets[1], targets[2]) = (address(registry), address(governor), address(rounds));
        paymaster = new PolityPaymaster(registry, address(timelock), operators, vm.addr(serverKey), targets);
        paymaster.deposit{value: 10 ether}();
    }

    function deployEntryPoint() internal {
        if (address(entryPoint).code.length != 0) return;
        bytes memory initCode = vm.parseJsonBytes(vm.readFile(ENTRYPOINT_ARTIFACT), ".bytecode");
        (bool ok,) = DETERMINISTIC_DEPLOYER.call(abi.encodePacked(ENTRYPOINT_V08_SALT, initCode));
        require(ok && address(entryPoint).code.length != 0, "EntryPoint v0.8 not at its canonical address");
    }

    // ─── Passkeys ────────────────────────────────────────────────────────────────────────────────

    function publicKey(uint256 key) internal pure returns (bytes32 x, bytes32 y) {
        (uint256 px, uint256 py) = vm.publicKeyP256(key);
        return (bytes32(px), bytes32(py));
    }

    function accountOf(uint256 key, uint256 index) internal view returns (address) {
        (bytes32 x, bytes32 y) = publicKey(key);
        return factory.predictAddress(x, y, index);
    }

    function createAccount(uint256 key, uint256 index) internal returns (PolityAccount) {
        (bytes32 x, bytes32 y) = publicKey(key);
        return factory.createAccount(x, y, index);
    }

    /**
     * @dev What a WebAuthn authenticator returns for `navigator.credentials.get({challenge})`, encoded as
     * OpenZeppelin's {WebAuthn-WebAuthnAuth}: authenticator data (RP id hash, flags user-present and
     * user-verified, counter), the client data JSON the browser writes, and the P-256 signature over
     * sha256(authenticatorData ‖ sha256(clientDataJSON)).
     */
    function assertion(uint256 key, bytes32 challenge) internal pure returns (bytes memory) {
        return assertionWithFlags(key, challenge, 0x05); // user present and verified
    }

    function assertionWithFlags(uint256 key, bytes32 challenge, bytes1 flags) internal pure returns (bytes memory) {
        bytes memory authenticatorData = abi.encodePacked(sha256("polity.example"), flags, uint32(1));
        string memory clientDataJSON = string.concat(
            '{"type":"webauthn.get","challenge":"',
            Base64.encodeURL(abi.encodePacked(challenge)),
            '","origin":"https://polity.example","crossOrigin":false}'
        );
        bytes32 message = sha256(abi.encodePacked(authenticatorData, sha256(bytes(clientDataJSON))));
        (bytes32 r, bytes32 s) = vm.signP256(key, message);
        if (uint256(s) > P256_N / 2) s = bytes32(P256_N - uint256(s));
        // "type" starts at 1 and "challenge" at 23 in the JSON above.
        return abi.encode(r, s, uint256(23), uint256(1), authenticatorData, clientDataJSON);
    }

    // ─── User operations ─────────────────────────────────────────────────────────────────────────

    function execution(address target, bytes memory data) internal pure returns (Execution memory) {
        return Execution({target: target, value: 0, callData: data});
    }

    function batch(Execution memory call) internal pure returns (Execution[] memory calls) {
        calls = new Execution[](1);
        calls[0] = call;
    }

    function batch(Execution memory first, Execution memory second) internal pure returns (Execution[] memory calls) {
        calls = new Execution[](2);
        (calls[0], calls[1]) = (first, second);
    }

    function executeCall(Execution[] memory calls) internal pure returns (bytes memory) {
        return abi.encodeCall(IERC7821.execute, (BATCH_MODE, abi.encode(calls)));
    }

    /// @dev An unsigned, unsponsored operation from `sender` with the EntryPoint's next nonce.
    function userOperation(address sender, Execution[] memory calls)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op.sender = sender;
        op.nonce = entryPoint.getNonce(sender, 0);
        op.callData = executeCall(calls);
        op.accountGasLimits = bytes32(uint256(VERIFICATION_GAS) << 128 | CALL_GAS);
        op.preVerificationGas = PRE_VERIFICATION_GAS;
        op.gasFees = bytes32(uint256(PRIORITY_FEE) << 128 | MAX_FEE);
    }

    /// @dev The same, deploying the account of `key` at `index` first (initCode calls the factory).
    function firstUserOperation(uint256 key, uint256 index, Execution[] memory calls)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op = userOperation(accountOf(key, index), calls);
        (bytes32 x, bytes32 y) = publicKey(key);
        op.initCode = abi.encodePacked(address(factory), abi.encodeCall(factory.createAccount, (x, y, index)));
    }

    /// @dev The city server's approval, as `PaymasterSigner` checks it, written into `paymasterAndData`.
    function sponsor(PackedUserOperation memory op, uint256 key, uint48 validAfter, uint48 validUntil) internal view {
        bytes32 digest = approvalDigest(op, validAfter, validUntil);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        op.paymasterAndData = abi.encodePacked(
            address(paymaster), PAYMASTER_VERIFICATION_GAS, uint128(0), validAfter, validUntil, r, s, v
        );
    }

    function sponsor(PackedUserOperation memory op) internal view {
        sponsor(op, serverKey, 0, uint48(block.timestamp + 10 minutes));
    }

    /// @dev The EIP-712 digest of `UserOperationRequest` under ("PolityPaymaster", "1", chain id, paymaster).
    function approvalDigest(PackedUserOperation memory op, uint48 validAfter, uint48 validUntil)
        internal
        view
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("PolityPaymaster"),
                keccak256("1"),
                block.chainid,
                address(paymaster)
            )
        );
        bytes32 request = keccak256(
            abi.encode(
                USER_OPERATION_REQUEST_TYPEHASH,
                op.sender,
                op.nonce,
                keccak256(op.initCode),
                keccak256(op.callData),
                op.accountGasLimits,
                op.preVerificationGas,
                op.gasFees,
                uint256(PAYMASTER_VERIFICATION_GAS),
                uint256(0),
                validAfter,
                validUntil
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, request));
    }

    /// @dev The passkey's signature of the operation (set last: it covers the paymaster fields).
    function signWith(PackedUserOperation memory op, uint256 key) internal view {
        op.signature = assertion(key, IUserOperationHasher(address(entryPoint)).getUserOpHash(op));
    }

    /// @dev Sponsors and signs `op` with the defaults.
    function ready(PackedUserOperation memory op) internal view returns (PackedUserOperation memory) {
        sponsor(op);
        signWith(op, passkey);
        return op;
    }

    function handle(PackedUserOperation memory op) internal {
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = op;
        vm.prank(bundler, bundler);
        entryPoint.handleOps(ops, bundler);
    }

    function bundle(PackedUserOperation memory op) internal pure returns (PackedUserOperation[] memory ops) {
        ops = new PackedUserOperation[](1);
        ops[0] = op;
    }
}
