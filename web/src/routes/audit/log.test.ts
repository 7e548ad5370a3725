import { describe, expect, it } from 'vitest';
import { toCsv, type LogRow } from './log';

describe('toCsv', () => {
  it('quotes fields with commas, quotes and newlines', () => {
    const rows: LogRow[] = [{ block: 12n, logIndex: 0, component: 'governor', event: 'VoteCast', details: 'reason=yes, "really"', transaction: '0xab' }];
    expect(toCsv(rows)).toBe('block,log_index,component,event,details,transaction\n12,0,governor,VoteCast,"reason=yes, ""really""",0xab\n');
  });
});
