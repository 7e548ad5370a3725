import { keccak256, toBytes, type Hex } from 'viem';

/**
 * Published texts by content hash (keccak256 of the UTF-8 text): what the chain's `descriptionHash`,
 * `reasonHash` and `evidenceHash` fields point to. The demo server serves them at `/content/<hash>`
 * and accepts new ones with `POST /content`; a city would use its own CMS or IPFS the same way.
 */
export class ContentStore {
  readonly #texts = new Map<Hex, string>();

  publish(text: string): Hex {
    const hash = keccak256(toBytes(text));
    this.#texts.set(hash, text);
    return hash;
  }

  get(hash: string): string | undefined {
    return this.#texts.get(hash.toLowerCase() as Hex);
  }

  get size(): number {
    return this.#texts.size;
  }
}

/** A published text with a title line, as the web app reads it. */
export const titled = (title: string, body: string): string => `# ${title}\n\n${body}\n`;
