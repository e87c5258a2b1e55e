/**
 * A small in-memory cache with a time to live and a size cap, for results
 * that are expensive to compute and may be a little stale (never longer than
 * public responses may be cached anyway). A tenant's entries are cleared at
 * once when its data changes through any instance (`DataVersions.onChange`).
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expiresAt: number }>();

  constructor(private readonly options: { ttlMs: number; maxEntries: number; now?: () => number }) {}

  /** The cached value under `tenantId`/`key`, or the one `compute` makes (computed once for concurrent callers). */
  get(tenantId: string, key: string, compute: () => Promise<V>): Promise<V> {
    const now = (this.options.now ?? Date.now)();
    const fullKey = `${tenantId}\u0000${key}`;
    const hit = this.entries.get(fullKey);
    if (hit && hit.expiresAt > now) return hit.value;
    const value = compute();
    this.entries.set(fullKey, { value, expiresAt: now + this.options.ttlMs });
    value.catch(() => this.entries.delete(fullKey));
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  invalidateTenant(tenantId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${tenantId}\u0000`)) this.entries.delete(key);
  }
}
