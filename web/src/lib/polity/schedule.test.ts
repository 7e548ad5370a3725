import type { PolityActivity } from '@polity/sdk';
import { describe, expect, it } from 'vitest';
import { roundSchedule } from './schedule';

const phaseChanged = (roundId: bigint, phase: number, at: number) => ({ eventName: 'RoundPhaseChanged', args: { roundId, phase, at, snapshot: 0 } }) as unknown as PolityActivity;
const timeline = { reviewStart: 1_000, votingStart: 2_000, votingEnd: 3_000 };

describe('roundSchedule', () => {
  it('is the configured timeline when phases came on time', () => {
    expect(roundSchedule(timeline, [phaseChanged(1n, 1, 1_000), phaseChanged(1n, 2, 2_000)], 1n)).toEqual(timeline);
  });

  it('shows when the council started review and voting early, and keeps the end of voting', () => {
    expect(roundSchedule(timeline, [phaseChanged(1n, 1, 400)], 1n)).toEqual({ reviewStart: 400, votingStart: 2_000, votingEnd: 3_000 });
    expect(roundSchedule(timeline, [phaseChanged(1n, 1, 400), phaseChanged(1n, 2, 500)], 1n)).toEqual({ reviewStart: 400, votingStart: 500, votingEnd: 3_000 });
  });

  it('ignores other rounds', () => {
    expect(roundSchedule(timeline, [phaseChanged(2n, 1, 400)], 1n)).toEqual(timeline);
  });
});
