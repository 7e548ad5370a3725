import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  keccak256,
  toHex,
  type Address,
  type PublicClient,
  type TestClient,
  type WalletClient,
  type Transport,
  type Chain,
  type Account,
} from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { deployPolity, type PolityConfig } from '../src/actions/deployment/deployPolity.js';
import { deployPolityFactory } from '../src/actions/deployment/deployPolityFactory.js';
import type { PolityAddresses } from '../src/chain/polity.js';
import { startAnvil, type Anvil } from './anvil.js';

/** anvil's well-known development mnemonic: its accounts are funded on every fresh anvil. */
const mnemonic = 'test test test test test test test test test test test junk';

export type Wallet = WalletClient<Transport, Chain, Account>;

export interface City {
  readonly anvil: Anvil;
  readonly polity: PolityAddresses;
  readonly factory: Address;
  readonly publicClient: PublicClient;
  readonly testClient: TestClient;
  /** Deploys (and pays for) everything; holds no role in the polity. */
  readonly deployer: Wallet;
  /** The council: guardian, reviewer, milestone releases. */
  readonly council: Wallet;
  /** The identity office: admits residents. */
  readonly registrar: Wallet;
  /** Residents-to-be: accounts 3 to 9. */
  readonly people: readonly Wallet[];
  walletOf(index: number): Wallet;
  /** Moves the chain's clock forward and mines a block. */
  advance(seconds: number): Promise<void>;
  stop(): Promise<void>;
}

export const cityConfig = (council: Address, registrar: Address): PolityConfig => ({
  name: 'Testville',
  maxDepth: 3n,
  topics: ['transport', 'education'],
  registrar,
  council,
  timelockDelay: 60n,
  governor: {
    votingDelay: 60,
    votingPeriod: 3600,
    proposalThreshold: 1n,
    quorumNumerator: 10n,
    lateQuorumExtension: 0,
    guardian: council,
  },
});

/** A fresh anvil with a factory and a polity deployed by the SDK's own deploy actions. */
export async function startCity(): Promise<City> {
  const anvil = await startAnvil();
  const transport = http(anvil.url, { retryCount: 0 });
  const walletOf = (index: number): Wallet =>
    createWalletClient({ account: mnemonicToAccount(mnemonic, { addressIndex: index }), chain: foundry, transport });
  const publicClient = createPublicClient({ chain: foundry, transport });
  const testClient = createTestClient({ chain: foundry, mode: 'anvil', transport });
  const deployer = walletOf(0);
  const council = walletOf(1);
  const registrar = walletOf(2);
  const { factory } = await deployPolityFactory(deployer, { chainId: foundry.id });
  const { polity } = await deployPolity(deployer, {
    chainId: foundry.id,
    factory,
    config: cityConfig(council.account.address, registrar.account.address),
  });
  return {
    anvil,
    polity,
    factory,
    publicClient,
    testClient,
    deployer,
    council,
    registrar,
    people: [3, 4, 5, 6, 7, 8, 9].map(walletOf),
    walletOf,
    advance: async (seconds) => {
      await testClient.increaseTime({ seconds });
      await testClient.mine({ blocks: 1 });
    },
    stop: () => anvil.stop(),
  };
}

/** A credential commitment for test residents (the office would hash a secret salt and a document). */
export const credentialOf = (name: string) => keccak256(toHex(`credential:${name}`));
