/**
 * Test-only contracts built from OpenZeppelin 5.7 alone, compiled here with the repository's pinned
 * solc-js: a paymaster that is exactly OpenZeppelin's `PaymasterSigner` (with an ECDSA signer and the
 * domain "PolityPaymaster" / "1"), and an ERC-7821 account (OpenZeppelin `Account` + `SignerECDSA` +
 * `ERC7821`), both on the v0.8 EntryPoint. They let a test send a user operation the server approved
 * through the real EntryPoint: OpenZeppelin's own code checks the approval, and the EntryPoint emits a
 * real `UserOperationEvent`. They are not the city's contracts (contracts/account has those).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Abi, Hex } from 'viem';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const require = createRequire(join(repositoryRoot, 'package.json'));
const openZeppelin = dirname(require.resolve('@openzeppelin/contracts/package.json'));

const source = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Account} from "@openzeppelin/contracts/account/Account.sol";
import {ERC7821} from "@openzeppelin/contracts/account/extensions/draft-ERC7821.sol";
import {PaymasterSigner} from "@openzeppelin/contracts/account/paymaster/extensions/PaymasterSigner.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {IEntryPoint} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignerECDSA} from "@openzeppelin/contracts/utils/cryptography/signers/SignerECDSA.sol";

contract TestAccount is Account, SignerECDSA, ERC7821 {
    constructor(address owner) SignerECDSA(owner) {}

    function entryPoint() public pure override returns (IEntryPoint) {
        return ERC4337Utils.ENTRYPOINT_V08;
    }

    function _erc7821AuthorizedExecutor(address caller, bytes32 mode, bytes calldata executionData) internal view override returns (bool) {
        return caller == address(entryPoint()) || super._erc7821AuthorizedExecutor(caller, mode, executionData);
    }
}

contract TestPaymaster is PaymasterSigner, SignerECDSA {
    constructor(address approver) EIP712("PolityPaymaster", "1") SignerECDSA(approver) {}

    function entryPoint() public pure override returns (IEntryPoint) {
        return ERC4337Utils.ENTRYPOINT_V08;
    }

    function deposit() external payable {
        _deposit(msg.value);
    }
}
`;

export interface CompiledContract {
  readonly abi: Abi;
  readonly bytecode: Hex;
}

/** Compiles the two test contracts (solc-js, a few seconds to a minute on a busy machine). */
export function compileTestContracts(): { TestAccount: CompiledContract; TestPaymaster: CompiledContract } {
  const solc = require('solc') as { compile(input: string, options: { import(path: string): { contents: string } | { error: string } }): string };
  const input = {
    language: 'Solidity',
    sources: { 'Test.sol': { content: source } },
    settings: { evmVersion: 'cancun', optimizer: { enabled: false }, outputSelection: { 'Test.sol': { '*': ['abi', 'evm.bytecode.object'] } } },
  };
  const output = JSON.parse(
    solc.compile(JSON.stringify(input), {
      import: (path) => {
        const prefix = '@openzeppelin/contracts/';
        if (!path.startsWith(prefix)) return { error: `${path} is not an OpenZeppelin file` };
        return { contents: readFileSync(join(openZeppelin, path.slice(prefix.length)), 'utf8') };
      },
    }),
  ) as { errors?: { severity: string; formattedMessage: string }[]; contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>> };
  const errors = (output.errors ?? []).filter((error) => error.severity === 'error');
  if (errors.length > 0) throw new Error(`the test contracts do not compile:\n${errors.map((error) => error.formattedMessage).join('\n')}`);
  const contract = (name: string): CompiledContract => {
    const compiled = output.contracts['Test.sol']![name]!;
    return { abi: compiled.abi, bytecode: `0x${compiled.evm.bytecode.object}` };
  };
  return { TestAccount: contract('TestAccount'), TestPaymaster: contract('TestPaymaster') };
}

/** The v0.8 EntryPoint's creation code, published by eth-infinitism (@account-abstraction/contracts 0.8.0). */
export function entryPointCreationCode(): Hex {
  const artifact = JSON.parse(readFileSync(require.resolve('@account-abstraction/contracts/artifacts/EntryPoint.json'), 'utf8')) as { bytecode: Hex };
  return artifact.bytecode;
}

/** The deterministic deployment proxy anvil preloads, and the salt that puts the EntryPoint at its canonical address. */
export const deterministicDeployer = '0x4e59b44847b379578588920cA78FbF26c0B4956C';
export const entryPoint08Salt = '0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9';
