/**
 * What a request reads: the index as of its last completed block. Lists are folded from events once
 * per version of the history (its newest log) and kept until a log is added or replaced, so walking
 * the pages of a list, or asking the same list again, costs two small queries instead of a fold.
 */
import type { PolityAddresses } from '@polity/sdk';
import type { PolityDatabase } from '../db/open.js';
import { historyVersion, indexHead, type IndexHead } from './indexed-events.js';

export interface IndexView {
  readonly db: PolityDatabase;
  readonly polity: PolityAddresses;
  /** Undefined while the index holds nothing yet: every list is empty. */
  readonly head: IndexHead | undefined;
  /** The last block whose events count (-1 before anything is indexed). */
  readonly upTo: bigint;
  /** `compute()` once per list and version of the history; what it folds must depend on the events only. */
  fold<value>(list: string, compute: () => Promise<value>): Promise<value>;
}

/** Folded lists by name, for the history version they were folded at; the oldest are dropped past `capacity`. */
export class FoldCache {
  readonly #entries = new Map<string, { readonly version: string; readonly value: Promise<unknown> }>();

  constructor(private readonly capacity = 256) {}

  get<value>(list: string, version: string, compute: () => Promise<value>): Promise<value> {
    const cached = this.#entries.get(list);
    if (cached && cached.version === version) return cached.value as Promise<value>;
    const value = compute();
    this.#entries.delete(list);
    this.#entries.set(list, { version, value });
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
  const upTo = head?.block ?? -1n;
  const version = head ? await historyVersion(db, upTo) : 'empty';
  return { db, polity, head, upTo, fold: (list, compute) => cache.get(list, version, compute) };
}
