import type { Hash, Hex } from 'viem';
import type { BundlerClient, SmartAccount, UserOperationReceipt } from 'viem/account-abstraction';
import { sendUserOperation, waitForUserOperationReceipt } from 'viem/account-abstraction';
import { PolityError, PolityInvalidInputError, type PolityRpcUnavailableError } from '../chain/errors/base.js';
import type { PolityContractError } from '../chain/errors/contract.js';
import { decodePolityError } from '../chain/errors/decode.js';
import type { PolityServerError, PolityServerUnreachableError } from '../server/errors.js';
import { decodeBundlerError } from './bundlerErrors.js';
import { UserOperationFailedError, type BundlerUnreachableError, type PasskeyCancelledError, type SponsorshipRefusedError } from './errors.js';
import type { PolityCall } from './polityCall.js';

export interface SendPolityCallsParameters {
  /** A viem bundler client, usually with `paymaster: polityPaymaster({ serverUrl })` and `client` (the chain). */
  readonly bundlerClient: BundlerClient;
  /** The resident's account ({@link toPolityAccount}). */
  readonly account: SmartAccount;
  /** What to do, in order, all or nothing: the `*Calls` builders' results, concatenated. */
  readonly calls: readonly PolityCall[];
  /** Called with the user operation's hash once the bundler accepted it, before it is included. */
  readonly onSent?: (userOperationHash: Hash) => void;
}

export interface SendPolityCallsReturnType {
  readonly userOperationHash: Hash;
  /** The bundle transaction that carried the operation. */
  readonly transactionHash: Hash;
  readonly receipt: UserOperationReceipt;
}

export type SendPolityCallsErrorType =
  | PolityInvalidInputError
  | PasskeyCancelledError
  | SponsorshipRefusedError
  | BundlerUnreachableError
  | UserOperationFailedError
  | PolityContractError
  | PolityServerError
  | PolityServerUnreachableError
  | PolityRpcUnavailableError;

/**
 * Sends a resident's calls as one user operation (one passkey prompt, paid by the city when the bundler
 * client has the city's paymaster) and waits until it is included. Every failure before inclusion
 * leaves nothing sent, so the same calls can be sent again; a failure after is a
 * {@link UserOperationFailedError} with the contract's decoded refusal.
 */
export async function sendPolityCalls(parameters: SendPolityCallsParameters): Promise<SendPolityCallsReturnType> {
  const { bundlerClient, account, calls } = parameters;
  if (calls.length === 0) throw new PolityInvalidInputError('calls', 'is empty: pass the calls of at least one action (a *Calls builder\'s result)');
  let userOperationHash: Hash;
  try {
    userOperationHash = await sendUserOperation(bundlerClient, { account, calls: calls.map(({ to, data }) => ({ to, data })) });
  } catch (error) {
    throw decodeBundlerError(error, bundlerClient, account.address);
  }
  parameters.onSent?.(userOperationHash);
  let receipt: UserOperationReceipt;
  try {
    receipt = await waitForUserOperationReceipt(bundlerClient, { hash: userOperationHash });
  } catch (error) {
    throw decodeBundlerError(error, bundlerClient, account.address);
  }
  return outcomeOf(receipt);
}

/**
 * What an included operation came to: its hashes, or, when its calls reverted (the EntryPoint still
 * charged for it), a {@link UserOperationFailedError} with the Polity contract's decoded refusal.
 */
export function outcomeOf(receipt: UserOperationReceipt): SendPolityCallsReturnType {
  const transactionHash = receipt.receipt.transactionHash;
  if (!receipt.success) {
    const revertData = receipt.reason as Hex | undefined;
    const reason = revertData ? decodePolityError({ data: revertData }) : undefined;
    throw new UserOperationFailedError({ userOperationHash: receipt.userOpHash, transactionHash, reason: reason instanceof PolityError ? reason : undefined, revertData });
  }
  return { userOperationHash: receipt.userOpHash, transactionHash, receipt };
}
