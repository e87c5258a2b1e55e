/**
 * Delivers the outbox. Each instance runs one worker; they share the table
 * without sending a mail twice: a worker claims due mails with
 * `FOR UPDATE SKIP LOCKED` (others skip rows being claimed) and a lease, sends
 * outside any transaction, then marks them sent. A worker that dies after its
 * claim leaves the lease to run out, and another worker sends the mail.
 * Failed sends come back with exponential back-off; after a day of tries (or
 * an SMTP 5xx answer) a mail is `failed` and waits for staff to retry it.
 *
 * Why not pg-boss: it needs Node ≥ 22 and does not run on PGlite; this table
 * works unchanged on both engines.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import type { OutgoingMail } from './outbox.js';
import { MailSendError, type MailTransport } from './transport.js';

export interface OutboxWorkerOptions {
  /** How often to look for due mail when idle. Default 500 ms. */
  pollMs?: number;
  /** Mails claimed per round. Default 20. */
  batchSize?: number;
  /** First retry delay; doubles per attempt up to `maxDelayMs`. Default 30 s. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** After this long of failed tries a mail is marked failed. Default one day. */
  giveUpAfterMs?: number;
  /** How long a claim protects a mail being sent. Default 5 minutes. */
  leaseMs?: number;
  /** Mails sent in parallel within a round. Default 4. */
  concurrency?: number;
}

interface ClaimedMail {
  id: string;
  tenant_id: string;
  message: OutgoingMail;
  attempts: number;
  tries_since: Date;
}

export class OutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private wakeRequested = false;
  private readonly options: Required<OutboxWorkerOptions>;

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly transport: MailTransport,
    options: OutboxWorkerOptions = {},
  ) {
    this.options = {
      pollMs: 500,
      batchSize: 20,
      baseDelayMs: 30_000,
      maxDelayMs: 3_600_000,
      giveUpAfterMs: 86_400_000,
      leaseMs: 300_000,
      concurrency: 4,
      ...options,
    };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Looks for mail now instead of at the next poll (after a commit that queued some). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One round: claims due mail, sends it, records the outcome. Returns how many were claimed. */
  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    const queue = [...claimed];
    const lanes = Array.from({ length: Math.min(this.options.concurrency, queue.length) }, async () => {
      for (let mail = queue.shift(); mail; mail = queue.shift()) await this.deliver(mail);
    });
    await Promise.all(lanes);
    return claimed.length;
  }

  private schedule(delayMs: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.loop().finally(() => {
        this.running = null;
      });
    }, delayMs);
    this.timer.unref?.();
  }

  private async loop() {
    let claimed = 0;
    try {
      do {
        this.wakeRequested = false;
        claimed = await this.runOnce();
        // Mail queued while this round was sending is due now: look again at once.
      } while (!this.stopped && (claimed > 0 || this.wakeRequested));
    } catch (error) {
      // The database may be away for a moment; the next poll tries again.
      if (!this.stopped) console.error(`outbox: ${(error as Error).message}`);
    }
    this.schedule(this.options.pollMs);
  }

  private async claim(): Promise<ClaimedMail[]> {
    const { rows } = await sql<ClaimedMail>`
      UPDATE outbox SET status = 'sending', attempts = attempts + 1,
        lease_until = clock_timestamp() + make_interval(secs => ${this.options.leaseMs / 1000})
      WHERE id IN (
        SELECT id FROM outbox
        WHERE (status = 'pending' AND next_attempt_at <= clock_timestamp())
           OR (status = 'sending' AND lease_until < clock_timestamp())
        ORDER BY next_attempt_at
        LIMIT ${this.options.batchSize}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, tenant_id, message, attempts, tries_since`.execute(this.db);
    return rows;
  }

  private async deliver(mail: ClaimedMail) {
    try {
      await this.transport.send(mail.message, `<${mail.id}@teilhabe-kit.${mail.tenant_id}>`);
    } catch (error) {
      await this.recordFailure(mail, error);
      return;
    }
    // The body goes: it held personal data and perhaps the secret manage link.
    await this.db
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: new Date(), lease_until: null, message: null, last_error: null })
      .where('id', '=', mail.id)
      .where('attempts', '=', mail.attempts)
      .execute();
  }

  private async recordFailure(mail: ClaimedMail, error: unknown) {
    const permanent = error instanceof MailSendError && error.permanent;
    const delay = Math.min(this.options.baseDelayMs * 2 ** (mail.attempts - 1), this.options.maxDelayMs);
    // A little jitter, so that mails queued together do not all retry at the same instant.
    const next = new Date(Date.now() + delay * (0.9 + Math.random() * 0.2));
    const giveUp = permanent || next.getTime() > new Date(mail.tries_since).getTime() + this.options.giveUpAfterMs;
    await this.db
      .updateTable('outbox')
      .set({
        status: giveUp ? 'failed' : 'pending',
        next_attempt_at: next,
        lease_until: null,
        last_error: String((error as Error)?.message ?? error).slice(0, 1000),
      })
      .where('id', '=', mail.id)
      // A worker whose lease ran out while it waited must not overwrite the next attempt's outcome.
      .where('attempts', '=', mail.attempts)
      .execute();
  }
}
