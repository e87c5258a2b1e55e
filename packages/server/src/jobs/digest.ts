/**
 * The daily digest to each office: requests that have waited longer than
 * the tenant's `requestDigestAfterDays` (default 3), one mail per office
 * address and day (its dedupe key names both).
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { formatInterval, localDate } from '../mail/format.js';
import { OFFICE_MAIL_TEXTS as office } from '../mail/office-texts.js';
import { renderHtml, renderText, type MailDocument } from '../mail/render.js';
import { fill } from '../mail/texts/index.js';
import { queueMails } from '../outbox/outbox.js';

export const DEFAULT_DIGEST_AFTER_DAYS = 3;

interface WaitingRequest {
  tenant_id: string;
  tenant_name: string;
  time_zone: string;
  after_days: number;
  office: string | null;
  booking_id: string;
  room_name: string;
  starts_at: Date;
  ends_at: Date;
  created_at: Date;
}

export async function queueOfficeDigests(db: Kysely<DatabaseSchema>, now: Date, baseUrl: string): Promise<number> {
  const { rows } = await sql<WaitingRequest>`
    SELECT b.tenant_id, t.name AS tenant_name, t.time_zone,
           tk_setting_days(t.settings, 'requestDigestAfterDays', ${DEFAULT_DIGEST_AFTER_DAYS}) AS after_days,
           coalesce(r.doc->'contactOffice'->>'email', t.office_email) AS office,
           b.id AS booking_id, r.doc->>'name' AS room_name, b.starts_at, b.ends_at, b.created_at
    FROM bookings b
    JOIN tenants t ON t.id = b.tenant_id
    JOIN rooms r ON r.tenant_id = b.tenant_id AND r.id = b.room_id
    WHERE b.status = 'requested'
      AND b.created_at < ${now}::timestamptz - make_interval(days => tk_setting_days(t.settings, 'requestDigestAfterDays', ${DEFAULT_DIGEST_AFTER_DAYS}))
    ORDER BY b.created_at`.execute(db);
  const groups = new Map<string, WaitingRequest[]>();
  for (const row of rows) {
    if (!row.office) continue;
    const key = `${row.tenant_id}\u0000${row.office}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  let queued = 0;
  for (const requests of groups.values()) {
    const first = requests[0]!;
    // Office hours: the day's digest waits for the morning.
    if (localHour(now, first.time_zone) < 7) continue;
    const values = { count: String(requests.length), days: String(first.after_days) };
    const subject = fill(office.digest.subject, values);
    const doc: MailDocument = {
      language: 'de',
      title: subject,
      blocks: [
        { kind: 'paragraph', text: fill(office.digest.body, values) },
        {
          kind: 'list',
          items: requests.map((r) =>
            `${fill(office.digest.item, {
              room: r.room_name,
              date: formatInterval(new Date(r.starts_at), new Date(r.ends_at), 'de', r.time_zone),
              requested: new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeZone: r.time_zone }).format(new Date(r.created_at)),
            })}\n${baseUrl}/office/bookings/${r.booking_id}`,
          ),
        },
        { kind: 'paragraph', text: office.openQueue },
        { kind: 'link', href: `${baseUrl}/office/bookings` },
      ],
      footer: { lead: first.tenant_name, lines: [office.footer] },
    };
    const ids = await queueMails(db, [
      {
        tenantId: first.tenant_id,
        kind: 'office-digest',
        mail: { to: first.office!, subject, text: renderText(doc), html: renderHtml(doc), language: 'de', senderName: first.tenant_name },
        dedupeKey: `digest:${first.tenant_id}:${first.office}:${localDate(now, first.time_zone)}`,
      },
    ]);
    queued += ids.length;
  }
  return queued;
}

const localHour = (instant: Date, timeZone: string) => Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(instant));
