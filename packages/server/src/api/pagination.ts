/**
 * Pages of a list: `?limit=` (1 to 500, default 50) and an opaque `?cursor=` that continues after the
 * last item of the page it came with. A cursor names the list it belongs to and the sort key of that
 * last item (keyset pagination, not an offset), so a page walk never repeats nor skips an item that
 * was there all along, even when the index grows between two pages.
 */
import { z } from '@hono/zod-openapi';
import { Problem } from '../http/problem.js';

export const defaultLimit = 50;
export const maxLimit = 500;

export const pageQuerySchema = z.object({
  limit: z
    .string()
    .optional()
    .openapi({ param: { name: 'limit', in: 'query' }, description: `items per page, 1 to ${maxLimit} (default ${defaultLimit})`, example: '50' })
    .transform((value, context) => {
      if (value === undefined) return defaultLimit;
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > maxLimit) {
        context.addIssue({ code: 'custom', message: `must be a whole number from 1 to ${maxLimit}; got ${JSON.stringify(value)}` });
        return z.NEVER;
      }
      return Number(value);
    }),
  cursor: z
    .string()
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: 'the `next` of the previous page; leave out for the first page' }),
});

/** How one component of a sort key compares: as a whole number or as text, rising or falling. */
export type KeyOrder = 'number-ascending' | 'number-descending' | 'text-ascending' | 'text-descending';

/** A list's sort: one order per key component; the key as a whole must be unique within the list. */
export interface ListSort<item> {
  /** Names the list inside its cursors, so that one list's cursor is refused by another. */
  readonly list: string;
  readonly orders: readonly KeyOrder[];
  readonly keyOf: (item: item) => readonly string[];
}

export interface Page<item> {
  readonly items: item[];
  readonly next: string | null;
}

export class InvalidCursorError extends Problem {
  override name = 'InvalidCursorError';
  constructor(reason: string) {
    super(400, 'invalid_cursor', `cursor: ${reason}; pass the \`next\` value of a previous page of this same list unchanged, or leave it out to start from the first page`);
  }
}

function compareComponent(order: KeyOrder, a: string, b: string): number {
  const rising = order.endsWith('-ascending');
  let difference: number;
  if (order.startsWith('number')) {
    const [left, right] = [BigInt(a), BigInt(b)];
    difference = left === right ? 0 : left < right ? -1 : 1;
  } else difference = a === b ? 0 : a < b ? -1 : 1;
  return rising ? difference : -difference;
}

function compareKeys(orders: readonly KeyOrder[], a: readonly string[], b: readonly string[]): number {
  for (const [index, order] of orders.entries()) {
    const difference = compareComponent(order, a[index]!, b[index]!);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Sorts a list as its pages will walk it. */
export function sortForPages<item>(items: readonly item[], sort: ListSort<item>): item[] {
  return [...items].sort((a, b) => compareKeys(sort.orders, sort.keyOf(a), sort.keyOf(b)));
}

export function encodeCursor(list: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify({ list, after: key }), 'utf8').toString('base64url');
}

/** The key a cursor continues after; refuses a cursor that this list did not give. */
export function decodeCursor(sort: Pick<ListSort<unknown>, 'list' | 'orders'>, cursor: string): readonly string[] {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('is not a cursor this server gave');
  }
  const { list, after } = (parsed ?? {}) as { list?: unknown; after?: unknown };
  if (typeof list !== 'string' || !Array.isArray(after)) throw new InvalidCursorError('is not a cursor this server gave');
  if (list !== sort.list) throw new InvalidCursorError(`belongs to another list (${list}), not to ${sort.list}`);
  if (after.length !== sort.orders.length || !after.every((part) => typeof part === 'string')) throw new InvalidCursorError('is not a cursor this server gave');
  for (const [index, order] of sort.orders.entries()) {
    if (order.startsWith('number') && !/^\d{1,78}$/.test(after[index] as string)) throw new InvalidCursorError('is not a cursor this server gave');
  }
  return after as string[];
}

/**
 * One page of a list already in its page order (see {@link sortForPages}): the items after the
 * cursor's key, at most `limit` of them, and the cursor for the next page when more follow.
 */
export function pageOf<item>(sorted: readonly item[], sort: ListSort<item>, limit: number, cursor: string | undefined): Page<item> {
  let start = 0;
  if (cursor !== undefined) {
    const after = decodeCursor(sort, cursor);
    // The first item past the key: binary search, since the list is sorted by the same comparison.
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareKeys(sort.orders, sort.keyOf(sorted[middle]!), after) <= 0) low = middle + 1;
      else high = middle;
    }
    start = low;
  }
  const items = sorted.slice(start, start + limit);
  const more = start + limit < sorted.length;
  return { items, next: more && items.length > 0 ? encodeCursor(sort.list, sort.keyOf(items[items.length - 1]!)) : null };
}
