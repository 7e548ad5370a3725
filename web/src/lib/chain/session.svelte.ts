/**
 * Account and chain state, in one place: the polity's configuration, a public client for reads, and
 * who the app acts for: a resident's passkey account (the city pays for its actions, see
 * $lib/passkey), a browser wallet (any EIP-6963 extension through @wagmi/core's watchers) or, on a
 * local demo chain only, a demo person. Components read `session` and call `writeClient()`.
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
import { m } from '$lib/paraglide/messages.js';
import { createPublicClient, createWalletClient, defineChain, http, isAddressEqual, type Address, type Chain, type PublicClient } from 'viem';
import { withGasMargin, type PolityClient } from '@polity/sdk';
import { loadConfig, localChainIds, type AppConfig, type DemoPerson } from '$lib/config';
import type { PasskeyProgress } from '$lib/passkey/account';
import { shortResidentCode } from '$lib/passkey/resident-code';
import { choosePasskey } from '$lib/passkey/sign-in';
import type { PendingPasskey } from '$lib/passkey/synced-passkey';
import { currentPasskeyId, findPasskey, keepPasskey, setCurrentPasskey, type StoredPasskey } from '$lib/passkey/stored-passkeys';

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
  /** The account the app acts for: the passkey's, the wallet's, or the demo person's. */
  account = $state<Address | undefined>(undefined);
  /** The wallet's chain (undefined in demo mode or when not connected). */
  walletChainId = $state<number | undefined>(undefined);
  mode = $state<'none' | 'wallet' | 'demo' | 'passkey'>('none');
  demoPerson = $state.raw<DemoPerson | undefined>(undefined);
  /** The resident's passkey, when they take part with one. */
  passkey = $state.raw<StoredPasskey | undefined>(undefined);
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

  /** Whether residents may take part with a passkey here (config.json names the bundler, factory and paymaster). */
  get passkeysAvailable(): boolean {
    return this.config?.passkeys !== undefined;
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
        if (this.mode === 'demo' || this.mode === 'passkey') return;
        this.account = account.address;
        this.walletChainId = account.chainId;
        this.mode = account.isConnected ? 'wallet' : 'none';
      },
    });
    const remembered = this.demoAvailable ? sessionStorage.getItem('polity.demo') : null;
    const person = this.config.demo?.people.find((candidate) => candidate.address === remembered);
    const passkey = this.rememberedPasskey();
    if (person) this.actAs(person);
    // A resident signed in with a passkey stays signed in (until they sign out).
    else if (passkey) {
      this.usePasskey(passkey);
      this.preparePasskeys();
    }
    // A wallet connected before a reload stays connected.
    else void reconnect(this.wagmi).catch(() => undefined);
  }

  private rememberedPasskey(): StoredPasskey | undefined {
    const id = currentPasskeyId();
    const settings = this.config?.passkeys;
    return id && settings && this.config ? findPasskey(id, this.config.chainId, settings.accountFactory) : undefined;
  }

  /**
   * Loads the passkey modules ahead of the click that needs them: Safari lets WebAuthn prompt only
   * straight from a tap, so nothing slow may come between the tap and the prompt.
   */
  preparePasskeys(): void {
    if (this.passkeysAvailable) void import('$lib/passkey/account').catch(() => undefined);
  }

  /** Makes a new passkey (one prompt: fingerprint, face or PIN), keeps it, and signs in with it. */
  async createPasskey(): Promise<StoredPasskey> {
    if (!this.config?.passkeys) throw new Error('this city does not offer passkeys (config.json has no bundlerUrl, accountFactory and paymaster)');
    // The passkey modules (viem's account abstraction, the SDK's accounts) load only for those who use them.
    const { makePasskey } = await import('$lib/passkey/account');
    const passkey = await makePasskey({ config: this.config, passkeys: this.config.passkeys, reader: this.reader });
    keepPasskey(passkey);
    this.usePasskey(passkey);
    return passkey;
  }

  /**
   * Signs in with a passkey made before: the resident picks it (screen lock). The account is the one this
   * browser kept for it, or, for a passkey that synced here from another device, the one found from the
   * prompt's answer on chain (kept here then, as when a passkey is made). 'confirm-again' when the chain
   * could not tell which of two keys it is: one more prompt of the same passkey settles it. Undefined
   * when no account can be found for the passkey.
   */
  async signInWithPasskey(): Promise<StoredPasskey | 'confirm-again' | undefined> {
    if (!this.config?.passkeys) return undefined;
    const chosen = await choosePasskey();
    let passkey = findPasskey(chosen.id, this.config.chainId, this.config.passkeys.accountFactory);
    if (!passkey) {
      const { findSyncedPasskey } = await import('$lib/passkey/synced-passkey');
      const pending = this.pendingPasskey;
      this.pendingPasskey = undefined;
      try {
        const found = await findSyncedPasskey({ config: this.config, passkeys: this.config.passkeys, reader: this.reader, chosen, pending });
        if ('pending' in found) {
          this.pendingPasskey = found.pending;
          return 'confirm-again';
        }
        passkey = found.passkey;
      } catch (error) {
        // Not a passkey whose key can be read, or a second prompt of another passkey: nothing found.
        if (error instanceof Error && (error.name === 'PasskeyAssertionUnreadableError' || error.name === 'PasskeyCandidatesMismatchError')) return undefined;
        throw error;
      }
      keepPasskey(passkey);
    }
    this.usePasskey(passkey);
    return passkey;
  }

  /** The keys still possible for a synced passkey, until its second prompt. */
  private pendingPasskey: PendingPasskey | undefined;

  private usePasskey(passkey: StoredPasskey): void {
    this.leaveDemo();
    if (this.mode === 'wallet' && this.wagmi) void disconnect(this.wagmi).catch(() => undefined);
    this.mode = 'passkey';
    this.passkey = passkey;
    this.account = passkey.account;
    this.walletChainId = undefined;
    setCurrentPasskey(passkey.credentialId);
  }

  /** Signs out of the passkey; it stays kept in this browser for signing in again. */
  signOut(): void {
    if (this.mode !== 'passkey') return;
    setCurrentPasskey(undefined);
    this.mode = 'none';
    this.passkey = undefined;
    this.account = undefined;
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
    this.signOut();
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
    this.signOut();
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

  /**
   * A client that acts as the current account: the demo node's, the wallet's, or the passkey's, whose
   * every transaction becomes one user operation the city pays for (one prompt each; `progress` hears
   * when the resident has confirmed and the operation is on its way).
   */
  async writeClient(progress?: PasskeyProgress): Promise<PolityClient> {
    if (!this.config || !this.chain) throw new Error('the app is not configured yet');
    if (this.mode === 'passkey' && this.passkey && this.config.passkeys) {
      const { passkeyClient } = await import('$lib/passkey/account');
      return passkeyClient({ config: this.config, passkeys: this.config.passkeys, chain: this.chain, reader: this.reader, passkey: this.passkey, progress });
    }
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

  /**
   * A person's public name: "You" for the resident's own passkey account, else the directory's or demo's
   * name, else "You" for the wallet's own account; undefined for anyone else.
   */
  nameOf(address: Address | undefined): string | undefined {
    if (!address || !this.config) return undefined;
    const own = this.account !== undefined && isAddressEqual(address, this.account);
    if (this.mode === 'passkey' && own) return youName();
    const named = this.config.directory[address] ?? this.config.demo?.people.find((person) => person.address === address)?.name;
    return named ?? (this.mode === 'wallet' && own ? youName() : undefined);
  }

  /** How pages name an account: "You", a public name, or the start of the resident's code (never hex). */
  labelOf(address: Address): string {
    return this.nameOf(address) ?? shortResidentCode(address);
  }
}

/** Nothing to sign with: not signed in, no wallet connected and no demo person chosen. */
export class NoAccountError extends Error {
  override name = 'NoAccountError';
  constructor() {
    super('sign in first');
  }
}

function walletOption(connector: Connector): WalletOption {
  // wagmi's catch-all connector is called "Injected": residents read "Browser extension".
  return { id: connector.uid, name: connector.id === 'injected' ? m.account_browser_extension() : connector.name, icon: connector.icon };
}

const youName = () => m.account_you();

export const session = new Session();
