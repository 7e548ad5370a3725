import {
  BaseError,
  getAddress,
  parseEventLogs,
  type Abi,
  type Account,
  type Address,
  type Chain,
  type Client,
  type ContractEventName,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type ContractFunctionReturnType,
  type EstimateContractGasParameters,
  type Hash,
  type ParseEventLogsReturnType,
  type SimulateContractParameters,
  type TransactionReceipt,
  type Transport,
  type WriteContractParameters,
} from 'viem';
import { estimateContractGas, getBlock, getChainId, simulateContract, writeContract } from 'viem/actions';
import { PolityInvalidInputError, PolityNotAnRpcEndpointError, PolityTransactionRevertedError, PolityWrongNetworkError } from './errors/base.js';
import { decodePolityError, transportUrl } from './errors/decode.js';
import { requireContracts } from './contracts-present.js';
import { waitForReceipt } from './receipt.js';
import { requirePolity, type PolityAddresses } from './polity.js';

/** Any viem client: public, wallet or test, with any transport. Reads need no account. */
export type PolityClient = Client<Transport, Chain | undefined, Account | undefined>;

/** What every action takes. */
export interface PolityActionParameters {
  readonly polity: PolityAddresses;
}

/** What every write action takes besides its own parameters. */
export interface PolityWriteParameters extends PolityActionParameters {
  /** Sends from this account instead of the client's. */
  readonly account?: Account | Address;
  /** Called with the transaction hash as soon as it is sent, before it is mined. */
  readonly onSent?: (hash: Hash) => void;
}

/** What every write action returns: the transaction and its (successful) receipt. */
export interface PolityWriteResult {
  readonly hash: Hash;
  readonly receipt: TransactionReceipt;
}

/**
 * Runs an action's body after checking that the client is on the polity's chain and that the polity's
 * addresses are addresses; whatever the body throws comes out decoded ({@link decodePolityError}).
 */
export async function runPolityAction<result>(client: PolityClient, polity: PolityAddresses, body: () => Promise<result>): Promise<result> {
  try {
    requirePolity(polity);
    const connectedChainId = await connectedChain(client);
    if (connectedChainId !== polity.chainId) throw new PolityWrongNetworkError({ connectedChainId, polityChainId: polity.chainId });
    await requireContracts(client, polity);
    return await body();
  } catch (error) {
    throw decodePolityError(error, client);
  }
}

/**
 * The chain id the client's endpoint reports. A server that answers JSON but not JSON-RPC (an API of
 * another kind) makes viem fail on the missing result, which is reported as what it is.
 */
export async function connectedChain(client: PolityClient): Promise<number> {
  let chainId: unknown;
  try {
    chainId = await getChainId(client);
  } catch (error) {
    if (error instanceof BaseError) throw error;
    throw new PolityNotAnRpcEndpointError({ url: transportUrl(client), status: undefined, cause: error, answer: 'JSON that is not a JSON-RPC result' });
  }
  if (typeof chainId !== 'number' || !Number.isSafeInteger(chainId)) throw new PolityNotAnRpcEndpointError({ url: transportUrl(client), status: undefined, cause: chainId, answer: 'JSON that is not a JSON-RPC result' });
  return chainId;
}

/** The account a write is sent from: the parameter's, else the client's. */
export function senderOf(client: PolityClient, account: Account | Address | undefined): Account | Address {
  const sender = account ?? client.account;
  if (!sender) throw new PolityInvalidInputError('account', 'there is no account to send from: pass `account` or use a wallet client that has one');
  return sender;
}

export function addressOf(account: Account | Address): Address {
  return typeof account === 'string' ? getAddress(account) : account.address;
}

type WriteMutability = 'nonpayable' | 'payable';

export interface SendPolityCallParameters<
  abi extends Abi,
  functionName extends ContractFunctionName<abi, WriteMutability>,
  args extends ContractFunctionArgs<abi, WriteMutability, functionName>,
> {
  readonly abi: abi;
  readonly address: Address;
  readonly functionName: functionName;
  readonly args: args;
  readonly value?: bigint;
  readonly account: Account | Address | undefined;
  readonly onSent: ((hash: Hash) => void) | undefined;
  /** The SDK action's name, for messages. */
  readonly action: string;
}

