import type { Abi, Account, Address, Hash, Hex } from 'viem';
import { deployContract } from 'viem/actions';
import {
  budgetRoundsDeployerAbi,
  budgetRoundsDeployerBytecode,
  governorDeployerAbi,
  governorDeployerBytecode,
  identityGroupsDeployerAbi,
  identityGroupsDeployerBytecode,
  milestoneEscrowDeployerAbi,
  milestoneEscrowDeployerBytecode,
  polityFactoryAbi,
  polityFactoryBytecode,
  registryDeployerAbi,
  registryDeployerBytecode,
  roundResultsDeployerAbi,
  roundResultsDeployerBytecode,
  secretBallotsDeployerAbi,
  secretBallotsDeployerBytecode,
  semaphoreVerifierAbi,
  semaphoreVerifierBytecode,
  timelockDeployerAbi,
  timelockDeployerBytecode,
} from '../../contracts/generated.js';
import { connectedChain, senderOf, type PolityClient } from '../../chain/client.js';
import { waitForReceipt } from '../../chain/receipt.js';
import { PolityInvalidInputError, PolityTransactionRevertedError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import { decodePolityError } from '../../chain/errors/decode.js';
import { deployPoseidonT3, type PoseidonT3UnavailableError } from './deployPoseidonT3.js';

export interface DeployPolityFactoryParameters {
  /** The chain to deploy on: refuses to send when the client is connected elsewhere. */
  readonly chainId: number;
  readonly account?: Account | Address;
  /** Called with each transaction hash as it is sent (ten in all, eleven where PoseidonT3 is missing). */
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
    readonly identityGroups: Address;
    readonly secretBallots: Address;
  };
  /** Semaphore's verifier (from @semaphore-protocol/contracts), shared by every polity's secret ballots. */
  readonly verifier: Address;
  /** poseidon-solidity's PoseidonT3, which the identity groups are linked to (deployed here if the chain lacked it). */
  readonly poseidonT3: Address;
}

export type DeployPolityFactoryErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityTransactionRevertedError | PoseidonT3UnavailableError | Error;

/**
 * Deploys the eight component deployers, Semaphore's verifier and the {@link deployPolity} factory that
 * uses them, and puts PoseidonT3 at its deterministic address if the chain lacks it (the identity
 * groups of secret ballots call it). Needed once per chain; every city then deploys its polity through
 * the same factory. Ten or eleven transactions, sent one after another.
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
      identityGroups: await deploy(identityGroupsDeployerAbi, identityGroupsDeployerBytecode),
      secretBallots: await deploy(secretBallotsDeployerAbi, secretBallotsDeployerBytecode),
    };
    const verifier = await deploy(semaphoreVerifierAbi, semaphoreVerifierBytecode);
    const { address: poseidonT3 } = await deployPoseidonT3(client, { account, onSent: parameters.onSent });
    const factory = await deploy(polityFactoryAbi, polityFactoryBytecode, [deployers, verifier]);
    return { factory, deployers, verifier, poseidonT3 };
  } catch (error) {
    throw decodePolityError(error, client);
  }
}
