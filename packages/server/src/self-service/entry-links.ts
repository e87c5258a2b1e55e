/**
 * "Ist Ihr Eintrag noch aktuell?": secret links to an organisation's entry.
 * The secret is in the mail only; the database keeps its SHA-256, an expiry
 * and the one purpose. A link works once: confirming or proposing uses it.
 */
import { randomBytes } from 'node:crypto';
import type { OrganizationRecord } from '@teilhabe/contract';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { hashSecret } from '../http/auth.js';
import { loadStoredRecord } from '../records/stored-records.js';
import { languageOf, queueEntryVerificationMail } from './mails.js';
import type { EntryLink, SelfServiceTables } from './tables.js';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export const ENTRY_LINK_VALID_DAYS = 30;
const DAY_MS = 86_400_000;

/** Where the question goes: the organisation's own address, else its first contact with one. */
export function verificationAddress(record: Partial<OrganizationRecord>): string | null {
  return record.email ?? record.contacts?.find((contact) => contact.email)?.email ?? null;
}

export const entryPageUrl = (baseUrl: string, tenantId: string, token: string) => `${baseUrl}/v1/${tenantId}/entry?token=${encodeURIComponent(token)}`;

export interface VerificationOutcome {
  queued: string[];
  skipped: Array<{ id: string; reason: 'no-email' | 'not-found' }>;
}

/** Creates a link per organisation and queues its mail, in the caller's transaction. */
export async function askOrganizations(db: Kysely<DatabaseSchema>, tenant: { id: string; defaultLocale: string }, ids: readonly string[], now: Date, baseUrl: string): Promise<VerificationOutcome> {
  const outcome: VerificationOutcome = { queued: [], skipped: [] };
  const tables = db.withTables<SelfServiceTables>();
  for (const id of ids) {
    const stored = await loadStoredRecord(db, 'organizations', tenant.id, id);
    if (!stored) {
      outcome.skipped.push({ id, reason: 'not-found' });
      continue;
    }
    const record = stored.record as Partial<OrganizationRecord>;
    const to = verificationAddress(record);
    if (!to) {
      outcome.skipped.push({ id, reason: 'no-email' });
      continue;
    }
    const token = `ent_${randomBytes(24).toString('base64url')}`;
    const expiresAt = new Date(now.getTime() + ENTRY_LINK_VALID_DAYS * DAY_MS);
    await tables.insertInto('entry_links').values({ token_hash: hashSecret(token), tenant_id: tenant.id, organization_id: id, purpose: 'verify-entry', created_at: now, expires_at: expiresAt, used_at: null }).execute();
    await queueEntryVerificationMail(db, { tenantId: tenant.id, language: languageOf(tenant.defaultLocale), organization: String(record.name ?? id), to, url: entryPageUrl(baseUrl, tenant.id, token), expiresAt });
    outcome.queued.push(id);
  }
  return outcome;
}

/**
 * Organisations due for the question: confirmed longer ago than the
 * tenant's interval (or never), with an address, and not asked within it.
 */
export async function staleOrganizationIds(db: Db, tenantId: string, intervalDays: number, now: Date): Promise<string[]> {
  if (intervalDays <= 0) return [];
  const { rows } = await sql<{ id: string }>`
    SELECT o.id FROM organizations o
    WHERE o.tenant_id = ${tenantId}
      AND coalesce((o.doc->>'verifiedAt')::timestamptz, '-infinity') < ${now}::timestamptz - make_interval(days => ${intervalDays})
      AND (o.doc->>'email' IS NOT NULL OR jsonb_path_exists(o.doc, '$.contacts[*].email'))
      AND NOT EXISTS (
        SELECT 1 FROM entry_links l
        WHERE l.tenant_id = o.tenant_id AND l.organization_id = o.id
          AND l.created_at > ${now}::timestamptz - make_interval(days => ${intervalDays}))
    ORDER BY o.id`.execute(db);
  return rows.map((row) => row.id);
}

export type LinkState = { kind: 'usable'; link: EntryLink } | { kind: 'gone' };

/** The link behind a secret, if it still works; locked when `db` is a transaction that will use it. */
export async function usableLink(db: Db, tenantId: string, token: string | undefined, now: Date, options: { forUpdate?: boolean } = {}): Promise<LinkState> {
  if (!token || token.length > 200) return { kind: 'gone' };
  let query = (db as Kysely<DatabaseSchema>).withTables<SelfServiceTables>().selectFrom('entry_links').selectAll().where('token_hash', '=', hashSecret(token)).where('tenant_id', '=', tenantId);
  if (options.forUpdate) query = query.forUpdate();
  const link = await query.executeTakeFirst();
  if (!link || link.purpose !== 'verify-entry' || link.used_at || link.expires_at.getTime() <= now.getTime()) return { kind: 'gone' };
  return { kind: 'usable', link };
}

export async function useLink(db: Db, tokenHash: string, now: Date) {
  await (db as Kysely<DatabaseSchema>).withTables<SelfServiceTables>().updateTable('entry_links').set({ used_at: now }).where('token_hash', '=', tokenHash).execute();
}
