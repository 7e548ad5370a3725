import { describe, expect, it } from 'vitest';
import { PolityBallotError, PolityInvalidInputError, PolityServerError, PolityServerUnreachableError } from '@polity/sdk';
import { describeFailure } from './failures';

describe("describeFailure: the city server's answers", () => {
  it("keeps the server's code, so the resident is told in their language what to do", () => {
    const refusal = new PolityServerError({ status: 403, code: 'not_allowed', message: '0xabc may not publish on this server', url: 'http://127.0.0.1:8788/content' });
    expect(describeFailure(refusal)).toMatchObject({ kind: 'server-refused', reason: '0xabc may not publish on this server', errorName: 'not_allowed' });
  });

  it('tells an unreachable server apart from a refusal', () => {
    const down = new PolityServerUnreachableError({ url: 'http://127.0.0.1:9/content', cause: new TypeError('fetch failed') });
    expect(describeFailure(down)).toMatchObject({ kind: 'server-down', errorName: undefined });
  });
});

describe('describeFailure: what the translated sentence needs', () => {
  it("keeps a contract refusal's arguments and the SDK error's classes, nearest first", () => {
    const refusal = new PolityBallotError({ errorName: 'BallotOverBudget', args: [3n, 120_000n, 100_000n], message: "ballot spends 120,000 but the round's budget is 100,000" });
    expect(describeFailure(refusal)).toMatchObject({ kind: 'refused', errorName: 'BallotOverBudget', args: [3n, 120_000n, 100_000n], errorClasses: ['PolityBallotError', 'PolityContractError', 'PolityError'] });
    const input = new PolityInvalidInputError('cost', 'must be above zero');
    expect(describeFailure(input)).toMatchObject({ kind: 'invalid', errorClasses: ['PolityInvalidInputError', 'PolityError'] });
    expect(describeFailure(new Error('boom')).errorClasses).toBeUndefined();
  });
});
