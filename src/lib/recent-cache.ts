/**
 * A cache of the values made for the last few keys asked for. A build goes through a portal's
 * plans one after the other (the exports, then each route's pages), so keeping every plan's
 * charts or explorer data "once per build" held them all until the end: hundreds of megabytes
 * for a thousand plans. Kept for the last few, each is made again at most once per pass.
 */
export class RecentCache<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly size: number) {}

  /** The value kept for `key`, else the one `make` returns, kept in place of the least recent. */
  get(key: K, make: () => V): V {
    const kept = this.#entries.has(key);
    const value = kept ? this.#entries.get(key)! : make();
    // Most recent last: a Map iterates in insertion order.
    if (kept) this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }
}
