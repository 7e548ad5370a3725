import type { Abi, Account, Address, Hash, Hex } from 'viem';
import { deployContract } from 'viem/actions';
import {
  budgetRoundsDeployerAbi,
  budgetRoundsDeployerBytecode,
  governorDeployerAbi,
  governorDeployerBytecode,
  milestoneEscrowDeployerAbi,
  milestoneEscrowDeployerBytecode,
  polityFactoryAbi,
  polityFactoryBytecode,
  registryDeployerAbi,
  registryDeployerBytecode,
  roundResultsDeployerAbi,
  roundResultsDeployerBytecode,
  timelockDeployerAbi,
  timelockDeployerBytecode,
} from '../../contracts/generated.js';
import { connectedChain, senderOf, type PolityClient } from '../../chain/client.js';
import { waitForReceipt } from '../../chain/receipt.js';
import { PolityInvalidInputError, PolityTransactionRevertedError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import { decodePolityError } from '../../chain/errors/decode.js';

export interface DeployPolityFactoryParameters {
  /** The chain to deploy on: refuses to send when the client is connected elsewhere. */
  readonly chainId: number;
  readonly account?: Account | Address;
  /** Called with each transaction hash as it is sent (seven in all). */
  readonly onSent?: (hash: Hash) => void;
}

/** The factory and the component deployers it uses, once per chain. */
export interface DeployPolityFactoryReturnType {
  readonly factory: Address;
  readonly deployers: {
    readonly timelock: Address;
    readonly registry: Address;
    readonly governor: Address;
    readonly rounds: Address;
    readonly results: Address;
    readonly escrow: Address;
  };
}

export type DeployPolityFactoryErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityTransactionRevertedError | Error;

/**
 * Deploys the six component deployers and the {@link deployPolity} factory that uses them. Needed
 * once per chain; every city then deploys its polity through the same factory. Seven transactions,
 * sent one after another.
 */
export async function deployPolityFactory(client: PolityClient, parameters: DeployPolityFactoryParameters): Promise<DeployPolityFactoryReturnType> {
  try {
    const connected = await connectedChain(client);
    if (connected !== parameters.chainId) {
      throw new PolityWrongNetworkError({ connectedChainId: connected, polityChainId: parameters.chainId });
    }
    const account = senderOf(client, parameters.account);
    const deploy = async (abi: Abi, bytecode: Hex, args?: readonly unknown[]): Promise<Address> => {
      const hash = await deployContract(client, { abi, bytecode, args, account, chain: client.chain ?? null });
      parameters.onSent?.(hash);
      const receipt = await waitForReceipt(client, { hash });
      if (receipt.status !== 'success' || !receipt.contractAddress) throw new PolityTransactionRevertedError({ hash, action: 'deployPolityFactory' });
      return receipt.contractAddress;
    };
    const deployers = {
      timelock: await deploy(timelockDeployerAbi, timelockDeployerBytecode),
      registry: await deploy(registryDeployerAbi, registryDeployerBytecode),
      governor: await deploy(governorDeployerAbi, governorDeployerBytecode),
      rounds: await deploy(budgetRoundsDeployerAbi, budgetRoundsDeployerBytecode),
      results: await deploy(roundResultsDeployerAbi, roundResultsDeployerBytecode),
      escrow: await deploy(milestoneEscrowDeployerAbi, milestoneEscrowDeployerBytecode),
    };
    const factory = await deploy(polityFactoryAbi, polityFactoryBytecode, [deployers]);
    return { factory, deployers };
  } catch (error) {
    throw decodePolityError(error, client);
  }
}
