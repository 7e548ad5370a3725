/**
 * The passkey path's errors, named as the SDK's account module names them (PasskeyCancelledError,
 * SponsorshipRefusedError, BundlerUnreachableError, UserOperationFailedError), so that `failures.ts`
 * tells them apart by name whichever of the two threw.
 */

/** The resident closed the fingerprint, face or PIN prompt (or it timed out): nothing was signed. */
export class PasskeyCancelledError extends Error {
  override name = 'PasskeyCancelledError';
  constructor(cause: unknown) {
    super('the passkey prompt was closed: nothing was signed or sent', { cause });
  }
}

/** The city's server would not approve paying for the operation (its code says why: `budget_exhausted`, …). */
export class SponsorshipRefusedError extends Error {
  override name = 'SponsorshipRefusedError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

export class BundlerUnreachableError extends Error {
  override name = 'BundlerUnreachableError';
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`the bundler at ${url} did not answer: check bundlerUrl in config.json and that the bundler runs`, { cause });
  }
}

/** The operation was included but its calls reverted: the chain is as before, the city paid the attempt. */
export class UserOperationFailedError extends Error {
  override name = 'UserOperationFailedError';
  constructor(
    readonly userOperationHash: string,
    readonly reason: string | undefined,
  ) {
    super(`the action was included but did not go through${reason ? `: ${reason}` : ''}`);
  }
}
