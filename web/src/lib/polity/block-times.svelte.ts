import { SvelteMap } from 'svelte/reactivity';
import { session } from '$lib/chain/session.svelte';

/**
 * When blocks were made, read from the chain for the blocks a page shows (pages show dates, never
 * block numbers). Asked for lazily, a few at a time, and kept: a block's time never changes. A block
 * whose read fails stays unknown and the page shows no date for it rather than a wrong one.
 */
class BlockTimes {
  #times = new SvelteMap<bigint, bigint>();
  #asked = new Set<bigint>();

  /** The block's time in seconds, once read. */
  of(block: bigint): bigint | undefined {
    return this.#times.get(block);
  }

  /** Reads the times of these blocks not read yet, at most `parallel` at once. */
  async want(blocks: Iterable<bigint>, parallel = 6): Promise<void> {
    const missing = [...new Set(blocks)].filter((block) => !this.#asked.has(block));
    for (const block of missing) this.#asked.add(block);
    for (let start = 0; start < missing.length; start += parallel) {
      await Promise.all(
        missing.slice(start, start + parallel).map(async (block) => {
          try {
            this.#times.set(block, (await session.reader.getBlock({ blockNumber: block })).timestamp);
          } catch {
            this.#asked.delete(block); // asked again the next time the page wants it
          }
        }),
      );
    }
  }
}

export const blockTimes = new BlockTimes();
