/**
 * Each tenant's data version (migration 005), cached in the process so that
 * a public revalidation costs no query.
 *
 * The cache is only trusted while this process hears the database's
 * `tk_data_version` notifications: a write anywhere (this instance, another
 * instance, a job) drops the cached version at its commit. When the
 * subscription is down, every read asks the database, so an instance never
 * answers from a version it may have missed a change to.
 */
import type { Database } from './database.js';

const CHANNEL = 'tk_data_version';

export class DataVersions {
  private readonly cached = new Map<string, number>();
  private subscribed = false;
  private unsubscribe: (() => Promise<void>) | undefined;
  /** Reads run while a notification arrived: their answer may predate it and is not cached. */
  private generation = 0;
  private readonly changeListeners = new Set<(tenantId: string) => void>();

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unsubscribe = await this.database.listen(CHANNEL, {
      onNotify: (tenantId) => this.forget(tenantId),
      onLost: () => {
        this.subscribed = false;
        this.forgetAll();
      },
      onResumed: () => {
        this.forgetAll();
        this.subscribed = true;
      },
    });
    this.subscribed = true;
  }

  async stop(): Promise<void> {
    this.subscribed = false;
    await this.unsubscribe?.();
  }

  /** Calls `listener` whenever a tenant's data changed (anywhere), e.g. to drop a cache of derived results. */
  onChange(listener: (tenantId: string) => void): void {
    this.changeListeners.add(listener);
  }

  /** The tenant's current version; from memory when it is known to be current. */
  async current(tenantId: string): Promise<number> {
    const known = this.subscribed ? this.cached.get(tenantId) : undefined;
    if (known !== undefined) return known;
    const generation = this.generation;
    const row = await this.database.db.selectFrom('data_versions').select('version').where('tenant_id', '=', tenantId).executeTakeFirst();
    const version = row?.version ?? 0;
    if (this.subscribed && generation === this.generation) this.cached.set(tenantId, version);
    return version;
  }

  /** Drops the cached version, e.g. right after this process wrote (before the notification arrives). */
  forget(tenantId: string): void {
    this.generation += 1;
    this.cached.delete(tenantId);
    for (const listener of this.changeListeners) listener(tenantId);
  }

  private forgetAll() {
    for (const tenantId of [...this.cached.keys()]) this.forget(tenantId);
    this.generation += 1;
  }
}
