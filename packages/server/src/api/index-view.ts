/**
 * What a request reads: the index as of its last completed block. Lists are folded from events once
 * per index head and kept until the index moves on, so walking the pages of a list, or asking the same
 * list again, costs one small query (the head) instead of a fold over the history.
 */
import type { PolityAddresses } from '@polity/sdk';
import type { PolityDatabase } from '../db/open.js';
import { indexHead, type IndexHead } from './indexed-events.js';

export interface IndexView {
  readonly db: PolityDatabase;
  readonly polity: PolityAddresses;
  /** Undefined while the index holds nothing yet: every list is empty. */
  readonly head: IndexHead | undefined;
  /** The last block whose events count (-1 before anything is indexed). */
  readonly upTo: bigint;
  /** `compute()` once per list and index head. */
  fold<value>(list: string, compute: () => Promise<value>): Promise<value>;
}

/** Folded lists by name, for the index head they were folded at; the oldest are dropped past `capacity`. */
export class FoldCache {
  readonly #entries = new Map<string, { readonly head: string; readonly value: Promise<unknown> }>();

  constructor(private readonly capacity = 256) {}

  get<value>(list: string, head: string, compute: () => Promise<value>): Promise<value> {
    const cached = this.#entries.get(list);
    if (cached && cached.head === head) return cached.value as Promise<value>;
    const value = compute();
    this.#entries.delete(list);
    this.#entries.set(list, { head, value });
    // A failed fold is not kept: the next request tries again.
    value.catch(() => {
      if (this.#entries.get(list)?.value === value) this.#entries.delete(list);
    });
    while (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }
}

export async function openIndexView(db: PolityDatabase, polity: PolityAddresses, cache: FoldCache): Promise<IndexView> {
  const head = await indexHead(db);
  const headKey = head ? `${head.block}:${head.hash}` : 'empty';
  return {
    db,
    polity,
    head,
    upTo: head?.block ?? -1n,
    fold: (list, compute) => cache.get(list, headKey, compute),
  };
}
