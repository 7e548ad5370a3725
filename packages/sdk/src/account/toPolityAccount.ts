import * as Execute from 'ox/erc7821/Execute';
import { encodeFunctionData, zeroHash, type Address, type Hex, type NonceManager, type TypedData, type TypedDataDefinition } from 'viem';
import {
  entryPoint08Abi,
  entryPoint08Address,
  getUserOperationHash,
  toSmartAccount,
  type SmartAccount,
  type SmartAccountImplementation,
  type UserOperation,
  type WebAuthnAccount,
} from 'viem/account-abstraction';
import { estimateGas, getCode, readContract } from 'viem/actions';
import { hashMessage as hashNestedMessage, hashTypedData as hashNestedTypedData, wrapTypedDataSignature } from 'viem/experimental/erc7739';
import { maxUint, requireAddress, requireInteger } from '../chain/client.js';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import { polityAccountAbi, polityAccountFactoryAbi } from '../contracts/generated.js';
import { passkeyCoordinates } from './passkeyPublicKey.js';
import { signWithPasskey } from './signWithPasskey.js';
import { verificationGasFloor } from './verificationGas.js';
import { encodeWebAuthnSignature, stubWebAuthnSignature } from './webAuthnSignature.js';

export interface ToPolityAccountParameters {
  /** Reads the chain (the account's address, nonce and code). Its chain must be set. */
  readonly client: PolityAccountImplementation['client'];
  /** The resident's passkey (viem's `toWebAuthnAccount`). */
  readonly owner: WebAuthnAccount;
  /** The chain's `PolityAccountFactory`. */
  readonly factory: Address;
  /** Which of the passkey's accounts (default 0, the first). */
  readonly index?: bigint;
  /** The account's address if known already (skips asking the factory). */
  readonly address?: Address;
}

export type PolityAccountImplementation = SmartAccountImplementation<
  typeof entryPoint08Abi,
  '0.8',
  {
    readonly abi: typeof polityAccountAbi;
    readonly factory: { readonly abi: typeof polityAccountFactoryAbi; readonly address: Address };
    readonly owner: WebAuthnAccount;
    readonly index: bigint;
  }
>;

/** A resident's passkey account, as a viem smart account for bundler clients and signing. */
export type PolityAccount = SmartAccount<PolityAccountImplementation>;

export type ToPolityAccountReturnType = PolityAccount;

export type ToPolityAccountErrorType = PolityInvalidInputError;

/** The account's EIP-712 domain (`EIP712("PolityAccount", "1")`), which ERC-7739 nests every signature in. */
const accountDomain = { name: 'PolityAccount', version: '1' } as const;

/**
 * Every operation uses the EntryPoint's nonce sequence 0. viem's default picks a new sequence per
 * operation (a key from the clock), which makes the EntryPoint write a fresh storage slot each time
 * (about 17,000 more gas, which the city pays); a resident sends one action at a time, so one sequence is enough.
 */
const singleSequence: NonceManager = {
  consume: async () => 0,
  get: async () => 0,
  increment: () => {},
  reset: () => {},
};

/**
 * A resident's `PolityAccount` (docs/passkey-accounts.md) as a viem `SmartAccount` on the v0.8
 * EntryPoint: its address is the factory's prediction for the passkey (so it can be admitted before it
 * exists), the first operation deploys it (`createAccount`), calls go out as one ERC-7821 batch, and the
 * passkey signs operations (a WebAuthn assertion over the user operation hash) and, for other contracts,
 * messages and typed data nested in ERC-7739 (so the Governor's `castVoteBySig` accepts them).
 */
