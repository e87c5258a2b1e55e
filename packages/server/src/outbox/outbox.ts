/**
 * The outbox table: a change writes its mails here inside its own
 * transaction, so a mail exists exactly when the change committed. Nothing
 * is sent from inside a request; the worker (`worker.ts`) delivers.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';

export type MailKind = 'booking-receipt' | 'booking-decision' | 'booking-cancelled' | 'booking-reminder' | 'office-new-request' | 'office-digest' | 'staff-link' | 'entry-verification' | 'proposal-decision';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text (calendar files are text). */
  content: string;
}

/** A rendered mail, ready for nodemailer; the sender address is added when sent. */
export interface OutgoingMail {
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** Content language of the mail (`Content-Language`). */
  language: string;
  attachments?: MailAttachment[];
  /** Display name of the sender, e.g. the municipality. */
  senderName: string;
}

export interface QueuedMail {
  tenantId: string;
  kind: MailKind;
  bookingId?: string;
  mail: OutgoingMail;
  /** Names the mail for jobs that may run twice: a second mail with the same key is not queued. */
  dedupeKey?: string;
}

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Writes mails to the outbox, in the caller's transaction when `db` is one. Returns the ids queued. */
export async function queueMails(db: Db, mails: readonly QueuedMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const rows = await db
    .insertInto('outbox')
    .values(
      mails.map((m) => ({
        id: randomUUID(),
        tenant_id: m.tenantId,
        kind: m.kind,
        booking_id: m.bookingId ?? null,
        recipient: m.mail.to,
        subject: m.mail.subject,
        message: JSON.stringify(m.mail),
        dedupe_key: m.dedupeKey ?? null,
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface OutboxEntry {
  id: string;
  kind: string;
  bookingId: string | null;
  recipient: string;
  subject: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  sentAt: string | null;
}

export async function listOutbox(db: Kysely<DatabaseSchema>, tenantId: string, filter: { statuses?: readonly OutboxEntry['status'][]; id?: string }, limit: number): Promise<OutboxEntry[]> {
  let query = db
    .selectFrom('outbox')
    .select(['id', 'kind', 'booking_id', 'recipient', 'subject', 'status', 'attempts', 'last_error', 'created_at', 'next_attempt_at', 'sent_at'])
    .where('tenant_id', '=', tenantId);
  if (filter.statuses) query = query.where('status', 'in', filter.statuses);
  if (filter.id) query = query.where('id', '=', filter.id);
  const rows = await query.orderBy('created_at', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    bookingId: r.booking_id,
    recipient: r.recipient,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: new Date(r.created_at).toISOString(),
    nextAttemptAt: new Date(r.next_attempt_at).toISOString(),
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
  }));
}

/** Puts a failed mail back in line for a new day of tries. False when there is no failed mail of that id. */
export async function retryFailedMail(db: Kysely<DatabaseSchema>, tenantId: string, id: string): Promise<boolean> {
  const now = new Date();
  const result = await db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, tries_since: now, lease_until: null })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
