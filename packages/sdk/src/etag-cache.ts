/**
 * An opt-in, in-memory ETag store for public GETs. The server answers
 * `If-None-Match` with a bodiless 304 when nothing changed; the SDK then
 * serves the body it kept. Browsers' HTTP cache already does this on their
 * own, so it mainly helps Node apps (a CMS build step, a portal backend) that
 * poll the same lists.
 *
 * Least-recently-used eviction keeps memory bounded: a Map iterates in
 * insertion order, so re-inserting on every hit moves an entry to the end and
 * the first key is always the stalest.
 */

export interface CachedResponse {
  etag: string;
  body: string;
  contentType: string;
}

export interface EtagCacheOptions {
  /** How many responses to keep. Default 100. */
  maxEntries?: number;
}

export class EtagCache {
  readonly maxEntries: number;
  readonly #entries = new Map<string, CachedResponse>();

  constructor(options: EtagCacheOptions = {}) {
    this.maxEntries = Math.max(1, Math.floor(options.maxEntries ?? 100));
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The entry for `key`, marked as most recently used. */
  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.maxEntries) {
      const stalest = this.#entries.keys().next().value;
      if (stalest === undefined) break;
      this.#entries.delete(stalest);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
