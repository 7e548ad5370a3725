import type { Address, Hex } from 'viem';
import { readContract } from 'viem/actions';
import { requireAddress, requireInteger, maxUint, type PolityClient } from '../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError } from '../chain/errors/base.js';
import { decodePolityError } from '../chain/errors/decode.js';
import { polityAccountFactoryAbi } from '../contracts/generated.js';
import { passkeyCoordinates } from './passkeyPublicKey.js';

export interface PredictPolityAccountAddressParameters {
  /** The chain's `PolityAccountFactory` (deployPasskeySupport's `accountFactory`). */
  readonly factory: Address;
  /** The passkey's public key (a credential's or a `WebAuthnAccount`'s `publicKey`). */
  readonly publicKey: Hex;
  /** Which of the passkey's accounts (default 0, the first). */
  readonly index?: bigint;
}

export type PredictPolityAccountAddressReturnType = Address;

export type PredictPolityAccountAddressErrorType = PolityInvalidInputError | PolityRpcUnavailableError;

/**
 * The address of a passkey's account, whether or not it exists yet: what the identity office admits
 * before the resident's first action deploys it (docs/passkey-accounts.md, "A resident's path").
 */
export async function predictPolityAccountAddress(
  client: PolityClient,
  parameters: PredictPolityAccountAddressParameters,
): Promise<PredictPolityAccountAddressReturnType> {
  try {
    const factory = requireAddress(parameters.factory, 'factory');
    const { x, y } = passkeyCoordinates(parameters.publicKey);
    const index = requireInteger(parameters.index ?? 0n, 'index', { max: maxUint(256) });
    return await readContract(client, { address: factory, abi: polityAccountFactoryAbi, functionName: 'predictAddress', args: [x, y, index] });
  } catch (error) {
    throw decodePolityError(error, client);
  }
}
