/**
 * Periodic jobs inside every server instance (reminders, digest, retention,
 * cleanup). Each job has a row in `job_runs`; an instance runs a job only if
 * its conditional update of that row wins, so with several instances a job
 * still runs once per period. The jobs themselves are safe to repeat
 * (their mails carry dedupe keys), so a run lost to a crash is simply redone.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';

export interface PeriodicJob {
  name: string;
  everyMs: number;
  run(now: Date): Promise<void>;
}

/** True for exactly one caller per period: the one whose update moved `last_run_at`. */
export async function claimJobRun(db: Kysely<DatabaseSchema>, name: string, everyMs: number): Promise<boolean> {
  const { rows } = await sql<{ name: string }>`
    INSERT INTO job_runs AS j (name, last_run_at) VALUES (${name}, clock_timestamp())
    ON CONFLICT (name) DO UPDATE SET last_run_at = clock_timestamp()
      WHERE j.last_run_at <= clock_timestamp() - make_interval(secs => ${everyMs / 1000})
    RETURNING name`.execute(db);
  return rows.length === 1;
}

export class JobScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly jobs: readonly PeriodicJob[],
    private readonly options: { tickMs?: number; now?: () => Date } = {},
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.tickMs ?? 60_000);
    this.timer.unref?.();
    void this.tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs every job that is due and won by this instance. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      for (const job of this.jobs) {
        try {
          if (await claimJobRun(this.db, job.name, job.everyMs)) await job.run(this.options.now?.() ?? new Date());
        } catch (error) {
          console.error(`job ${job.name}: ${(error as Error).message}`);
        }
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
