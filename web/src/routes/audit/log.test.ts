import { describe, expect, it } from 'vitest';
import type { PolityActivity } from '@polity/sdk';
import { logRows, toCsv, type LogRow } from './log';

describe('toCsv', () => {
  it('quotes fields with commas, quotes and newlines', () => {
    const rows: LogRow[] = [{ block: 12n, logIndex: 0, component: 'governor', event: 'VoteCast', details: 'reason=yes, "really"', transaction: '0xab', entry: {} as LogRow['entry'] }];
    expect(toCsv(rows)).toBe('block,log_index,component,event,details,transaction\n12,0,governor,VoteCast,"reason=yes, ""really""",0xab\n');
  });
});

describe('logRows', () => {
  const base = { blockNumber: 7n, logIndex: 1, contract: 'escrow', transactionHash: '0xcd' };
  it('tells what a milestone payment was for: the evidence published with it', () => {
    const released = { ...base, eventName: 'MilestoneReleased', args: { roundId: 4n, projectId: 1, index: 0n, recipient: '0x00000000000000000000000000000000000000aa', amount: 10_000n, evidenceHash: `0x${'e'.repeat(64)}` } } as unknown as PolityActivity;
    const scheduled = { ...base, eventName: 'MilestoneScheduled', args: { roundId: 4n, projectId: 1, index: 0n, amount: 10_000n, descriptionHash: `0x${'d'.repeat(64)}` } } as unknown as PolityActivity;
    const [, row] = logRows([scheduled, released], () => 'Piotr');
    expect(row?.milestone).toEqual({ kind: 'released', roundId: 4n, projectId: 1, index: 0, amount: 10_000n, textHash: `0x${'e'.repeat(64)}`, descriptionHash: `0x${'d'.repeat(64)}`, recipient: '0x00000000000000000000000000000000000000aa' });
    expect(row?.details).toContain('recipient=Piotr (0x00000000000000000000000000000000000000aa)');
  });

  it('tells what a scheduled milestone will pay for, and leaves other events as they are', () => {
    const scheduled = { ...base, eventName: 'MilestoneScheduled', args: { roundId: 4n, projectId: 1, index: 1n, amount: 15_000n, descriptionHash: `0x${'d'.repeat(64)}` } } as unknown as PolityActivity;
    const other = { ...base, eventName: 'ProjectAccepted', args: { roundId: 4n, projectId: 1, reviewer: '0x00000000000000000000000000000000000000bb' } } as unknown as PolityActivity;
    const [first, second] = logRows([scheduled, other], () => undefined);
    expect(first?.milestone).toEqual({ kind: 'scheduled', roundId: 4n, projectId: 1, index: 1, amount: 15_000n, textHash: `0x${'d'.repeat(64)}`, descriptionHash: `0x${'d'.repeat(64)}`, recipient: undefined });
    expect(second?.milestone).toBeUndefined();
  });
});
