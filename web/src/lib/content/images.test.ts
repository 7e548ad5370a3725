import { describe, expect, it } from 'vitest';
import { contentImageHash, photoHashes, photoMarkdown } from './images';

const hash = (digit: string) => `0x${digit.repeat(64)}` as const;

describe('contentImageHash', () => {
  it('reads the hash from a content-service address, relative or on any origin', () => {
    expect(contentImageHash(`/content/${hash('a')}`)).toBe(hash('a'));
    expect(contentImageHash(`https://polity.wesola.pl/content/${hash('B')}`)).toBe(hash('b'));
  });

  it('refuses any other image address', () => {
    expect(contentImageHash('https://tracker.example/pixel.png')).toBeUndefined();
    expect(contentImageHash(`https://tracker.example/pixel.png?h=/content/${hash('a')}`)).toBeUndefined();
    expect(contentImageHash(`/content/${hash('a')}/../../evil`)).toBeUndefined();
    expect(contentImageHash(`javascript:/content/${hash('a')}`)).toBeUndefined();
  });
});

describe('photo markdown', () => {
  it('round-trips: the photos written into a description are the ones read from it, in order', () => {
    const markdown = `# Swings\n\nNew swings.\n\n${photoMarkdown([hash('1'), hash('2')], (index) => `Swings [draft], photo ${index + 1}`, '/content')}\n`;
    expect(markdown).toContain(`![Swings  draft , photo 1](/content/${hash('1')})`);
    expect(photoHashes(markdown)).toEqual([hash('1'), hash('2')]);
  });

  it('ignores images that are not on the content service', () => {
    expect(photoHashes(`![x](https://example.org/a.png) ![y](/content/${hash('c')} "title")`)).toEqual([hash('c')]);
  });
});
