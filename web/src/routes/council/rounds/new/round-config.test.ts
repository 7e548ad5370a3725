import { describe, expect, it } from 'vitest';
import { roundConfig, type RoundForm } from './round-config';

const form: RoundForm = {
  title: 'Parks', body: '', district: 0, budget: 100_000, categories: 'Parks, Streets',
  kind: 'approval', minProjects: 1, maxProjects: 2, minSpendPercent: 0, points: 10, maxPointsPerProject: 5,
  rule: 'greedy', completion: 'add1', challengeDays: 2, bond: 1, minSupport: 0, ballots: 'public', delegation: true, topic: 1, maxSubmissions: 3,
  reviewInDays: 7, votingInDays: 14, votingDays: 14,
};
const context = { token: '0x0000000000000000000000000000000000000001', descriptionHash: `0x${'00'.repeat(32)}`, now: 1_000, day: 86_400 } as const;

describe('roundConfig: public or secret ballots', () => {
  it('a city-wide public round carries the delegated votes of its topic', () => {
    const { config, ballots } = roundConfig(form, context);
    expect(ballots).toBe('public');
    expect([config.delegation, config.topic]).toEqual([true, 1]);
  });

  it('a secret round never carries delegation, whatever the hidden checkbox held (the SDK and the chain refuse it)', () => {
    const { config, ballots, categories } = roundConfig({ ...form, ballots: 'secret' }, context);
    expect(ballots).toBe('secret');
    expect([config.delegation, config.topic]).toEqual([false, 0]);
    expect(categories).toEqual(['Parks', 'Streets']);
  });

  it('a district round carries no delegation either', () => {
    expect(roundConfig({ ...form, district: 2 }, context).config.delegation).toBe(false);
  });
});
