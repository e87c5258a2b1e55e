/**
 * The one-time links for staff (an invitation, a forgotten password) go out
 * through the outbox like every other mail. Staff work in German. The worker
 * drops a mail's text once it is sent, so the secret does not stay in the database.
 */
import type { Kysely } from 'kysely';
import type { StaffLinkMessage } from '../app-dependencies.js';
import type { DatabaseSchema } from '../db/schema.js';
import { queueMails } from '../outbox/outbox.js';
import { renderHtml, renderText, type MailDocument } from './render.js';

const TEXTS = {
  'set-password': {
    subject: 'Ihr Zugang zur Büro-Anwendung von {tenant}',
    intro: 'Guten Tag {name}, für Sie wurde ein Zugang zur Büro-Anwendung von {tenant} angelegt. Mit diesem Link setzen Sie Ihr Passwort:',
  },
  'reset-password': {
    subject: 'Neues Passwort für die Büro-Anwendung von {tenant}',
    intro: 'Guten Tag {name}, Sie haben ein neues Passwort angefordert. Mit diesem Link setzen Sie es:',
  },
  validUntil: 'Der Link gilt bis {until} und nur einmal.',
  notYou: 'Wenn Sie das nicht erwartet haben, müssen Sie nichts tun: Ohne den Link ändert sich nichts.',
};

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);

export async function queueStaffLinkMail(db: Kysely<DatabaseSchema>, message: StaffLinkMessage) {
  const values = {
    tenant: message.tenant.name,
    name: message.name,
    until: message.expiresAt.toLocaleString('de-DE', { timeZone: message.tenant.timeZone, dateStyle: 'long', timeStyle: 'short' }),
  };
  const texts = TEXTS[message.kind];
  const doc: MailDocument = {
    language: 'de',
    title: fill(texts.subject, values),
    blocks: [
      { kind: 'paragraph', text: fill(texts.intro, values) },
      { kind: 'link', href: message.url },
      { kind: 'paragraph', text: fill(TEXTS.validUntil, values) },
      { kind: 'paragraph', text: TEXTS.notYou },
    ],
    footer: { lead: message.tenant.name, lines: [] },
  };
  await queueMails(db, [
    {
      tenantId: message.tenant.id,
      kind: 'staff-link',
      mail: { to: message.to, subject: doc.title, text: renderText(doc), html: renderHtml(doc), language: 'de', senderName: message.tenant.name },
    },
  ]);
}
