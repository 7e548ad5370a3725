import { describe, expect, it } from 'vitest';
import { BaseError } from 'viem';
import { BundlerUnreachableError, PasskeyCancelledError, SponsorshipRefusedError, UserOperationFailedError } from '@polity/sdk';
import { describePasskeyFailure, NotAdmittedError } from './failures';

const refusal = (code: string, status = 403) => new SponsorshipRefusedError({ status, code, message: 'refused', url: 'http://localhost/sponsorship/approve' });

describe('describePasskeyFailure', () => {
  it("sorts the SDK's errors into what a resident can act on, however deeply wrapped", () => {
    const cancelled = new PasskeyCancelledError({ cause: new DOMException('no', 'NotAllowedError') });
    expect(describePasskeyFailure(cancelled)?.kind).toBe('passkey-cancelled');
    expect(describePasskeyFailure(new BaseError('sending failed', { cause: cancelled }))?.kind).toBe('passkey-cancelled');
    expect(describePasskeyFailure(new DOMException('closed', 'NotAllowedError'))?.kind).toBe('passkey-cancelled');
    expect(describePasskeyFailure(new NotAdmittedError())?.kind).toBe('not-admitted');
    expect(describePasskeyFailure(new BundlerUnreachableError({ url: 'http://localhost:4337', cause: undefined }))?.kind).toBe('bundler-down');
  });

  it("tells the city's refusals apart by the server's code", () => {
    expect(describePasskeyFailure(refusal('budget_exhausted', 429))).toMatchObject({ kind: 'budget-used-up', errorName: 'budget_exhausted' });
    expect(describePasskeyFailure(refusal('daily_quota_exhausted', 429))?.kind).toBe('quota-used-up');
    expect(describePasskeyFailure(refusal('too_many_pending_approvals', 429))).toMatchObject({ kind: 'too-many-pending', errorName: 'too_many_pending_approvals' });
    expect(describePasskeyFailure(refusal('not_a_resident'))?.kind).toBe('not-admitted');
    expect(describePasskeyFailure(refusal('sponsorship_unavailable', 503))?.kind).toBe('sponsorship-off');
    expect(describePasskeyFailure(refusal('foreign_contract'))?.kind).toBe('sponsorship-refused');
  });

  it('shows a failed action by its contract reason, never by its hashes', () => {
    const failed = new UserOperationFailedError({ userOperationHash: `0x${'1'.repeat(64)}`, transactionHash: `0x${'2'.repeat(64)}` });
    const failure = describePasskeyFailure(failed);
    expect(failure?.kind).toBe('action-failed');
    expect(failure?.reason).not.toMatch(/0x/);
  });

  it('leaves other errors to the general description', () => {
    expect(describePasskeyFailure(new Error('something else'))).toBeUndefined();
  });
});
