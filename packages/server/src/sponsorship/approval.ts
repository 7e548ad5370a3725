/**
 * The approval the city's paymaster checks, exactly as OpenZeppelin's `PaymasterSigner` (5.7) reads it:
 *
 *   paymasterData = validAfter (uint48, 6 bytes) ‖ validUntil (uint48, 6 bytes) ‖ signature (65 bytes r‖s‖v)
 *
 * and the signature is over `_signableUserOpHash(userOp, validAfter, validUntil)`: EIP-712 typed data
 * `UserOperationRequest` under the paymaster's own domain (name and version from the configuration,
 * the chain id, the paymaster's address). The user operation's hash cannot be signed instead: it covers
 * `paymasterAndData`, which holds this very signature.
 */
import { concat, numberToHex, pad, type Address, type Hex, type LocalAccount, type TypedDataDomain } from 'viem';
import { entryPoint08Address, getUserOperationHash, toPackedUserOperation, type UserOperation } from 'viem/account-abstraction';
import type { SponsoredUserOperation, UserOperationRequest } from './user-operation.js';

/** `PaymasterSigner.USER_OPERATION_REQUEST_TYPEHASH`'s type, field by field. */
export const userOperationRequestTypes = {
  UserOperationRequest: [
    { name: 'sender', type: 'address' },
    { name: 'nonce', type: 'uint256' },
    { name: 'initCode', type: 'bytes' },
    { name: 'callData', type: 'bytes' },
    { name: 'accountGasLimits', type: 'bytes32' },
    { name: 'preVerificationGas', type: 'uint256' },
    { name: 'gasFees', type: 'bytes32' },
    { name: 'paymasterVerificationGasLimit', type: 'uint256' },
    { name: 'paymasterPostOpGasLimit', type: 'uint256' },
    { name: 'validAfter', type: 'uint48' },
    { name: 'validUntil', type: 'uint48' },
  ],
} as const;

export interface PaymasterDomain {
  /** The paymaster's `EIP712(name, version)`. */
  readonly name: string;
  readonly version: string;
  readonly chainId: number;
  readonly paymaster: Address;
}

export interface ApprovalWindow {
  /** Seconds since 1970; 0: from now on. */
  readonly validAfter: number;
  readonly validUntil: number;
}

export interface Approval extends ApprovalWindow {
  readonly paymaster: Address;
  readonly paymasterVerificationGasLimit: bigint;
  readonly paymasterPostOpGasLimit: bigint;
  readonly paymasterData: Hex;
  /** The hash the EntryPoint (v0.8) gives the operation sent with these fields; its `UserOperationEvent` carries it. */
  readonly userOperationHash: Hex;
}

export function paymasterDomainOf(domain: PaymasterDomain): TypedDataDomain {
  return { name: domain.name, version: domain.version, chainId: domain.chainId, verifyingContract: domain.paymaster };
}

/** The operation as viem's account-abstraction helpers take it. */
function asUserOperation(operation: UserOperationRequest, paymaster?: { address: Address; data: Hex }): UserOperation<'0.8'> {
  return {
    sender: operation.sender,
    nonce: operation.nonce,
    factory: operation.factory ?? undefined,
    factoryData: operation.factory ? (operation.factoryData ?? '0x') : undefined,
    callData: operation.callData,
    callGasLimit: operation.callGasLimit,
    verificationGasLimit: operation.verificationGasLimit,
    preVerificationGas: operation.preVerificationGas,
    maxFeePerGas: operation.maxFeePerGas,
    maxPriorityFeePerGas: operation.maxPriorityFeePerGas,
    paymaster: paymaster?.address,
    paymasterVerificationGasLimit: operation.paymasterVerificationGasLimit,
    paymasterPostOpGasLimit: operation.paymasterPostOpGasLimit,
    paymasterData: paymaster?.data,
    signature: '0x',
  };
}

/** The typed data the paymaster's signer signs for this operation and window. */
export function userOperationRequestTypedData(operation: UserOperationRequest, window: ApprovalWindow, domain: PaymasterDomain) {
  const packed = toPackedUserOperation(asUserOperation(operation));
  return {
    domain: paymasterDomainOf(domain),
    types: userOperationRequestTypes,
    primaryType: 'UserOperationRequest',
    message: {
      sender: packed.sender,
      nonce: packed.nonce,
      initCode: packed.initCode,
      callData: packed.callData,
      accountGasLimits: packed.accountGasLimits,
      preVerificationGas: packed.preVerificationGas,
      gasFees: packed.gasFees,
      paymasterVerificationGasLimit: operation.paymasterVerificationGasLimit,
      paymasterPostOpGasLimit: operation.paymasterPostOpGasLimit,
      validAfter: window.validAfter,
      validUntil: window.validUntil,
    },
  } as const;
}

/** `validAfter ‖ validUntil ‖ signature`, what `PaymasterSigner._decodePaymasterUserOp` splits. */
export function encodePaymasterData(window: ApprovalWindow, signature: Hex): Hex {
  return concat([pad(numberToHex(window.validAfter), { size: 6 }), pad(numberToHex(window.validUntil), { size: 6 }), signature]);
}

/** Signs the city's approval of an operation for the window, and names the operation it approves. */
export async function signApproval(signer: LocalAccount, operation: UserOperationRequest, window: ApprovalWindow, domain: PaymasterDomain): Promise<Approval> {
  const signature = await signer.signTypedData(userOperationRequestTypedData(operation, window, domain));
  const paymasterData = encodePaymasterData(window, signature);
  const sponsored: SponsoredUserOperation = { ...operation, paymaster: domain.paymaster, paymasterData };
  return {
    paymaster: domain.paymaster,
    paymasterVerificationGasLimit: operation.paymasterVerificationGasLimit,
    paymasterPostOpGasLimit: operation.paymasterPostOpGasLimit,
    paymasterData,
    validAfter: window.validAfter,
    validUntil: window.validUntil,
    userOperationHash: sponsoredOperationHash(sponsored, domain.chainId),
  };
}

/** The v0.8 EntryPoint's hash of the operation as it will be sent (paymaster fields included, signature not). */
export function sponsoredOperationHash(operation: SponsoredUserOperation, chainId: number): Hex {
  return getUserOperationHash({
    chainId,
    entryPointAddress: entryPoint08Address,
    entryPointVersion: '0.8',
    userOperation: asUserOperation(operation, { address: operation.paymaster, data: operation.paymasterData }),
  });
}
