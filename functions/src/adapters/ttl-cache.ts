/**
 * A bounded map whose entries expire: at most `maxEntries` are kept; when full, expired entries
 * go first, then the oldest. The store of one process (make one per cache, never module-level).
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {
    if (!(maxEntries >= 1)) throw new Error('TtlCache: maxEntries must be at least 1');
  }

  /** The value, or `undefined` when absent or expired (an expired entry is dropped). */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Stores `value` until `expiresAt` (same clock as `now`), making room when full. */
  set(key: string, value: V, expiresAt: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const now = this.now();
      for (const [k, v] of this.entries) if (v.expiresAt <= now) this.entries.delete(k);
    }
    // Still full: drop the oldest (a Map iterates in insertion order).
    for (const k of this.entries.keys()) {
      if (this.entries.size < this.maxEntries) break;
      this.entries.delete(k);
    }
    this.entries.set(key, { value, expiresAt });
  }

  /** Drops `key`; with `only`, only while it still holds that very value. */
  delete(key: string, only?: V): void {
    if (only === undefined || this.entries.get(key)?.value === only) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
