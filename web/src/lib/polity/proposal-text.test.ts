import { describeOnTopic } from '@polity/sdk';
import { describe, expect, it } from 'vitest';
import { readableDescription } from './proposal-text';

describe('readableDescription', () => {
  it('strips the topic marker the SDK adds, and says which topic it named', () => {
    const onChain = describeOnTopic('# Night bus\n\nEvery 30 minutes.', 3);
    expect(onChain).toContain('#topic=3');
    expect(readableDescription(onChain)).toEqual({ text: '# Night bus\n\nEvery 30 minutes.', topic: 3 });
  });

  it('strips a proposer suffix after the marker too', () => {
    const onChain = describeOnTopic(`# Trees\n\nMore trees.#proposer=0x${'ab'.repeat(20)}`, 2);
    expect(readableDescription(onChain)).toEqual({ text: '# Trees\n\nMore trees.', topic: 2 });
  });

  it('leaves a description without markers, and a marker inside the text, alone', () => {
    expect(readableDescription('# General\n\nNothing special.')).toEqual({ text: '# General\n\nNothing special.', topic: 0 });
    expect(readableDescription('See #topic=2 above.\n\nEnd.')).toEqual({ text: 'See #topic=2 above.\n\nEnd.', topic: 0 });
  });
});
