import { describe, expect, test } from 'vitest';
import { encodeErrorResult, type Hash } from 'viem';
import type { UserOperationReceipt } from 'viem/account-abstraction';
import { UserOperationFailedError } from '../src/account/errors.js';
import { outcomeOf } from '../src/account/sendPolityCalls.js';
import { PolityRoundPhaseError } from '../src/chain/errors/contract.js';
import { budgetRoundsAbi } from '../src/contracts/generated.js';

const userOpHash = `0x${'aa'.repeat(32)}` as Hash;
const transactionHash = `0x${'bb'.repeat(32)}` as Hash;
const receiptOf = (success: boolean, reason?: string) =>
  ({ userOpHash, success, reason, receipt: { transactionHash } }) as unknown as UserOperationReceipt;

describe('an included operation', () => {
  test('that succeeded gives its hashes', () => {
    expect(outcomeOf(receiptOf(true))).toMatchObject({ userOperationHash: userOpHash, transactionHash });
  });

  test("whose calls reverted is UserOperationFailedError with the contract's decoded refusal", () => {
    const revertData = encodeErrorResult({ abi: budgetRoundsAbi, errorName: 'BudgetRoundWrongPhase', args: [1n, 3, 2] });
    let failure: unknown;
    try {
      outcomeOf(receiptOf(false, revertData));
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(UserOperationFailedError);
    const { reason, revertData: kept, message } = failure as UserOperationFailedError;
    expect(reason).toBeInstanceOf(PolityRoundPhaseError);
    expect(kept).toBe(revertData);
    expect(message).toContain(transactionHash);
    expect(message).toContain(reason!.shortMessage);
  });

  test('whose calls reverted without data still says so', () => {
    expect(() => outcomeOf(receiptOf(false, '0x'))).toThrow(/its calls reverted; nothing changed/);
  });
});
