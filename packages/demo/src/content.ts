import { keccak256, toBytes, type Hex } from 'viem';

/**
 * The texts the seed puts hashes of on chain (round and project descriptions, review reasons,
 * milestone texts and evidence), kept by content hash (keccak256 of the UTF-8 text) until the city's
 * server runs: the seed needs each hash before the transaction that stores it, and the server needs
 * the deployed polity before it can start. `publishCityTexts` then publishes them all through it.
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

  entries(): IterableIterator<[Hex, string]> {
    return this.#texts.entries();
  }

  get size(): number {
    return this.#texts.size;
  }
}

/** A published text with a title line, as the web app reads it. */
export const titled = (title: string, body: string): string => `# ${title}\n\n${body}\n`;

/**
 * A project's published text with its district and address line ahead of it (the settings block the
 * web app reads, see web/src/lib/content/metadata.ts).
 */
export const placed = (text: string, district: number, address: string): string => `---\ndistrict: ${district}\naddress: ${address}\n---\n${text}`;
