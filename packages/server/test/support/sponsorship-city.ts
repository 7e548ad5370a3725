/**
 * A polity on a fresh anvil for the sponsorship tests, deployed with the SDK's own actions, with
 * residents admitted by the registrar; and helpers to build the user operations a resident's
 * ERC-7821 account would send. The accounts here are plain addresses: the server only asks the
 * registry whether the sender is a resident, which is the same question for a smart account.
 */
import { createPublicClient, createWalletClient, encodeAbiParameters, encodeFunctionData, http, keccak256, parseAbiParameters, toHex, type Account, type Address, type Chain, type Hex, type PublicClient, type Transport, type WalletClient } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { getBlock } from 'viem/actions';
import { foundry } from 'viem/chains';
import { admitResidents, budgetRoundsAbi, deployPolity, deployPolityFactory, residentRegistryAbi, type PolityAddresses } from '@polity/sdk';
import { startAnvil, type Anvil } from '@polity/sdk/node';
import { parseServerConfig, type ServerConfig, type ServerConfigInput } from '../../src/config.js';
import { erc7821Abi } from '../../src/sponsorship/calls.js';

const mnemonic = 'test test test test test test test test test test test junk';

export type Wallet = WalletClient<Transport, Chain, Account>;

export interface SponsorshipCity {
  readonly anvil: Anvil;
  readonly polity: PolityAddresses;
  readonly chain: PublicClient;
  /** Holds REGISTRAR_ROLE. */
  readonly registrar: Wallet;
  /** Admitted residents' addresses (as many as asked). */
  readonly residents: readonly Address[];
  /** Never admitted. */
  readonly outsider: Address;
  /** A server configuration for this polity (indexer off), with sponsorship settings on top. */
  config(dataDir: string, sponsorship: ServerConfigInput['sponsorship']): ServerConfig;
  stop(): Promise<void>;
}

export async function startSponsorshipCity(residentCount: number): Promise<SponsorshipCity> {
  const anvil = await startAnvil();
  try {
    const transport = http(anvil.url, { retryCount: 0 });
    const walletOf = (index: number): Wallet => createWalletClient({ account: mnemonicToAccount(mnemonic, { addressIndex: index }), chain: foundry, transport });
    const deployer = walletOf(0);
    const registrar = walletOf(2);
    const council = mnemonicToAccount(mnemonic, { addressIndex: 1 }).address;
    const chain = createPublicClient({ chain: foundry, transport, cacheTime: 0 }) as PublicClient;
    const { factory } = await deployPolityFactory(deployer, { chainId: foundry.id });
    const { polity } = await deployPolity(deployer, {
      chainId: foundry.id,
      factory,
      config: {
        name: 'Sponsorville',
        maxDepth: 3n,
        topics: ['transport'],
        registrar: registrar.account.address,
        council,
        timelockDelay: 60n,
        governor: { votingDelay: 60, votingPeriod: 3600, proposalThreshold: 1n, quorumNumerator: 10n, lateQuorumExtension: 0, guardian: council },
      },
    });
    // Residents' accounts need no keys here: the server only reads their residency.
    const residents = Array.from({ length: residentCount }, (_, index) => mnemonicToAccount(mnemonic, { addressIndex: 100 + index }).address);
    const { timestamp } = await getBlock(chain);
    await admitResidents(registrar, {
      polity,
      residents: residents.map((account) => ({ account, credential: keccak256(toHex(`credential:${account}`)), district: 1, expiresAt: timestamp + 365n * 24n * 3600n })),
    });
    return {
      anvil,
      polity,
      chain,
      registrar,
      residents,
      outsider: mnemonicToAccount(mnemonic, { addressIndex: 99 }).address,
      config: (dataDir, sponsorship) =>
        parseServerConfig({
          port: 0,
          chain: { id: foundry.id, rpcUrls: [anvil.url] },
          polity: { registry: polity.registry, governor: polity.governor, timelock: polity.timelock, rounds: polity.rounds, results: polity.results, escrow: polity.escrow },
          database: { dataDir },
          indexer: { enabled: false },
          sponsorship,
        }),
      stop: () => anvil.stop(),
    };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}

export interface Call {
  readonly target: Address;
  readonly value?: bigint;
  readonly data: Hex;
}

/** ERC-7579 mode bytes: call type, exec type, 4 unused bytes, mode selector, payload. */
export const modes = {
  batch: '0x0100000000000000000000000000000000000000000000000000000000000000',
  batchTry: '0x0101000000000000000000000000000000000000000000000000000000000000',
  single: '0x0000000000000000000000000000000000000000000000000000000000000000',
  delegatecall: '0xff00000000000000000000000000000000000000000000000000000000000000',
  batchWithOpData: '0x0100000000007821000100000000000000000000000000000000000000000000',
} as const satisfies Record<string, Hex>;

/** `execute(mode, abi.encode(Execution[]))`, what OpenZeppelin's ERC7821 account runs. */
export function executeBatch(calls: readonly Call[], mode: Hex = modes.batch): Hex {
  const executionData = encodeAbiParameters(parseAbiParameters('(address target, uint256 value, bytes callData)[]'), [
    calls.map((call) => ({ target: call.target, value: call.value ?? 0n, callData: call.data })),
  ]);
  return encodeFunctionData({ abi: erc7821Abi, functionName: 'execute', args: [mode, executionData] });
}

/** `execute(single mode, target ‖ value ‖ callData)`, ERC-7579's single execution. */
export function executeSingle(call: Call): Hex {
  const executionData = `0x${call.target.slice(2)}${(call.value ?? 0n).toString(16).padStart(64, '0')}${call.data.slice(2)}` as Hex;
  return encodeFunctionData({ abi: erc7821Abi, functionName: 'execute', args: [modes.single, executionData] });
}

export const castBallotData = (roundId: bigint, projects: number[]) => encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'castBallot', args: [roundId, projects] });
export const delegateAllData = (delegatee: Address) => encodeFunctionData({ abi: residentRegistryAbi, functionName: 'delegateAll', args: [delegatee] });

/** A user operation as the app would send it for approval, numbers as strings (hex and decimal mixed on purpose). */
export function userOperation(sender: Address, callData: Hex, overrides: Record<string, unknown> = {}) {
  return {
    sender,
    nonce: '0x0',
    factory: null,
    factoryData: null,
    callData,
    callGasLimit: '200000',
    verificationGasLimit: '0x61a80',
    preVerificationGas: '50000',
    maxFeePerGas: '0x3b9aca00',
    maxPriorityFeePerGas: '1000000',
    paymasterVerificationGasLimit: '60000',
    paymasterPostOpGasLimit: '0',
    ...overrides,
  };
}

/** (200000 + 400000 + 50000 + 60000 + 0) gas × 1 gwei: what {@link userOperation} may cost at most. */
export const defaultMaxCostWei = 710_000n * 1_000_000_000n;
