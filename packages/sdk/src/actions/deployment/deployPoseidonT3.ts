import { concat, type Account, type Address, type Hash, type Hex } from 'viem';
import { getCode, sendTransaction } from 'viem/actions';
import { senderOf, type PolityClient } from '../../chain/client.js';
import { waitForReceipt } from '../../chain/receipt.js';
import { PolityError, PolityTransactionRevertedError } from '../../chain/errors/base.js';
import { deterministicDeployer } from './deployPasskeySupport.js';

/**
 * Where poseidon-solidity's PoseidonT3 lives on every chain that has it: its npm package deploys it
 * through the deterministic deployment proxy with a fixed salt, and the identity groups of secret
 * ballots are linked to this address (foundry.toml `libraries`).
 */
export const poseidonT3Address: Address = '0x3333333C0A88F9BE4fd23ed0536F9B6c427e3B93';

export interface DeployPoseidonT3Parameters {
  readonly account?: Account | Address;
  /** Called with the transaction hash when the library is sent (not called when it is there already). */
  readonly onSent?: (hash: Hash) => void;
}

export interface DeployPoseidonT3ReturnType {
  readonly address: Address;
  /** False when the chain had it already (public networks mostly do). */
  readonly deployed: boolean;
}

/** The chain cannot get PoseidonT3 at its address: no deterministic deployment proxy, or the package is missing. */
export class PoseidonT3UnavailableError extends PolityError {
  override name = 'PoseidonT3UnavailableError';
}

interface PresignedDeploy {
  readonly address: string;
  readonly salt: string;
  readonly bytecode: string;
}

/**
 * Puts PoseidonT3 at {@link poseidonT3Address} when the chain has no code there, exactly as its npm
 * package does (salt and creation code from `poseidon-solidity`, sent through the deterministic
 * deployment proxy), so that the address is the same on every chain; reuses it where it exists.
 */
export async function deployPoseidonT3(client: PolityClient, parameters: DeployPoseidonT3Parameters = {}): Promise<DeployPoseidonT3ReturnType> {
  const hasCode = async (address: Address) => ((await getCode(client, { address })) ?? '0x') !== '0x';
  if (await hasCode(poseidonT3Address)) return { address: poseidonT3Address, deployed: false };
  if (!(await hasCode(deterministicDeployer))) {
    throw new PoseidonT3UnavailableError(
      `this chain has neither PoseidonT3 at ${poseidonT3Address} nor the deterministic deployment proxy at ${deterministicDeployer} to put it there: deploy the proxy first (github.com/Arachnid/deterministic-deployment-proxy) or use a chain that has it`,
    );
  }
  // Only chains without it need the (large) creation code: load it on demand, as the EntryPoint's.
  const loaded = (await import('poseidon-solidity').catch((cause: unknown) => {
    throw new PoseidonT3UnavailableError(`the chain has no PoseidonT3 at ${poseidonT3Address}, and its creation code could not be loaded: install poseidon-solidity@0.0.5 beside @polity/sdk`, { cause });
  })) as { readonly PoseidonT3?: PresignedDeploy; readonly default?: { readonly PoseidonT3: PresignedDeploy } };
  const presigned = loaded.default?.PoseidonT3 ?? loaded.PoseidonT3;
  if (!presigned || presigned.address.toLowerCase() !== poseidonT3Address.toLowerCase()) {
    throw new PoseidonT3UnavailableError(`the installed poseidon-solidity deploys PoseidonT3 elsewhere than ${poseidonT3Address}: install poseidon-solidity@0.0.5`);
  }
  const hash = await sendTransaction(client, {
    account: senderOf(client, parameters.account),
    chain: client.chain ?? null,
    to: deterministicDeployer,
    data: concat([presigned.salt as Hex, presigned.bytecode as Hex]),
  });
  parameters.onSent?.(hash);
  const receipt = await waitForReceipt(client, { hash });
  if (receipt.status !== 'success') throw new PolityTransactionRevertedError({ hash, action: 'deploying PoseidonT3' });
  // The proxy reverts only when creation fails; check the result where it must be.
  if (!(await hasCode(poseidonT3Address))) {
    throw new PoseidonT3UnavailableError(`nothing was deployed at ${poseidonT3Address}: check that the chain supports CREATE2 and has gas for 5.2 million`);
  }
  return { address: poseidonT3Address, deployed: true };
}
