/**
 * The self-service mails, written to the outbox in the caller's transaction:
 * the question to an organisation (with its secret link, rendered while the
 * secret is still in hand; the outbox empties the body once it is sent) and
 * the decision on a proposal, in the language the submitter used.
 */
import { LOCALES, type Locale } from '@teilhabe/contract';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { tenantMailInfo } from '../mail/booking-mails.js';
import { renderHtml, renderText, type MailBlock, type MailDocument } from '../mail/render.js';
import { fill } from '../mail/texts/index.js';
import { queueMails } from '../outbox/outbox.js';
import { SELF_SERVICE_MAIL_TEXTS } from './mail-texts.js';
import { publishedChanges } from './published-changes.js';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export const languageOf = (locale: string | null | undefined): Locale => ((LOCALES as readonly string[]).includes(locale ?? '') ? (locale as Locale) : 'de');

/** The outbox names a decision mail after its proposal, so the retention job finds it. */
export const decisionMailKey = (proposalId: string) => `proposal-decision:${proposalId}`;

function footer(tenant: { name: string; officeEmail: string | null }, language: Locale) {
  return { lead: tenant.name, lines: [...(tenant.officeEmail ? [tenant.officeEmail] : []), SELF_SERVICE_MAIL_TEXTS[language].automatic] };
}

export async function queueEntryVerificationMail(
  db: Db,
  message: { tenantId: string; language: Locale; organization: string; to: string; url: string; expiresAt: Date },
) {
  const tenant = await tenantMailInfo(db, message.tenantId);
  const t = SELF_SERVICE_MAIL_TEXTS[message.language].verification;
  const until = new Intl.DateTimeFormat(`${message.language}-u-ca-gregory`, { dateStyle: 'long', timeZone: tenant.timeZone }).format(message.expiresAt);
  const values = { tenant: tenant.name, organization: message.organization, until };
  const doc: MailDocument = {
    language: message.language,
    title: fill(t.subject, values),
    blocks: [
      { kind: 'paragraph', text: fill(t.intro, values) },
      { kind: 'link', href: message.url },
      { kind: 'paragraph', text: fill(t.validUntil, values) },
      { kind: 'paragraph', text: t.nothingToDo },
    ],
    footer: footer(tenant, message.language),
  };
  await queueMails(db, [
    {
      tenantId: tenant.id,
      kind: 'entry-verification',
      mail: { to: message.to, replyTo: tenant.officeEmail ?? undefined, subject: doc.title, text: renderText(doc), html: renderHtml(doc), language: message.language, senderName: tenant.name },
    },
  ]);
}

/** Tells the submitter what was published when it is not what they sent. */
function editedBlocks(message: { language: Locale; accepted: boolean; edited?: { proposed: Record<string, unknown>; published: Record<string, unknown> } }, tenantName: string, timeZone: string): MailBlock[] {
  if (!message.accepted || !message.edited) return [];
  const rows = publishedChanges(message.edited.proposed, message.edited.published, message.language, timeZone);
  if (rows.length === 0) return [];
  return [
    { kind: 'paragraph', text: fill(SELF_SERVICE_MAIL_TEXTS[message.language].accepted.edited, { tenant: tenantName }) },
    { kind: 'facts', rows },
  ];
}

export async function queueProposalDecisionMail(
  db: Db,
  message: {
    tenantId: string;
    proposalId: string;
    language: Locale;
    to: string;
    name: string;
    title: string;
    accepted: boolean;
    reason?: string;
    /** For an accepted proposal the office edited: the proposed and the published record. */
    edited?: { proposed: Record<string, unknown>; published: Record<string, unknown> };
  },
) {
  const tenant = await tenantMailInfo(db, message.tenantId);
  const texts = SELF_SERVICE_MAIL_TEXTS[message.language];
  const t = message.accepted ? texts.accepted : texts.declined;
  const values = { tenant: tenant.name, name: message.name, title: message.title };
  const doc: MailDocument = {
    language: message.language,
    title: fill(t.subject, values),
    blocks: [
      { kind: 'paragraph', text: fill(t.body, values) },
      ...editedBlocks(message, tenant.name, tenant.timeZone),
      ...(!message.accepted && message.reason
        ? [
            { kind: 'heading' as const, text: texts.declined.reasonHeading },
            { kind: 'quote' as const, text: message.reason },
          ]
        : []),
    ],
    footer: footer(tenant, message.language),
  };
  await queueMails(db, [
    {
      tenantId: tenant.id,
      kind: 'proposal-decision',
      dedupeKey: decisionMailKey(message.proposalId),
      mail: { to: message.to, replyTo: tenant.officeEmail ?? undefined, subject: doc.title, text: renderText(doc), html: renderHtml(doc), language: message.language, senderName: tenant.name },
    },
  ]);
}
