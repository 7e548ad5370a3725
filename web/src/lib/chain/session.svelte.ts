/**
 * Wallet and chain state, in one place: the polity's configuration, a public client for reads, the
 * connected wallet (any EIP-6963 injected wallet through @wagmi/core's watchers) or, on a local demo
 * chain only, a demo person the app acts as. Components read `session` and call `writeClient()`.
 */
import {
  connect,
  createConfig,
  disconnect,
  getConnectorClient,
  injected,
  reconnect,
  switchChain,
  watchAccount,
  watchConnectors,
  type Config,
  type Connector,
} from '@wagmi/core';
import { createPublicClient, createWalletClient, defineChain, http, type Address, type Chain, type PublicClient } from 'viem';
import { withGasMargin, type PolityClient } from '@polity/sdk';
import { loadConfig, localChainIds, type AppConfig, type DemoPerson } from '$lib/config';

export type SessionStatus = 'loading' | 'ready' | 'config-error' | 'rpc-down' | 'chain-mismatch';

/** A wallet the browser announced (EIP-6963) or the generic injected one. */
export interface WalletOption {
  readonly id: string;
  readonly name: string;
  readonly icon: string | undefined;
}

class Session {
  status = $state<SessionStatus>('loading');
  problem = $state<string>('');
  config = $state.raw<AppConfig | undefined>(undefined);
  /** The account the app acts for: the wallet's, or the demo person's. */
  account = $state<Address | undefined>(undefined);
  /** The wallet's chain (undefined in demo mode or when not connected). */
  walletChainId = $state<number | undefined>(undefined);
  mode = $state<'none' | 'wallet' | 'demo'>('none');
  demoPerson = $state.raw<DemoPerson | undefined>(undefined);
  wallets = $state.raw<readonly WalletOption[]>([]);
  /** Bumped after every confirmed transaction, so pages reload what they show. */
  revision = $state(0);

  chain: Chain | undefined;
  publicClient: PublicClient | undefined;
  private wagmi: Config | undefined;

  /** Whether the local demo (act as anyone, skip time) may be offered: a local chain whose config has demo people. */
  get demoAvailable(): boolean {
    return this.config?.demo !== undefined && localChainIds.includes(this.config.chainId);
  }

  get wrongNetwork(): boolean {
    return this.mode === 'wallet' && this.walletChainId !== undefined && this.walletChainId !== this.config?.chainId;
  }

  get polity() {
    if (!this.config) throw new Error('the app is not configured yet');
    return this.config.polity;
  }

  get reader(): PublicClient {
    if (!this.publicClient) throw new Error('the app is not configured yet');
    return this.publicClient;
  }

  async start(): Promise<void> {
    try {
      this.config = await loadConfig();
    } catch (error) {
      this.status = 'config-error';
      this.problem = (error as Error).message;
      return;
    }
    const config = this.config;
    this.chain = defineChain({
      id: config.chainId,
      name: config.chainName,
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [config.rpcUrl] } },
    });
    const pollingInterval = localChainIds.includes(config.chainId) ? 100 : 2_000;
    this.publicClient = createPublicClient({ chain: this.chain, transport: http(config.rpcUrl, { retryCount: 1, timeout: 10_000 }), pollingInterval });
    await this.checkRpc();
    this.wagmi = createConfig({
      chains: [this.chain],
      connectors: [injected()],
      transports: { [config.chainId]: http(config.rpcUrl) },
      multiInjectedProviderDiscovery: true,
      pollingInterval,
    });
    watchConnectors(this.wagmi, { onChange: (connectors) => (this.wallets = connectors.map(walletOption)) });
    this.wallets = this.wagmi.connectors.map(walletOption);
    watchAccount(this.wagmi, {
      onChange: (account) => {
        if (this.mode === 'demo') return;
        this.account = account.address;
        this.walletChainId = account.chainId;
        this.mode = account.isConnected ? 'wallet' : 'none';
      },
    });
    const remembered = this.demoAvailable ? sessionStorage.getItem('polity.demo') : null;
    const person = this.config.demo?.people.find((candidate) => candidate.address === remembered);
    if (person) this.actAs(person);
    // A wallet connected before a reload stays connected.
    else void reconnect(this.wagmi).catch(() => undefined);
  }

  /** Checks that the RPC answers and serves the configured chain. */
  async checkRpc(): Promise<boolean> {
    if (!this.publicClient || !this.config) return false;
    try {
      const chainId = await this.publicClient.getChainId();
      if (chainId !== this.config.chainId) {
        this.status = 'chain-mismatch';
        this.problem = `${this.config.rpcUrl} serves chain ${chainId}, not ${this.config.chainId}`;
        return false;
      }
      this.status = 'ready';
      this.problem = '';
      return true;
    } catch {
      this.status = 'rpc-down';
      this.problem = this.config.rpcUrl;
      return false;
    }
  }

  async connectWallet(id: string): Promise<void> {
    if (!this.wagmi) return;
    const connector = this.wagmi.connectors.find((candidate: Connector) => candidate.uid === id || candidate.id === id);
    if (!connector) return;
    this.leaveDemo();
    await connect(this.wagmi, { connector, chainId: this.config?.chainId });
  }

  async disconnectWallet(): Promise<void> {
    if (this.wagmi) await disconnect(this.wagmi);
    this.account = undefined;
    this.mode = 'none';
  }

  async switchToPolityChain(): Promise<void> {
    if (this.wagmi && this.config) await switchChain(this.wagmi, { chainId: this.config.chainId });
  }

  /** Demo mode: act as a demo person; the local node signs for them (anvil's impersonation). */
  actAs(person: DemoPerson): void {
    if (!this.demoAvailable) return;
    this.mode = 'demo';
    this.demoPerson = person;
    this.account = person.address;
    this.walletChainId = undefined;
    sessionStorage.setItem('polity.demo', person.address);
  }

  leaveDemo(): void {
    if (this.mode !== 'demo') return;
    sessionStorage.removeItem('polity.demo');
    this.mode = 'none';
    this.demoPerson = undefined;
    this.account = undefined;
  }

  /** A client that signs as the current account: the wallet's, or the demo node's. */
  async writeClient(): Promise<PolityClient> {
    if (!this.config || !this.chain) throw new Error('the app is not configured yet');
    if (this.mode === 'demo' && this.account && this.demoAvailable) {
      return createWalletClient({ account: this.account, chain: this.chain, transport: withGasMargin(http(this.config.rpcUrl)), pollingInterval: 100 });
    }
    if (this.mode === 'wallet' && this.wagmi) return getConnectorClient(this.wagmi, { chainId: this.walletChainId });
    throw new NoAccountError();
  }

  /** Pages reload after a confirmed transaction. */
  changed(): void {
    this.revision += 1;
  }

  nameOf(address: Address | undefined): string | undefined {
    if (!address || !this.config) return undefined;
    return this.config.directory[address] ?? this.config.demo?.people.find((person) => person.address === address)?.name;
  }
}

/** Nothing to sign with: no wallet connected and no demo person chosen. */
export class NoAccountError extends Error {
  override name = 'NoAccountError';
  constructor() {
    super('connect a wallet first');
  }
}

function walletOption(connector: Connector): WalletOption {
  return { id: connector.uid, name: connector.name, icon: connector.icon };
}

export const session = new Session();
