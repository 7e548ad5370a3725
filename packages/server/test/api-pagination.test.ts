/** Keyset pages and the reading of published texts: pure functions, no chain. */
import { describe, expect, it } from 'vitest';
import { imageHashesOf, titleOf } from '../src/api/descriptions.js';
import { encodeCursor, pageOf, sortForPages, type ListSort } from '../src/api/pagination.js';

interface Entry {
  readonly block: string;
  readonly name: string;
}

const sort: ListSort<Entry> = { list: 'entries', orders: ['number-descending', 'text-ascending'], keyOf: (entry) => [entry.block, entry.name] };
const entries = sortForPages(
  Array.from({ length: 23 }, (_, index) => ({ block: String(100 + (index % 7) * 1000), name: `entry-${index}` })),
  sort,
);

function walk(list: readonly Entry[], limit: number): { items: Entry[]; pages: number } {
  const items: Entry[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = pageOf(list, sort, limit, cursor);
    items.push(...page.items);
    cursor = page.next ?? undefined;
    pages += 1;
  } while (cursor !== undefined);
  return { items, pages };
}

describe('pages of a list', () => {
  it('sorts by every key component in its own direction, numbers as numbers', () => {
    const blocks = entries.map((entry) => Number(entry.block));
    expect(blocks).toEqual([...blocks].sort((a, b) => b - a));
    expect(entries.filter((entry) => entry.block === '100').map((entry) => entry.name)).toEqual(['entry-0', 'entry-14', 'entry-21', 'entry-7']);
  });

  it('walks every item once, whatever the page size', () => {
    for (const limit of [1, 2, 5, 22, 23, 500]) {
      const { items, pages } = walk(entries, limit);
      expect(items).toEqual(entries);
      expect(pages).toBe(Math.ceil(entries.length / limit));
    }
  });

  it('continues after the last item seen even when that item is gone, and takes in items added behind it', () => {
    const first = pageOf(entries, sort, 5, undefined);
    const changed = sortForPages([...entries.filter((entry) => entry !== first.items[4]), { block: '1', name: 'late' }], sort);
    const second = pageOf(changed, sort, 100, first.next!);
    expect(second.items).toEqual(changed.filter((entry) => !first.items.includes(entry)));
    expect(second.items.at(-1)).toEqual({ block: '1', name: 'late' });
  });

  it('refuses a cursor it did not give, or one of another list, saying what to do', () => {
    expect(() => pageOf(entries, sort, 5, 'garbage!')).toThrow(/cursor: is not a cursor this server gave; pass the `next` value/);
    expect(() => pageOf(entries, sort, 5, Buffer.from('{"list":').toString('base64url'))).toThrow(/is not a cursor this server gave/);
    expect(() => pageOf(entries, sort, 5, encodeCursor('rounds', ['1', 'a']))).toThrow(/belongs to another list \(rounds\), not to entries/);
    expect(() => pageOf(entries, sort, 5, encodeCursor('entries', ['x', 'a']))).toThrow(/is not a cursor this server gave/);
    expect(() => pageOf(entries, sort, 5, encodeCursor('entries', ['1']))).toThrow(/is not a cursor this server gave/);
  });
});

describe('published texts', () => {
  it("takes the title from the first '# ' heading only", () => {
    expect(titleOf('Intro\n\n## Not this\n# Benches on the square #\nmore')).toBe('Benches on the square');
    expect(titleOf('#hashtag\nno heading')).toBeNull();
  });

  it('finds the images a text shows by content hash, once each', () => {
    const a = `0x${'ab'.repeat(32)}`;
    const b = `0x${'CD'.repeat(32)}`;
    const text = `![one](/content/${a}) ![two](https://city.example/content/${b}) ![again](${a}) [a link](/content/0x${'ef'.repeat(32)}) ![short](0x1234)`;
    expect(imageHashesOf(text)).toEqual([a, b.toLowerCase()]);
  });
});
