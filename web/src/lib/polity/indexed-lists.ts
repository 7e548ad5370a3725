/**
 * Lists the city's Polity server folds from its index (its read API), for pages that would otherwise
 * ask the chain once per item. Only what cannot change any more is taken from them (a finished
 * round's counts); anything live is still read from the chain. Undefined when there is no server or
 * it does not answer: the caller reads the chain instead.
 */
import { session } from '$lib/chain/session.svelte';

/** A round as `GET /rounds` lists it (the fields the app uses). */
export interface IndexedRound {
  readonly roundId: string;
  readonly phase: string;
  readonly projects: number;
  readonly ballots: number;
}

interface Page<item> {
  readonly items: readonly item[];
  readonly next: string | null;
}

/** Every round the server has indexed, by id; undefined without a server or when it fails. */
export async function indexedRounds(): Promise<Map<bigint, IndexedRound> | undefined> {
  const serverUrl = session.config?.serverUrl;
  if (serverUrl === undefined) return undefined;
  try {
    const rounds = new Map<bigint, IndexedRound>();
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
      const response = await fetch(`${serverUrl}/rounds?${query}`);
      if (!response.ok) return undefined;
      const page = (await response.json()) as Page<IndexedRound>;
      for (const round of page.items) if (/^\d+$/.test(round.roundId)) rounds.set(BigInt(round.roundId), round);
      cursor = page.next;
    } while (cursor);
    return rounds;
  } catch {
    return undefined;
  }
}
