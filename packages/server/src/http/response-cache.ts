/**
 * Answers already serialised, by key, up to a total size: for pages that many readers ask for at once
 * and that cannot change until the index moves (the key names the index head they were read at). The
 * least recently used are dropped first.
 */
export class ResponseCache {
  readonly #entries = new Map<string, string>();
  #size = 0;

  /** @param capacity the most characters kept in all */
  constructor(private readonly capacity = 32 * 1024 * 1024) {}

  get(key: string): string | undefined {
    const body = this.#entries.get(key);
    if (body === undefined) return undefined;
    // Move to the end: the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, body);
    return body;
  }

  set(key: string, body: string): void {
    if (body.length > this.capacity / 4) return;
    const previous = this.#entries.get(key);
    if (previous !== undefined) {
      this.#entries.delete(key);
      this.#size -= previous.length;
    }
    this.#entries.set(key, body);
    this.#size += body.length;
    for (const [oldest, value] of this.#entries) {
      if (this.#size <= this.capacity) break;
      this.#entries.delete(oldest);
      this.#size -= value.length;
    }
  }
}

/**
 * A 200 JSON answer from text serialised earlier. Typed routes cannot see that the text is their
 * schema's JSON, so the caller casts; the schema still documents it and the tests read it back.
 */
export function serialisedJson(body: string): Response {
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}
