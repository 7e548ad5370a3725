import { describe, expect, test } from 'vitest';
import { describeOnTopic, topicOfDescription } from './draft.js';

const proposer = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8';

describe('the topic a description names (read the same way by the Governor)', () => {
  test.each([
    ['Night buses', 0],
    ['Night buses\n\n#topic=1', 1],
    ['#topic=2', 2],
    [`Night buses #topic=1#proposer=${proposer}`, 1],
    ['#topic=1 is not at the end', 0],
    ['No digits #topic=', 0],
    ['Too many digits #topic=1000', 0],
    ['Out of range #topic=999', 255],
  ] as const)('%j names topic %i', (description, topic) => {
    expect(topicOfDescription(description)).toBe(topic);
  });

  test('describeOnTopic adds the marker once, before a #proposer= suffix', () => {
    expect(describeOnTopic('Night buses', 1)).toBe('Night buses\n\n#topic=1');
    expect(describeOnTopic('Night buses\n\n#topic=1', 1)).toBe('Night buses\n\n#topic=1');
    expect(describeOnTopic('Night buses', 0)).toBe('Night buses');
    expect(describeOnTopic(`Night buses#proposer=${proposer}`, 2)).toBe(`Night buses\n\n#topic=2#proposer=${proposer}`);
    expect(topicOfDescription(describeOnTopic('Night buses #topic=1', 2))).toBe(2);
  });
});
