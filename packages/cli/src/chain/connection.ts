import {
  createTestClient,
  createWalletClient,
  defineChain,
  http,
  publicActions,
  type Account,
  type Chain,
  type HttpTransport,
  type PublicActions,
  type TestClient,
  type WalletClient,
} from 'viem';
import { mnemonicToAccount, privateKeyToAccount } from 'viem/accounts';
import { withGasMargin } from '@polity/sdk';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { startLocalAnvil, type LocalAnvil } from './anvil.js';
import { rpcFromEnvironment } from './options.js';

/** A client that reads and sends from the command's account: what every SDK action takes. */
export type CliClient = WalletClient<HttpTransport, Chain, Account> & PublicActions<HttpTransport, Chain, Account>;

/** How the command reaches a chain: `--rpc`, `--private-key` and `--timeout`, or their environment variables. */
export interface ConnectionOptions {
  readonly rpc?: string;
  readonly privateKey?: string;
  /** Seconds to wait for an answer from the RPC endpoint. */
  readonly timeout?: number;
}

export interface Connection {
  readonly url: string;
  readonly chainId: number;
  /** The hash of block 0: tells two chains with the same id apart (every fresh anvil is chain 31337). */
  readonly genesis: `0x${string}`;
  readonly client: CliClient;
  /** The account the command sends from (the council's, for council commands). */
  readonly account: Account;
  /** anvil or Hardhat: a development node that can set balances and move its clock. */
  readonly devNode: boolean;
  /** The development node's own methods (balances, clock), when it is one. */
  readonly devClient: TestClient<'anvil' | 'hardhat', HttpTransport, Chain> | undefined;
  /** Whether this command started the node (a fresh anvil that disappears when it ends). */
  readonly ephemeral: boolean;
  /** A client sending from another account over the same transport (voters in a replay). */
  clientFor(account: Account): CliClient;
  close(): Promise<void>;
}

/** anvil's well-known development mnemonic: its first accounts are funded on every fresh anvil. */
const devMnemonic = 'test test test test test test test test test test test junk';

/** Connects to `--rpc` (or POLITY_RPC_URL), or starts a fresh local anvil; checks that the endpoint answers. */
export async function connect(options: ConnectionOptions, io: CliIo): Promise<Connection> {
  const given = options.rpc ?? rpcFromEnvironment(io);
  const timeout = (options.timeout ?? 30) * 1000;
  let anvil: LocalAnvil | undefined;
  if (given === undefined || given === '') {
    anvil = await startLocalAnvil(io.env);
    io.err(`started a local anvil at ${anvil.url} (it stops when the command ends; pass --rpc URL to keep a chain)\n`);
  }
  const url = anvil?.url ?? checkUrl(given!);
  try {
    const probe = http(url, { retryCount: 0, timeout });
    const { chainId, clientVersion } = await identify(url, probe, timeout);
    const chain = defineChain({
      id: chainId,
      name: `chain ${chainId}`,
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [url] } },
    });
    const devMode = /^anvil\//i.test(clientVersion) ? 'anvil' : /^hardhatnetwork\//i.test(clientVersion) ? 'hardhat' : undefined;
    const devNode = devMode !== undefined;
    // Scripts send many transactions a second; see withGasMargin for why estimates need a margin.
    const transport = withGasMargin(http(url, { retryCount: devNode ? 0 : 3, timeout, batch: { batchSize: 200, wait: 0 } }));
    const account = accountFor(options, io, devNode);
    const genesis = (await probeClientBlock(url, probe)).hash;
    const clientFor = (sender: Account): CliClient =>
      createWalletClient({ account: sender, chain, transport, pollingInterval: devNode ? 50 : 1_000 }).extend(publicActions);
    return {
      url,
      chainId,
      genesis,
      client: clientFor(account),
      account,
      devNode,
      devClient: devMode === undefined ? undefined : createTestClient({ mode: devMode, chain, transport }),
      ephemeral: anvil !== undefined,
      clientFor,
      close: async () => anvil?.stop(),
    };
  } catch (error) {
    await anvil?.stop();
    throw error;
  }
}

async function probeClientBlock(url: string, transport: HttpTransport): Promise<{ hash: `0x${string}` }> {
  const { request } = transport({ retryCount: 0 });
  const block = (await request({ method: 'eth_getBlockByNumber', params: ['0x0', false] })) as { hash?: `0x${string}` } | null;
  if (!block?.hash) throw new CliError(`the RPC endpoint ${url} has no block 0`, 'Use an endpoint of a full chain.');
  return { hash: block.hash };
}

function checkUrl(text: string): string {
  let protocol: string | undefined;
  try {
    protocol = new URL(text).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new CliError(`--rpc is '${text}', which is not an http:// or https:// URL`, "Give the node's HTTP endpoint, for example --rpc http://127.0.0.1:8545.", 2);
  }
  return text;
}

/** The chain id and node software, or a clear error when nothing answers. */
async function identify(url: string, transport: HttpTransport, timeout: number): Promise<{ chainId: number; clientVersion: string }> {
  const { request } = transport({ retryCount: 0 });
  let chainId: number;
  try {
    chainId = Number(BigInt((await request({ method: 'eth_chainId' })) as string));
  } catch (error) {
    const reason = silence(error, timeout);
    throw new CliError(
      `the RPC endpoint ${url} did not answer: ${reason}`,
      'Check the URL and that the node is running (without --rpc, a local anvil is started for the command).',
      1,
      { cause: error },
    );
  }
  let clientVersion = '';
  try {
    clientVersion = String(await request({ method: 'web3_clientVersion' }));
  } catch {
    // Some providers do not serve web3_clientVersion: then the node is not a development node.
  }
  return { chainId, clientVersion };
}

function silence(error: unknown, timeout: number): string {
  const text = error instanceof Error ? `${error.message} ${String((error as { details?: unknown }).details ?? '')}` : String(error);
  if (/timed? ?out/i.test(text)) return `no answer within ${timeout / 1000} s`;
  if (/ECONNREFUSED|fetch failed|connect/i.test(text)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/i.test(text)) return 'unknown host';
  return (error instanceof Error ? error.message.split('\n')[0] : text) ?? text;
}

/** `--private-key`, else POLITY_PRIVATE_KEY, else (development nodes only) anvil's first account. */
function accountFor(options: ConnectionOptions, io: CliIo, devNode: boolean): Account {
  const key = options.privateKey ?? io.env['POLITY_PRIVATE_KEY'];
  if (key !== undefined && key !== '') {
    const normalised = key.startsWith('0x') ? key : `0x${key}`;
    if (!/^0x[0-9a-fA-F]{64}$/.test(normalised)) {
      throw new CliError('the private key is not 32 bytes of hex', 'Pass --private-key 0x followed by 64 hexadecimal digits (or set POLITY_PRIVATE_KEY).', 2);
    }
    return privateKeyToAccount(normalised as `0x${string}`);
  }
  if (devNode) return mnemonicToAccount(devMnemonic, { addressIndex: 0 });
  throw new CliError('no key to send transactions with', 'Pass --private-key 0x... or set POLITY_PRIVATE_KEY (anvil\'s development account is used only on a development node).', 2);
}
