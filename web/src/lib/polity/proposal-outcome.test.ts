import { describe, expect, it } from 'vitest';
import { proposalVerdict } from './proposal-outcome';

describe('proposalVerdict', () => {
  it('agrees with the Governor on every small tally (differential against its two rules)', () => {
    for (let quorum = 0n; quorum <= 6n; quorum++) {
      for (let yes = 0n; yes <= 5n; yes++) {
        for (let no = 0n; no <= 5n; no++) {
          for (let abstain = 0n; abstain <= 3n; abstain++) {
            // The contract: quorum(snapshot) <= for + abstain, and for > against.
            const succeeded = quorum <= yes + abstain && yes > no;
            const verdict = proposalVerdict(succeeded ? 'succeeded' : 'defeated', { for: yes, against: no, abstain }, quorum);
            expect(verdict.kind === 'passed', `${yes}/${no}/${abstain} of ${quorum}`).toBe(succeeded);
            if (verdict.kind === 'no-quorum') expect(verdict.counted + verdict.short).toBe(quorum);
            if (verdict.kind === 'passed') expect(verdict.counted - verdict.aboveQuorum).toBe(quorum);
            if (verdict.kind === 'no-majority') expect(verdict.for <= verdict.against).toBe(true);
          }
        }
      }
    }
  });

  it('says nothing while voting is open, and tells cancelled and expired apart', () => {
    expect(proposalVerdict('active', { for: 9n, against: 0n, abstain: 0n }, 1n)).toEqual({ kind: 'open' });
    expect(proposalVerdict('pending', { for: 0n, against: 0n, abstain: 0n }, 1n)).toEqual({ kind: 'open' });
    expect(proposalVerdict('canceled', { for: 9n, against: 0n, abstain: 0n }, 1n)).toEqual({ kind: 'cancelled' });
    expect(proposalVerdict('expired', { for: 3n, against: 1n, abstain: 1n }, 2n)).toEqual({ kind: 'passed', counted: 4n, quorum: 2n, aboveQuorum: 2n, margin: 2n, expired: true });
    expect(proposalVerdict('defeated', { for: 1n, against: 0n, abstain: 0n }, 3n)).toEqual({ kind: 'no-quorum', counted: 1n, quorum: 3n, short: 2n, majority: true });
  });
});
