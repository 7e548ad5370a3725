import { describe, expect, it } from 'vitest';
import { PolityServerError, PolityServerUnreachableError } from '@polity/sdk';
import { describeFailure } from './failures';

describe("describeFailure: the city server's answers", () => {
  it("keeps the server's code, so the resident is told in their language what to do", () => {
    const refusal = new PolityServerError({ status: 403, code: 'not_allowed', message: '0xabc may not publish on this server', url: 'http://127.0.0.1:8788/content' });
    expect(describeFailure(refusal)).toEqual({ kind: 'server-refused', reason: '0xabc may not publish on this server', errorName: 'not_allowed' });
  });

  it('tells an unreachable server apart from a refusal', () => {
    const down = new PolityServerUnreachableError({ url: 'http://127.0.0.1:9/content', cause: new TypeError('fetch failed') });
    expect(describeFailure(down)).toMatchObject({ kind: 'server-down', errorName: undefined });
  });
});
