import { BaseError, UserRejectedRequestError } from 'viem';
import {
  PolityAccessError,
  PolityContractError,
  PolityError,
  PolityInvalidInputError,
  PolityRpcUnavailableError,
  PolityServerError,
  PolityServerUnreachableError,
  PolityWrongNetworkError,
} from '@polity/sdk';

/**
 * What went wrong with a transaction, sorted into the cases people need told apart: they refused
 * to sign, the wallet is on another network, the account lacks the right, the node is down, or a
 * contract rule refused it (with the SDK's decoded reason); or, before any transaction, the city's
 * server did not take a text or photo to publish (`server-refused`, with its code) or did not answer.
 */
export type FailureKind =
  | 'no-account'
  | 'rejected'
  | 'wrong-network'
  | 'no-rights'
  | 'rpc-down'
  | 'refused'
  | 'invalid'
  | 'server-refused'
  | 'server-down'
  | 'unknown'
  // An action sent with a passkey (web/src/lib/passkey/failures.ts sorts these).
  | PasskeyFailureKind;

export type PasskeyFailureKind =
  | 'passkey-cancelled'
  | 'not-admitted'
  | 'budget-used-up'
  | 'quota-used-up'
  | 'too-many-pending'
  | 'sponsorship-refused'
  | 'sponsorship-off'
  | 'bundler-down'
  | 'action-failed';

export interface Failure {
  readonly kind: FailureKind;
  /** The SDK's sentence: what happened and what to do (English; the app's own text frames it). */
  readonly reason: string;
  /** The contract's custom error, when there was one (e.g. `BallotOverBudget`); the server's code for `server-refused`. */
  readonly errorName: string | undefined;
  /** The custom error's arguments (amounts, dates), to say the refusal in the reader's language. */
  readonly args?: readonly unknown[];
  /** The SDK error's class and its ancestors, nearest first (`PolityBallotError`, `PolityContractError`, `PolityError`). */
  readonly errorClasses?: readonly string[];
}

/** Refusals that mean "this account may not do that", whichever component raised them. */
const rightsErrors = new Set(['BudgetRoundNotRoundManager', 'AccessControlUnauthorizedAccount', 'OwnableUnauthorizedAccount', 'GovernorOnlyExecutor', 'GovernorInsufficientProposerVotes']);

export function describeFailure(error: unknown): Failure {
  const failure = sortFailure(error);
  if (!(error instanceof PolityError)) return failure;
  return { ...failure, errorClasses: classChain(error), ...(error instanceof PolityContractError ? { args: error.args } : {}) };
}

/**
 * The SDK error's class name, then the broader classes it belongs to, for the nearest translated
 * sentence. Every SDK error sets `name` to its class (so it survives minification); the broader classes
 * are found by `instanceof`, since constructor names do not survive a production build.
 */
function classChain(error: PolityError): string[] {
  const broader = [error instanceof PolityContractError ? 'PolityContractError' : undefined, error instanceof PolityInvalidInputError ? 'PolityInvalidInputError' : undefined, 'PolityError'];
  return [error.name, ...broader.filter((name): name is string => name !== undefined && name !== error.name)];
}

function sortFailure(error: unknown): Failure {
  if (error instanceof Error && error.name === 'NoAccountError') return { kind: 'no-account', reason: error.message, errorName: undefined };
  if (error instanceof BaseError && error.walk((cause) => cause instanceof UserRejectedRequestError)) {
    return { kind: 'rejected', reason: error.shortMessage, errorName: undefined };
  }
  if (isRejection(error)) return { kind: 'rejected', reason: String((error as Error).message), errorName: undefined };
  if (error instanceof PolityWrongNetworkError) return { kind: 'wrong-network', reason: error.shortMessage, errorName: undefined };
  if (error instanceof PolityAccessError || (error instanceof PolityContractError && rightsErrors.has(error.errorName))) {
    return { kind: 'no-rights', reason: error.shortMessage, errorName: error.errorName };
  }
  if (error instanceof PolityServerError) return { kind: 'server-refused', reason: error.serverMessage, errorName: error.code };
  if (error instanceof PolityServerUnreachableError) return { kind: 'server-down', reason: error.shortMessage, errorName: undefined };
  if (error instanceof PolityRpcUnavailableError) return { kind: 'rpc-down', reason: error.shortMessage, errorName: undefined };
  if (error instanceof PolityContractError) return { kind: 'refused', reason: error.shortMessage, errorName: error.errorName };
  if (error instanceof PolityInvalidInputError) return { kind: 'invalid', reason: error.shortMessage, errorName: undefined };
  if (error instanceof PolityError) return { kind: 'refused', reason: error.shortMessage, errorName: undefined };
  if (error instanceof BaseError) return { kind: 'unknown', reason: error.shortMessage, errorName: undefined };
  return { kind: 'unknown', reason: error instanceof Error ? error.message : String(error), errorName: undefined };
}

/** EIP-1193's "user rejected the request" (code 4001), as some wallets throw it without viem's wrapper. */
function isRejection(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 4001;
}
