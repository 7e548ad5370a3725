/**
 * A minimal smart-contract wallet (the repository's test/utils/ERC1271Wallet.sol, built by `forge
 * build`/`forge test` into out/): a signature is valid when its owner's key signed the hash. Deployed,
 * it stands for an ERC-1271 smart account; not deployed yet, with an ERC-6492 signature that says how
 * to deploy it, for a counterfactual one (a passkey account before its first transaction).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { concat, encodeDeployData, getAddress, getContractAddress, keccak256, serializeErc6492Signature, toHex, type Abi, type Address, type Hex } from 'viem';
import { deployContract, waitForTransactionReceipt } from 'viem/actions';
import type { Wallet } from './content-city.js';

const artifact = join(dirname(fileURLToPath(import.meta.url)), '../../../../out/ERC1271Wallet.sol/ERC1271Wallet.json');

/** The CREATE2 deployer anvil has from genesis (the deterministic deployment proxy). */
const create2Deployer: Address = '0x4e59b44847b379578588920ca78fbf26c0b4956c';

function load(): { abi: Abi; bytecode: Hex } {
  if (!existsSync(artifact)) throw new Error(`${artifact} is missing: build the contracts first (pnpm exec forge build at the repository root)`);
  const json = JSON.parse(readFileSync(artifact, 'utf8')) as { abi: Abi; bytecode: { object: Hex } };
  return { abi: json.abi, bytecode: json.bytecode.object };
}

/** Deploys a wallet owned by `owner`'s key, paid by `deployer`. */
export async function deployErc1271Wallet(deployer: Wallet, owner: Address): Promise<Address> {
  const { abi, bytecode } = load();
  const hash = await deployContract(deployer, { abi, bytecode, args: [owner] });
  const { contractAddress } = await waitForTransactionReceipt(deployer, { hash });
  if (!contractAddress) throw new Error('the ERC-1271 wallet was not deployed');
  return getAddress(contractAddress);
}

/** Where a wallet owned by `owner` would be deployed through the CREATE2 deployer, and how. */
export function counterfactualErc1271Wallet(owner: Address, label: string): { address: Address; wrap(signature: Hex): Hex } {
  const { abi, bytecode } = load();
  const initCode = encodeDeployData({ abi, bytecode, args: [owner] });
  const salt = keccak256(toHex(label));
  const address = getContractAddress({ opcode: 'CREATE2', from: create2Deployer, salt, bytecode: initCode });
  return {
    address,
    // ERC-6492: the factory, the call that deploys the account, and the signature it will accept.
    wrap: (signature) => serializeErc6492Signature({ address: create2Deployer, data: concat([salt, initCode]), signature }),
  };
}
