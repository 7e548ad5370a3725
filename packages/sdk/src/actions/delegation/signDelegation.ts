import { parseSignature, type Account, type Address, type Hex } from 'viem';
import { getBlock, readContract, signTypedData } from 'viem/actions';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { addressOf, requireAddress, runPolityAction, senderOf, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export interface SignDelegationParameters extends PolityActionParameters {
  /** The resident to delegate the general topic to (zero or oneself: take the vote back). */
  readonly to: Address;
  /** How long the signature stays valid, in seconds (default one day). */
  readonly validFor?: number;
  /** Signs with this account instead of the client's. */
  readonly account?: Account | Address;
}

/** A signed ERC-5805 delegation that anyone can submit with {@link delegateBySig}. */
export interface SignedDelegation {
  readonly delegator: Address;
  readonly to: Address;
  readonly nonce: bigint;
  readonly expiry: bigint;
  readonly signature: Hex;
}

export type SignDelegationReturnType = SignedDelegation;

export type SignDelegationErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

/**
 * Signs a delegation of the general topic (ERC-5805's Delegation) without sending anything, so that a
 * portal can submit it and pay the gas. Other topics are delegated with delegateOnTopic.
 */
export async function signDelegation(client: PolityClient, parameters: SignDelegationParameters): Promise<SignDelegationReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const to = requireAddress(parameters.to, 'to', { allowZero: true });
    const account = senderOf(client, parameters.account);
    const delegator = addressOf(account);
    const registry = { address: polity.registry, abi: residentRegistryAbi } as const;
    const [[, name, version, chainId, verifyingContract], nonce, { timestamp }] = await Promise.all([
      readContract(client, { ...registry, functionName: 'eip712Domain' }),
      readContract(client, { ...registry, functionName: 'nonces', args: [delegator] }),
      getBlock(client),
    ]);
    const expiry = timestamp + BigInt(parameters.validFor ?? 24 * 3600);
    const signature = await signTypedData(client, {
      account,
      domain: { name, version, chainId, verifyingContract },
      primaryType: 'Delegation',
      types: { Delegation: [{ name: 'delegatee', type: 'address' }, { name: 'nonce', type: 'uint256' }, { name: 'expiry', type: 'uint256' }] },
      message: { delegatee: to, nonce, expiry },
    });
    return { delegator, to, nonce, expiry, signature };
  });
}

/** The signature's parts as delegateBySig takes them. */
export function signatureParts(signature: Hex): { v: number; r: Hex; s: Hex } {
  const { v, r, s, yParity } = parseSignature(signature);
  return { v: Number(v ?? BigInt(yParity + 27)), r, s };
}