export async function toPolityAccount(parameters: ToPolityAccountParameters): Promise<ToPolityAccountReturnType> {
  const { client, owner } = parameters;
  const chainId = client.chain?.id;
  if (chainId === undefined) throw new PolityInvalidInputError('client', 'has no chain: create it with `chain` set (the chain is part of every signature)');
  const factory = { abi: polityAccountFactoryAbi, address: requireAddress(parameters.factory, 'factory') } as const;
  const index = requireInteger(parameters.index ?? 0n, 'index', { max: maxUint(256) });
  const { x, y } = passkeyCoordinates(owner.publicKey);
  const entryPoint = { abi: entryPoint08Abi, address: entryPoint08Address, version: '0.8' } as const;
  let address = parameters.address === undefined ? undefined : requireAddress(parameters.address, 'address');

  const getAddress = async () => {
    address ??= await readContract(client, { ...factory, functionName: 'predictAddress', args: [x, y, index] });
    return address;
  };
  const verifierDomain = async () => ({ ...accountDomain, chainId, verifyingContract: await getAddress(), salt: zeroHash });
  const sign = async (hash: Hex) => encodeWebAuthnSignature(await signWithPasskey(owner, hash));

  const implementation: PolityAccountImplementation = {
    client,
    entryPoint,
    extend: { abi: polityAccountAbi, factory, owner, index },
    nonceKeyManager: singleSequence,
    getAddress,

    async encodeCalls(calls) {
      return Execute.encodeData(calls.map((call) => ({ to: call.to, value: call.value ?? 0n, data: call.data ?? '0x' })));
    },

    async decodeCalls(data) {
      return Execute.decodeData(data).calls.map((call) => ({ to: call.to, value: call.value ?? 0n, data: call.data ?? '0x' }));
    },

    async getFactoryArgs() {
      return { factory: factory.address, factoryData: encodeFunctionData({ abi: factory.abi, functionName: 'createAccount', args: [x, y, index] }) };
    },

    async getStubSignature() {
      return stubWebAuthnSignature;
    },

    async signUserOperation(parameters) {
      const { chainId: operationChainId = chainId, ...userOperation } = parameters;
      const hash = getUserOperationHash({
        chainId: operationChainId,
        entryPointAddress: entryPoint.address,
        entryPointVersion: entryPoint.version,
        userOperation: { ...(userOperation as UserOperation<'0.8'>), sender: await getAddress() },
      });
      return sign(hash);
    },

    // ERC-7739 "PersonalSign": the passkey signs the message nested in this account's domain; the
    // account's `isValidSignature` takes the plain assertion.
    async signMessage({ message }) {
      return sign(hashNestedMessage({ message, verifierDomain: await verifierDomain() }));
    },

    // ERC-7739 "TypedDataSign": the application's typed data wrapped with this account's domain, and
    // the signature followed by what the account needs to rebuild that hash.
    async signTypedData(typedData) {
      const definition = typedData as TypedDataDefinition<TypedData, string>;
      const signature = await sign(hashNestedTypedData({ ...definition, verifierDomain: await verifierDomain() }));
      return wrapTypedDataSignature({ ...definition, signature });
    },

    userOperation: {
      async estimateGas(userOperation) {
        const verificationGasLimit = await verificationGasFloor(client, userOperation);
        const callGasLimit = await callGasWithMargin(client, await implementation.getAddress(), userOperation);
        return callGasLimit === undefined ? { verificationGasLimit } : { verificationGasLimit, callGasLimit };
      },
    },
  };
  return toSmartAccount(implementation);
}

/**
 * The gas of the operation's calls, estimated as the EntryPoint will make them, with a margin. Polity's
 * contracts checkpoint by the second a call lands in: estimated in one second and included in the next,
 * a call writes fresh slots where the estimate updated them in place (about 17,000 gas more each; a
 * delegation on every topic writes several), and a bundler's bare estimate then runs out of gas. For an
 * account not deployed yet the bundler estimates (the calls cannot run before the account exists).
 */
async function callGasWithMargin(client: PolityAccountImplementation['client'], account: Address, userOperation: { callData?: Hex | undefined }): Promise<bigint | undefined> {
  if (userOperation.callData === undefined) return undefined;
  const code = await getCode(client, { address: account });
  if (code === undefined || code === '0x') return undefined;
  const estimate = await estimateGas(client, { account: entryPoint08Address, to: account, data: userOperation.callData });
  return (estimate * 13n) / 10n + 20_000n;
}
