// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Script, console} from "forge-std/Script.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {PolityAccountFactory} from "../contracts/account/PolityAccountFactory.sol";
import {PolityPaymaster} from "../contracts/account/PolityPaymaster.sol";
import {ResidentRegistry} from "../contracts/membership/ResidentRegistry.sol";

/**
 * @title DeployPasskeys
 * @notice Deploys what residents without a wallet need (docs/passkey-accounts.md) next to an existing
 * polity: the passkey account factory, once per chain at the same address on every chain (CREATE2
 * through the deterministic deployment proxy, so an account's address depends on its passkey alone),
 * and the polity's paymaster, funded with `DEPOSIT` wei. On a local chain without the canonical v0.8
 * EntryPoint, it deploys that first from the bytecode the account-abstraction package publishes.
 *
 * Environment: REGISTRY, TIMELOCK, GOVERNOR, ROUNDS (the polity, from DeployPolity's output),
 * APPROVAL_SIGNER (the address of the server's approval key); optional: RESULTS and ESCROW (sponsored
 * too when given, as the SDK's deployPasskeySupport does: the paymaster's list is fixed at deployment),
 * OPERATORS (SIGNER_MANAGER_ROLE, default the broadcasting account), DEPOSIT (wei, default 0), STAKE
 * (wei, default 0) and UNSTAKE_DELAY (seconds, default 1 day).
 */
contract DeployPasskeys is Script {
    address private constant DETERMINISTIC_DEPLOYER = 0x4e59b44847b379578588920cA78FbF26c0B4956C;
    bytes32 private constant ENTRYPOINT_V08_SALT = 0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9;
    bytes32 private constant FACTORY_SALT = keccak256("PolityAccountFactory v1");

    function run() external returns (PolityAccountFactory factory, PolityPaymaster paymaster) {
        vm.startBroadcast();
        (, address broadcaster,) = vm.readCallers();
        ensureEntryPoint();
        factory = accountFactory();
        paymaster = new PolityPaymaster(
            ResidentRegistry(vm.envAddress("REGISTRY")),
            vm.envAddress("TIMELOCK"),
            vm.envOr("OPERATORS", broadcaster),
            vm.envAddress("APPROVAL_SIGNER"),
            sponsoredTargets()
        );
        uint256 deposit = vm.envOr("DEPOSIT", uint256(0));
        if (deposit != 0) paymaster.deposit{value: deposit}();
        uint256 stake = vm.envOr("STAKE", uint256(0));
        if (stake != 0) paymaster.addStake{value: stake}(uint32(vm.envOr("UNSTAKE_DELAY", uint256(1 days))));
        vm.stopBroadcast();

        console.log("entryPoint", address(ERC4337Utils.ENTRYPOINT_V08));
        console.log("factory   ", address(factory));
        console.log("paymaster ", address(paymaster));
    }

    function ensureEntryPoint() internal {
        if (address(ERC4337Utils.ENTRYPOINT_V08).code.length != 0) return;
        bytes memory initCode = vm.parseJsonBytes(
            vm.readFile("node_modules/@account-abstraction/contracts/artifacts/EntryPoint.json"), ".bytecode"
        );
        (bool ok,) = DETERMINISTIC_DEPLOYER.call(abi.encodePacked(ENTRYPOINT_V08_SALT, initCode));
        require(ok, "deploying the v0.8 EntryPoint failed");
    }

    /// @dev The chain's account factory: the one already at the deterministic address, or a new one there.
    function accountFactory() internal returns (PolityAccountFactory) {
        bytes32 codeHash = keccak256(type(PolityAccountFactory).creationCode);
        address expected = vm.computeCreate2Address(FACTORY_SALT, codeHash, DETERMINISTIC_DEPLOYER);
        if (expected.code.length != 0) return PolityAccountFactory(expected);
        return new PolityAccountFactory{salt: FACTORY_SALT}();
    }

    /// @dev The registry, the Governor and the rounds, then the results and the escrow where given.
    function sponsoredTargets() internal view returns (address[] memory targets) {
        address results = vm.envOr("RESULTS", address(0));
        address escrow = vm.envOr("ESCROW", address(0));
        targets = new address[](3 + (results == address(0) ? 0 : 1) + (escrow == address(0) ? 0 : 1));
        targets[0] = vm.envAddress("REGISTRY");
        targets[1] = vm.envAddress("GOVERNOR");
        targets[2] = vm.envAddress("ROUNDS");
        uint256 next = 3;
        if (results != address(0)) targets[next++] = results;
        if (escrow != address(0)) targets[next] = escrow;
    }
}
