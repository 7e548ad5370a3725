import type { Account, Address, ContractFunctionArgs, Hash } from 'viem';
import { polityFactoryAbi } from '../../contracts/generated.js';
import {
  connectedChain,
  eventsOf,
  maxUint,
  requireAddress,
  requireInteger,
  sendPolityCall,
  type PolityClient,
  type PolityWriteResult,
} from '../../chain/client.js';
import { PolityInvalidInputError, PolityWrongNetworkError, type PolityRpcUnavailableError } from '../../chain/errors/base.js';
import type { PolityContractError } from '../../chain/errors/contract.js';
import { decodePolityError } from '../../chain/errors/decode.js';
import type { PolityAddresses } from '../../chain/polity.js';

/** What a city decides at deployment (the factory's `PolityConfig`, typed from its ABI). */
export type PolityConfig = ContractFunctionArgs<typeof polityFactoryAbi, 'nonpayable', 'deployPolity'>[0];

export interface DeployPolityParameters {
  readonly chainId: number;
  /** The factory of this chain ({@link deployPolityFactory}). */
  readonly factory: Address;
  readonly config: PolityConfig;
  readonly account?: Account | Address;
  readonly onSent?: (hash: Hash) => void;
}

export interface DeployPolityReturnType extends PolityWriteResult {
  /** The new polity: pass it to every other action. */
  readonly polity: PolityAddresses;
}

export type DeployPolityErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityContractError;

/** The most topics a polity can have, and the bound on depth × topics (see docs/liquid-delegation.md). */
const MAX_TOPICS = 10;
const MAX_DEPTH_TIMES_TOPICS = 24;

/**
 * Deploys a complete polity in one transaction through the factory: resident registry, timelock
 * (treasury), Governor, budget rounds, round results, milestone escrow, and the secret-ballot channel
 * (identity groups and SecretBallots, connected to the registry and the rounds), wired so that the
 * timelock governs everything and the caller keeps no role.
 */
export async function deployPolity(client: PolityClient, parameters: DeployPolityParameters): Promise<DeployPolityReturnType> {
  try {
    const connected = await connectedChain(client);
    if (connected !== parameters.chainId) throw new PolityWrongNetworkError({ connectedChainId: connected, polityChainId: parameters.chainId });
    const factory = requireAddress(parameters.factory, 'factory');
    const config = checkConfig(parameters.config);
    const { hash, receipt } = await sendPolityCall(client, {
      abi: polityFactoryAbi,
      address: factory,
      functionName: 'deployPolity',
      args: [config],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'deployPolity',
    });
    const [deployed] = eventsOf(receipt, polityFactoryAbi, factory, 'PolityDeployed');
    if (!deployed) throw new PolityInvalidInputError('factory', `${factory} did not emit PolityDeployed: is it a PolityFactory?`);
    const { polity } = deployed.args;
    return {
      hash,
      receipt,
      polity: {
        chainId: connected,
        registry: polity.registry,
        governor: polity.governor,
        timelock: polity.timelock,
        rounds: polity.rounds,
        results: polity.results,
        escrow: polity.escrow,
        identityGroups: polity.identityGroups,
        secretBallots: polity.secretBallots,
        deployedAtBlock: receipt.blockNumber,
      },
    };
  } catch (error) {
    throw decodePolityError(error, client);
  }
}

function checkConfig(config: PolityConfig): PolityConfig {
  if (config.name.trim() === '') throw new PolityInvalidInputError('config.name', 'is empty: give the polity a name (it names its EIP-712 domain)');
  const maxDepth = requireInteger(config.maxDepth, 'config.maxDepth', { min: 1n, max: 8n });
  const topics = config.topics.length + 1;
  if (topics > MAX_TOPICS || maxDepth * BigInt(topics) > MAX_DEPTH_TIMES_TOPICS) {
    throw new PolityInvalidInputError(
      'config.topics',
      `${topics} topics (general included) with chains of ${maxDepth} hops exceed the limits (at most ${MAX_TOPICS} topics and depth × topics ≤ ${MAX_DEPTH_TIMES_TOPICS}): use fewer topics or a shorter maximum chain`,
    );
  }
  const governor = config.governor;
  requireInteger(governor.votingPeriod, 'config.governor.votingPeriod', { min: 1n, max: maxUint(32) });
  requireInteger(governor.quorumNumerator, 'config.governor.quorumNumerator', { max: 100n });
  return {
    ...config,
    registrar: requireAddress(config.registrar, 'config.registrar', { allowZero: true }),
    council: requireAddress(config.council, 'config.council', { allowZero: true }),
    governor: { ...governor, guardian: requireAddress(governor.guardian, 'config.governor.guardian', { allowZero: true }) },
  };
}