/** Gas limits above this are checked against the block's own limit (one more read, for the rare heavy call). */
const heavyCall = 15_000_000n;

/**
 * A gas limit with its margin, but never above what a block holds: a heavy call (deploying a whole
 * polity takes about 19M) with a margin on top would otherwise ask for more than the block gas limit
 * and be refused by the node although it fits.
 */
async function withinBlock(client: PolityClient, gas: bigint): Promise<bigint> {
  if (gas <= heavyCall) return gas;
  const { gasLimit } = await getBlock(client, { blockTag: 'latest' });
  return gas > gasLimit ? gasLimit : gas;
}

/**
 * Simulates a contract call (so that a refusal is decoded before anything is signed), sends it, and
 * waits for a successful receipt. Returns what the simulation returned, which for most writes is the
 * function's result (a new id, a weight).
 */
export async function sendPolityCall<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, WriteMutability>,
  const args extends ContractFunctionArgs<abi, WriteMutability, functionName>,
>(
  client: PolityClient,
  parameters: SendPolityCallParameters<abi, functionName, args>,
): Promise<PolityWriteResult & { result: ContractFunctionReturnType<abi, WriteMutability, functionName, args> }> {
  const { abi, address, functionName, args, value, action, onSent } = parameters;
  const account = senderOf(client, parameters.account);
  // viem's generics cannot follow a call whose ABI and function are themselves generic; the
  // signature above keeps callers fully typed, so the call itself is typed loosely once, here.
  const simulation = { abi, address, functionName, args, value, account, chain: client.chain ?? null } as unknown as SimulateContractParameters;
  const { request, result } = await simulateContract(client, simulation);
  // Costs depend on the second a transaction lands in (checkpoints written in the same second are
  // updated in place, a new second writes a new slot), so the estimate gets a margin.
  const estimate = await estimateContractGas(client, request as unknown as EstimateContractGasParameters);
  const gas = await withinBlock(client, (estimate * 5n) / 4n);
  const hash = await writeContract(client, { ...(request as unknown as WriteContractParameters), gas });
  onSent?.(hash);
  const receipt = await waitForReceipt(client, { hash });
  if (receipt.status !== 'success') throw new PolityTransactionRevertedError({ hash, action });
  return { hash, receipt, result: result as ContractFunctionReturnType<abi, WriteMutability, functionName, args> };
}

/** The events of `eventName` a transaction emitted from `address`. */
export function eventsOf<const abi extends Abi, eventName extends ContractEventName<abi>>(
  receipt: TransactionReceipt,
  abi: abi,
  address: Address,
  eventName: eventName,
): ParseEventLogsReturnType<abi, eventName, true> {
  const logs = receipt.logs.filter((log) => log.address.toLowerCase() === address.toLowerCase());
  return parseEventLogs({ abi, logs, eventName });
}

// ─── Input checks ───────────────────────────────────────────────────────────────────────────────

export { requireAddress } from './address.js';

/** A whole number in [min, max], as a bigint. */
export function requireInteger(value: bigint | number, parameter: string, { min = 0n, max }: { min?: bigint; max: bigint }): bigint {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new PolityInvalidInputError(parameter, `${value} is not a whole number`);
  }
  const integer = BigInt(value);
  if (integer < min || integer > max) throw new PolityInvalidInputError(parameter, `${integer} is out of range: expected ${min} to ${max}`);
  return integer;
}

/** Unsigned integer limits by bit width. */
export const maxUint = (bits: number): bigint => (1n << BigInt(bits)) - 1n;

/** A 32-byte hex value (a content hash, a credential commitment). */
export function requireBytes32(value: unknown, parameter: string, { allowZero = false } = {}): `0x${string}` {
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(value)) {
    throw new PolityInvalidInputError(parameter, `${JSON.stringify(value)} is not 32 bytes of hex: pass a hash such as keccak256(toHex(text))`);
  }
  if (!allowZero && /^0x0{64}$/.test(value)) throw new PolityInvalidInputError(parameter, 'is zero: pass a real hash');
  return value as `0x${string}`;
}
