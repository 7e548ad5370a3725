/**
 * What went wrong with an action sent through a passkey, in the cases a resident can act on: they
 * cancelled the prompt (nothing happened), they are not admitted yet, the city would not pay (its
 * period's budget or their daily share used up, too many actions still on their way, or sponsorship off), the bundler did not answer, or the
 * action itself failed on the chain. The SDK's errors are recognised by their class names, walking the
 * causes, so that a wrapped error is still told apart.
 */
import type { Failure } from '$lib/chain/failures';

/** The resident's account is not (or no longer) in the registry: the identity office admits it. */
export class NotAdmittedError extends Error {
  override name = 'NotAdmittedError';
  constructor() {
    super('your account is not admitted yet: show your code to the identity office');
  }
}

function* causes(error: unknown): Generator<Error> {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth += 1) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

/** The server's refusal code (`budget_exhausted`, `daily_quota_exhausted`, `not_a_resident`, …) when one travels with the error. */
function refusalCode(error: Error): string | undefined {
  const candidate = error as { code?: unknown; errorCode?: unknown };
  for (const value of [candidate.code, candidate.errorCode]) if (typeof value === 'string') return value;
  return /budget_exhausted|daily_quota_exhausted|too_many_pending_approvals|not_a_resident|sponsorship_unavailable/.exec(error.message)?.[0];
}

export function describePasskeyFailure(error: unknown): Failure | undefined {
  for (const cause of causes(error)) {
    const failure = (kind: Failure['kind'], errorName?: string): Failure => ({ kind, reason: cause.message, errorName });
    switch (cause.name) {
      case 'NotAdmittedError':
        return failure('not-admitted');
      case 'PasskeyCancelledError':
      case 'NotAllowedError':
      case 'AbortError':
        return failure('passkey-cancelled');
      case 'SponsorshipRefusedError': {
        const code = refusalCode(cause);
        if (code === 'budget_exhausted') return failure('budget-used-up', code);
        if (code === 'daily_quota_exhausted') return failure('quota-used-up', code);
        // Three approved actions not yet on the chain (the server's cap): they land or lapse in minutes.
        if (code === 'too_many_pending_approvals') return failure('too-many-pending', code);
        if (code === 'not_a_resident') return failure('not-admitted', code);
        if (code === 'sponsorship_unavailable') return failure('sponsorship-off', code);
        return failure('sponsorship-refused', code);
      }
      case 'BundlerUnreachableError':
        return failure('bundler-down');
      case 'UserOperationFailedError': {
        // The contract's own refusal, decoded by the SDK; never the operation's hashes.
        const reason = (cause as Error & { reason?: { shortMessage?: string; errorName?: string } }).reason;
        return { kind: 'action-failed', reason: reason?.shortMessage ?? '', errorName: reason?.errorName };
      }
    }
  }
  return undefined;
}
