/**
 * The ERC-4337 v0.8 user operation a resident's app asks the city to pay for, as JSON: addresses and
 * bytes as 0x-hex, numbers as decimal or 0x-hex strings (JSON numbers lose precision past 2^53). The
 * paymaster fields and the account's signature are not part of the request: the server fills the first,
 * and the second is made after (it signs the hash that includes them).
 */
import { z } from '@hono/zod-openapi';
import { getAddress, isAddress, isHex, maxUint128, maxUint256, type Address, type Hex } from 'viem';

function quantity(name: string, max: bigint, maxName: string) {
  return z
    .union([z.string(), z.number()])
    .transform((value, context) => {
      const parsed = parseQuantity(value);
      if (parsed === undefined) {
        context.addIssue({ code: 'custom', message: `${name} must be a whole number written in decimal ("21000") or hexadecimal ("0x5208")` });
        return z.NEVER;
      }
      if (parsed > max) {
        context.addIssue({ code: 'custom', message: `${name} is larger than a ${maxName} can hold` });
        return z.NEVER;
      }
      return parsed;
    })
    .openapi({ type: 'string', example: '0x186a0', description: `${name}: decimal or 0x-hex` });
}

function parseQuantity(value: string | number): bigint | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : undefined;
  if (/^0x[0-9a-fA-F]{1,64}$/.test(value) || /^[0-9]{1,78}$/.test(value)) return BigInt(value);
  return undefined;
}

const address = (name: string) =>
  z
    .string()
    .refine((value) => isAddress(value, { strict: false }), { message: `${name} is not an address (0x followed by 40 hexadecimal digits)` })
    .transform((value) => getAddress(value))
    .openapi({ example: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' });

const bytes = (name: string) =>
  z
    .string()
    .refine((value) => isHex(value, { strict: true }) && value.length % 2 === 0, { message: `${name} must be bytes as 0x-hex with an even number of digits` })
    .transform((value) => value.toLowerCase() as Hex)
    .openapi({ example: '0x' });

export const userOperationRequestSchema = z
  .object({
    sender: address('sender'),
    nonce: quantity('nonce', maxUint256, 'uint256'),
    /** Only when the operation also creates the account. */
    factory: address('factory').nullish(),
    factoryData: bytes('factoryData').nullish(),
    callData: bytes('callData'),
    callGasLimit: quantity('callGasLimit', maxUint128, 'uint128'),
    verificationGasLimit: quantity('verificationGasLimit', maxUint128, 'uint128'),
    preVerificationGas: quantity('preVerificationGas', maxUint256, 'uint256'),
    maxFeePerGas: quantity('maxFeePerGas', maxUint128, 'uint128'),
    maxPriorityFeePerGas: quantity('maxPriorityFeePerGas', maxUint128, 'uint128'),
    paymasterVerificationGasLimit: quantity('paymasterVerificationGasLimit', maxUint128, 'uint128'),
    paymasterPostOpGasLimit: quantity('paymasterPostOpGasLimit', maxUint128, 'uint128'),
  })
  .refine((operation) => !(operation.factoryData && operation.factoryData !== '0x' && !operation.factory), {
    message: 'factoryData is given without a factory: send both (to create the account) or neither',
    path: ['factoryData'],
  })
  .openapi('UserOperationRequest', { description: 'An ERC-4337 v0.8 user operation without its paymaster fields and signature.' });

export type UserOperationRequest = z.output<typeof userOperationRequestSchema>;

/** The user operation as it will be sent, with the paymaster's fields filled in. */
export interface SponsoredUserOperation extends UserOperationRequest {
  readonly paymaster: Address;
  readonly paymasterData: Hex;
}

/**
 * The most the EntryPoint can take from the paymaster's deposit for this operation: every gas limit at
 * the highest fee the operation allows (what OpenZeppelin's Paymaster calls `requiredPreFund`).
 */
export function maxCostOf(operation: UserOperationRequest): bigint {
  const gas =
    operation.callGasLimit +
    operation.verificationGasLimit +
    operation.preVerificationGas +
    operation.paymasterVerificationGasLimit +
    operation.paymasterPostOpGasLimit;
  return gas * operation.maxFeePerGas;
}
