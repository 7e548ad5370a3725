/**
 * A polity on a fresh anvil for the content service's tests: deployed with the SDK's own actions, one
 * resident admitted, so that the server checks real roles and residency on a real chain.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicClient, createWalletClient, http, keccak256, toHex, type Account, type Address, type Chain, type Transport, type WalletClient } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { getBlock } from 'viem/actions';
import { foundry } from 'viem/chains';
import { admitResidents, deployPolity, deployPolityFactory, type PolityAddresses } from '@polity/sdk';
import { startAnvil, type Anvil } from '@polity/sdk/node';
import { parseServerConfig, type ServerConfig, type ServerConfigInput } from '../../src/config.js';

const mnemonic = 'test test test test test test test test test test test junk';

export type Wallet = WalletClient<Transport, Chain, Account>;

export interface ContentCity {
  readonly anvil: Anvil;
  readonly polity: PolityAddresses;
  /** Holds COUNCIL_ROLE; signs through the node (anvil's unlocked account, eth_signTypedData_v4). */
  readonly council: WalletClient<Transport, Chain>;
  readonly councilAddress: Address;
  /** Holds REGISTRAR_ROLE (a local account). */
  readonly registrar: Wallet;
  /** An admitted resident (a local account). */
  readonly resident: Wallet;
  /** Funded, but no role and not a resident. */
  readonly outsider: Wallet;
  /** anvil's development account `index` (funded), as a local account. */
  walletOf(index: number): Wallet;
  /** Admits an account as a resident for a year (through the registrar). */
  admit(account: Address): Promise<void>;
  /** The server configuration for this polity (indexer off): the content service needs only the chain. */
  config(dataDir: string, content?: ServerConfigInput['content']): ServerConfig;
  /** The same configuration written to a file (for a server in another process). */
  writeConfig(dataDir: string, file: string): string;
  stop(): Promise<void>;
}

const walletOf = (index: number, transport: Transport): Wallet => createWalletClient({ account: mnemonicToAccount(mnemonic, { addressIndex: index }), chain: foundry, transport });

export async function startContentCity(): Promise<ContentCity> {
  const anvil = await startAnvil();
  try {
    const transport = http(anvil.url, { retryCount: 0 });
    const deployer = walletOf(0, transport);
    const registrar = walletOf(2, transport);
    const resident = walletOf(3, transport);
    const outsider = walletOf(4, transport);
    const councilAddress = mnemonicToAccount(mnemonic, { addressIndex: 1 }).address;
    const council = createWalletClient({ account: councilAddress, chain: foundry, transport });
    const { factory } = await deployPolityFactory(deployer, { chainId: foundry.id });
    const { polity } = await deployPolity(deployer, {
      chainId: foundry.id,
      factory,
      config: {
        name: 'Contentville',
        maxDepth: 3n,
        topics: ['transport'],
        registrar: registrar.account.address,
        council: councilAddress,
        timelockDelay: 60n,
        governor: { votingDelay: 60, votingPeriod: 3600, proposalThreshold: 1n, quorumNumerator: 10n, lateQuorumExtension: 0, guardian: councilAddress },
      },
    });
    const publicClient = createPublicClient({ chain: foundry, transport, cacheTime: 0 });
    const admit = async (account: Address) => {
      const { timestamp } = await getBlock(publicClient);
      await admitResidents(registrar, {
        polity,
        residents: [{ account, credential: keccak256(toHex(`credential:${account}`)), district: 1, expiresAt: timestamp + 365n * 24n * 3600n }],
      });
    };
    await admit(resident.account.address);
    const raw = (dataDir: string, content?: ServerConfigInput['content']) => ({
      port: 0,
      chain: { id: foundry.id, rpcUrls: [anvil.url] },
      polity: {
        registry: polity.registry,
        governor: polity.governor,
        timelock: polity.timelock,
        rounds: polity.rounds,
        results: polity.results,
        escrow: polity.escrow,
      },
      database: { dataDir },
      indexer: { enabled: false },
      ...(content ? { content } : {}),
    });
    return {
      anvil,
      polity,
      council,
      councilAddress,
      registrar,
      resident,
      outsider,
      admit,
      walletOf: (index) => walletOf(index, transport),
      config: (dataDir, content) => parseServerConfig(raw(dataDir, content)),
      writeConfig: (dataDir, file) => {
        writeFileSync(file, JSON.stringify(raw(dataDir)));
        return file;
      },
      stop: () => anvil.stop(),
    };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}

/** A temporary directory, removed by the returned function. */
export function temporaryDirectory(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

