import type { Hash, Hex } from 'viem';
import { PolityError } from '../chain/errors/base.js';
import { PolityServerError } from '../server/errors.js';

/**
 * The resident dismissed the passkey prompt, or let it time out (the browser's `NotAllowedError`).
 * Nothing was signed or sent: offer to try again with the same calls.
 */
export class PasskeyCancelledError extends PolityError {
  override name = 'PasskeyCancelledError';

  constructor({ cause }: { cause: unknown }) {
    super('the passkey prompt was cancelled or timed out, so nothing was signed or sent: ask the resident to try again and confirm with their fingerprint, face or PIN', { cause });
  }
}

/** The bundler did not answer. Nothing was sent: retry later, or point the app at another bundler. */
export class BundlerUnreachableError extends PolityError {
  override name = 'BundlerUnreachableError';
  readonly url: string | undefined;

  constructor({ url, cause }: { url: string | undefined; cause: unknown }) {
    super(
      `the bundler at ${url ?? '(the bundler client transport)'} did not answer, so nothing was sent: check the bundler URL and that it is running, then send the same calls again`,
      { cause },
    );
    this.url = url;
  }
}

/**
 * The account refused the passkey's signature (the EntryPoint's `AA24`): the passkey is not this
 * account's key (another device's passkey, or the account of another index). Nothing was executed.
 */
export class PasskeyNotAccountKeyError extends PolityError {
  override name = 'PasskeyNotAccountKeyError';
  readonly account: string | undefined;

  constructor({ account, cause }: { account: string | undefined; cause: unknown }) {
    super(
      `the account ${account ?? ''} refused the passkey's signature, so nothing was done: this passkey is not the account's key; sign in with the passkey that created the account (on the device that holds it)`,
      { cause },
    );
    this.account = account;
  }
}

/** The codes the city's server (packages/server/src/sponsorship) refuses with. */
export type SponsorshipRefusalCode =
  | 'not_a_resident'
  | 'undecodable_call'
  | 'unsupported_execution'
  | 'foreign_contract'
  | 'call_with_value'
  | 'call_without_function'
  | 'factory_not_allowed'
  | 'action_too_expensive'
  | 'daily_quota_exhausted'
  /** The resident already holds the server's limit of approvals not yet used on chain (429; default 3). */
  | 'too_many_pending_approvals'
  | 'budget_exhausted'
  | 'sponsorship_unavailable'
  | 'chain_unavailable';

/**
 * The city will not pay for this operation: its server refused to approve it (`code` says why, and
 * the server's message says what the resident can do), or the paymaster contract refused it on chain
 * (`source: 'paymaster'`, with the contract's error). Nothing was signed or sent, so the same calls
 * can be sent again once the reason is gone (tomorrow's quota, the next budget period, an admission).
 */
export class SponsorshipRefusedError extends PolityServerError {
  override name = 'SponsorshipRefusedError';
  declare readonly code: SponsorshipRefusalCode | (string & {});
  /** Who refused: the city's server, or the paymaster contract on chain (its `errorName`). */
  readonly source: 'server' | 'paymaster';
  /** The paymaster's custom error, when it refused on chain (`PolityPaymasterNotResident`, ...). */
  readonly errorName: string | undefined;

  constructor(parameters: { status: number; code: string; message: string; url: string; source?: 'server' | 'paymaster'; errorName?: string; cause?: unknown }) {
    super(parameters);
    this.source = parameters.source ?? 'server';
    this.errorName = parameters.errorName;
    if (parameters.cause !== undefined) this.cause = parameters.cause;
  }
}

/**
 * The operation was included on chain, but its calls reverted: the city paid for the attempt and
 * nothing changed. `reason` is the Polity contract's refusal when it could be decoded (already voted,
 * the round closed, ...); `revertData` the raw data otherwise.
 */
export class UserOperationFailedError extends PolityError {
  override name = 'UserOperationFailedError';
  readonly userOperationHash: Hash;
  readonly transactionHash: Hash;
  readonly reason: PolityError | undefined;
  readonly revertData: Hex | undefined;

  constructor({ userOperationHash, transactionHash, reason, revertData }: { userOperationHash: Hash; transactionHash: Hash; reason?: PolityError; revertData?: Hex }) {
    super(
      `the operation ${userOperationHash} was included in transaction ${transactionHash} but its calls reverted${
        reason ? `: ${reason.shortMessage}` : revertData && revertData !== '0x' ? ` with ${revertData}` : ''
      }; nothing changed: read the state again before retrying`,
      { cause: reason },
    );
    this.userOperationHash = userOperationHash;
    this.transactionHash = transactionHash;
    this.reason = reason;
    this.revertData = revertData;
  }
}
