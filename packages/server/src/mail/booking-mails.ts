/**
 * The mails of the booking workflow, written to the outbox in the caller's
 * transaction (the change and its mails commit together or not at all):
 * receipt and office notice on a new request, the decision, the
 * cancellation, and the reminder before a date. Mails to the requester are in
 * the language the request was made in; mails to the office are in German.
 *
 * The manage link: the secret token exists only as a hash after creation, so
 * only the receipt carries the link (it is rendered while the token is still
 * in hand, and the outbox empties the body once it is sent). Later mails
 * point to the receipt instead of carrying the link again. Keeping the token
 * recoverable (encrypted with a server key) would put a key to every
 * booking on each server and into every backup, for a link the person
 * already has.
 */
import type { Locale } from '@teilhabe/contract';
import { LOCALES } from '@teilhabe/contract';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema, StoredTenantSettings } from '../db/schema.js';
import { queueMails, type MailAttachment, type OutgoingMail, type QueuedMail } from '../outbox/outbox.js';
import { bookingSlots, findBooking, type BookingDoc, type BookingRow } from '../resources/bookings/repository.js';
import type { RoomDoc, RoomRow, VenueDoc } from '../resources/rooms/mapping.js';
import { findRoom } from '../resources/rooms/repository.js';
import { bookingCalendar } from './booking-calendar.js';
import { formatInterval } from './format.js';
import { OFFICE_MAIL_TEXTS as office } from './office-texts.js';
import { renderHtml, renderText, type MailBlock, type MailDocument } from './render.js';
import { fill, RESIDENT_MAIL_TEXTS } from './texts/index.js';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

interface Placement {
  roomId: string;
  start: string;
  end: string;
}

/** What the office's decision adds to a booking's doc. */
export type DecidedBookingDoc = BookingDoc & {
  decisionReason?: string;
  officeNote?: string;
  changes?: { before: Placement; after: Placement };
};

export interface TenantMailInfo {
  id: string;
  name: string;
  timeZone: string;
  officeEmail: string | null;
  settings: StoredTenantSettings;
}

export async function tenantMailInfo(db: Db, tenantId: string): Promise<TenantMailInfo> {
  const row = await db.selectFrom('tenants').select(['id', 'name', 'time_zone', 'office_email', 'settings']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, timeZone: row.time_zone, officeEmail: row.office_email, settings: row.settings ?? {} };
}

interface BookingMailContext {
  tenant: TenantMailInfo;
  booking: BookingRow & { doc: DecidedBookingDoc };
  room: RoomRow;
  roomDoc: RoomDoc;
  venue: VenueDoc;
  slots: Array<{ start: Date; end: Date; status: string }>;
  language: Locale;
  contact: { name: string; email?: string; phone?: string };
}

async function loadContext(db: Db, tenantId: string, bookingId: string): Promise<BookingMailContext | null> {
  const booking = await findBooking(db, tenantId, bookingId);
  if (!booking) return null;
  const [tenant, room, slots] = await Promise.all([tenantMailInfo(db, tenantId), findRoom(db, tenantId, booking.room_id), bookingSlots(db, bookingId)]);
  if (!room) return null;
  const roomDoc = room.doc as RoomDoc;
  const locale = booking.doc.locale;
  const language: Locale = locale && (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'de';
  const contact = roomDoc.contactOffice?.email ? roomDoc.contactOffice : { name: roomDoc.contactOffice?.name ?? tenant.name, email: tenant.officeEmail ?? undefined, phone: roomDoc.contactOffice?.phone };
  return { tenant, booking: booking as BookingMailContext['booking'], room, roomDoc, venue: room.venue_doc as VenueDoc, slots, language, contact };
}

/** The office that answers for a room: its contact office's address, else the tenant's. */
const officeAddress = (ctx: BookingMailContext) => ctx.roomDoc.contactOffice?.email ?? ctx.tenant.officeEmail ?? null;

function footerOf(ctx: BookingMailContext, intro: string): MailDocument['footer'] {
  const lines = [intro, ctx.contact.name, ctx.contact.email, ctx.contact.phone].filter((line): line is string => Boolean(line));
  return { lead: ctx.tenant.name, lines };
}

function residentMail(ctx: BookingMailContext, subject: string, blocks: MailBlock[], attachments?: MailAttachment[]): OutgoingMail | null {
  const to = ctx.booking.doc.requester.email;
  if (!to) return null; // erased by the retention job
  const t = RESIDENT_MAIL_TEXTS[ctx.language];
  const doc: MailDocument = {
    language: ctx.language,
    title: subject,
    blocks: [{ kind: 'paragraph', text: fill(t.greeting, { name: ctx.booking.doc.requester.name }) }, ...blocks],
    footer: footerOf(ctx, t.footer.automatic),
  };
  return {
    to,
    replyTo: officeAddress(ctx) ?? undefined,
    subject,
    text: renderText(doc),
    html: renderHtml(doc),
    language: ctx.language,
    attachments,
    senderName: ctx.tenant.name,
  };
}

const when = (ctx: BookingMailContext, slot: { start: Date; end: Date }, language: string = ctx.language) =>
  formatInterval(new Date(slot.start), new Date(slot.end), language, ctx.tenant.timeZone);

const roomLabel = (ctx: BookingMailContext) => `${ctx.roomDoc.name}, ${ctx.venue.name}`;

function facts(ctx: BookingMailContext, slots: ReadonlyArray<{ start: Date; end: Date }>): MailBlock {
  const t = RESIDENT_MAIL_TEXTS[ctx.language].facts;
  return {
    kind: 'facts',
    rows: [
      [t.room, roomLabel(ctx)],
      [t.dates, slots.map((slot) => when(ctx, slot)).join('\n')],
      [t.purpose, ctx.booking.doc.purpose],
      [t.people, new Intl.NumberFormat(ctx.language).format(ctx.booking.doc.expectedAttendees)],
    ],
  };
}

function calendarOf(ctx: BookingMailContext, slots: Array<{ start: Date; end: Date }>) {
  const t = RESIDENT_MAIL_TEXTS[ctx.language];
  const address = ctx.venue.address as { street?: string; postalCode?: string; city?: string } | undefined;
  const location = [roomLabel(ctx), address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return bookingCalendar({
    bookingId: ctx.booking.id,
    calendarName: `${t.calendarName} – ${ctx.tenant.name}`,
    summary: `${ctx.booking.doc.purpose} (${ctx.roomDoc.name})`,
    location,
    description: `${t.calendarName}: ${ctx.tenant.name}`,
    dates: slots,
  });
}

const live = (ctx: BookingMailContext) => ctx.slots.filter((s) => s.status === 'requested' || s.status === 'confirmed');

/** On a new request: the receipt with the secret link to the requester, a notice to the office. */
export async function queueBookingCreatedMails(db: Db, options: { tenant: { id: string }; bookingId: string; manageUrl: string; baseUrl: string }) {
  const ctx = await loadContext(db, options.tenant.id, options.bookingId);
  if (!ctx) return [];
  const t = RESIDENT_MAIL_TEXTS[ctx.language];
  const values = { room: ctx.roomDoc.name, municipality: ctx.tenant.name };
  const confirmed = ctx.booking.status === 'confirmed';
  const mails: QueuedMail[] = [];
  const receipt = residentMail(
    ctx,
    fill(confirmed ? t.receipt.subjectConfirmed : t.receipt.subjectRequested, values),
    [
      { kind: 'paragraph', text: fill(confirmed ? t.receipt.confirmed : t.receipt.requested, values) },
      facts(ctx, live(ctx)),
      { kind: 'paragraph', text: t.receipt.link },
      { kind: 'link', href: options.manageUrl },
    ],
    confirmed ? [calendarOf(ctx, live(ctx))] : undefined,
  );
  if (receipt) mails.push({ tenantId: ctx.tenant.id, kind: 'booking-receipt', bookingId: ctx.booking.id, mail: receipt });
  const notice = officeNotice(ctx, options.baseUrl);
  if (notice) mails.push({ tenantId: ctx.tenant.id, kind: 'office-new-request', bookingId: ctx.booking.id, mail: notice });
  return queueMails(db, mails);
}

function officeNotice(ctx: BookingMailContext, baseUrl: string): OutgoingMail | null {
  const to = officeAddress(ctx);
  if (!to) return null;
  const requested = ctx.booking.status === 'requested';
  const requester = ctx.booking.doc.requester;
  const first = live(ctx)[0] ?? ctx.slots[0]!;
  const subject = fill(requested ? office.newRequest.subject : office.newBooking.subject, { room: ctx.roomDoc.name, date: when(ctx, first, 'de') });
  const doc: MailDocument = {
    language: 'de',
    title: subject,
    blocks: [
      { kind: 'paragraph', text: requested ? office.newRequest.body : office.newBooking.body },
      {
        kind: 'facts',
        rows: [
          [office.facts.room, roomLabel(ctx)],
          [office.facts.dates, live(ctx).map((slot) => when(ctx, slot, 'de')).join('\n')],
          [office.facts.purpose, ctx.booking.doc.purpose],
          [office.facts.people, String(ctx.booking.doc.expectedAttendees)],
          [office.facts.requester, [requester.name, requester.organizationName, requester.email, requester.phone].filter(Boolean).join('\n')],
          [office.facts.language, ctx.language],
        ],
      },
      { kind: 'paragraph', text: office.openInApp },
      { kind: 'link', href: `${baseUrl}/office/bookings/${ctx.booking.id}` },
    ],
    footer: { lead: ctx.tenant.name, lines: [office.footer] },
  };
  return { to, subject, text: renderText(doc), html: renderHtml(doc), language: 'de', senderName: ctx.tenant.name, replyTo: requester.email || undefined };
}

/**
 * The decision, to the requester: confirmed (with an `.ics` of every
 * confirmed date), declined (with the office's reason and a way to search
 * again), or partly confirmed (both lists); for a series decided date by
 * date, also the dates still open. Mentions what the office changed. Call it
 * in the transaction that records the decision; nothing is queued while no
 * date is decided.
 */
export async function queueBookingDecisionMail(db: Db, options: { tenant: { id: string }; bookingId: string; baseUrl: string }) {
  const ctx = await loadContext(db, options.tenant.id, options.bookingId);
  if (!ctx) return [];
  const t = RESIDENT_MAIL_TEXTS[ctx.language].decision;
  const values = { room: ctx.roomDoc.name, municipality: ctx.tenant.name };
  const confirmed = ctx.slots.filter((s) => s.status === 'confirmed');
  const declined = ctx.slots.filter((s) => s.status === 'declined');
  const pending = ctx.slots.filter((s) => s.status === 'requested');
  if (confirmed.length + declined.length === 0) return []; // nothing decided yet
  const outcome = pending.length ? 'update' : confirmed.length === 0 ? 'declined' : declined.length ? 'partial' : 'confirmed';
  const blocks: MailBlock[] = [{ kind: 'paragraph', text: fill(t[outcome], values) }];
  if (ctx.booking.doc.changes && confirmed.length) blocks.push(...changeBlocks(ctx, await roomNames(db, ctx)));
  if (confirmed.length) blocks.push({ kind: 'heading', text: t.confirmedDates }, facts(ctx, confirmed));
  if (declined.length) blocks.push({ kind: 'heading', text: t.declinedDates }, { kind: 'list', items: declined.map((s) => when(ctx, s)) });
  if (pending.length) blocks.push({ kind: 'heading', text: t.pendingDates }, { kind: 'list', items: pending.map((s) => when(ctx, s)) });
  if (declined.length && ctx.booking.doc.decisionReason) blocks.push({ kind: 'paragraph', text: t.reasonHeading }, { kind: 'quote', text: ctx.booking.doc.decisionReason });
  if (confirmed.length) blocks.push({ kind: 'paragraph', text: t.calendarAttached });
  if (declined.length) {
    const page = ctx.booking.doc.searchPage;
    blocks.push(page ? { kind: 'paragraph', text: t.searchAgain } : { kind: 'paragraph', text: fill(t.searchAgainNoLink, values) });
    if (page) blocks.push({ kind: 'link', href: page });
  }
  if (confirmed.length || pending.length) blocks.push({ kind: 'paragraph', text: t.manage });
  const subjects = { confirmed: t.subjectConfirmed, declined: t.subjectDeclined, partial: t.subjectPartial, update: t.subjectUpdate };
  const subject = fill(subjects[outcome], values);
  const mail = residentMail(ctx, subject, blocks, confirmed.length ? [calendarOf(ctx, confirmed)] : undefined);
  if (!mail) return [];
  return queueMails(db, [{ tenantId: ctx.tenant.id, kind: 'booking-decision', bookingId: ctx.booking.id, mail }]);
}

async function roomNames(db: Db, ctx: BookingMailContext): Promise<Map<string, string>> {
  const changes = ctx.booking.doc.changes!;
  const names = new Map([[ctx.room.id, roomLabel(ctx)]]);
  for (const id of [changes.before.roomId, changes.after.roomId]) {
    if (names.has(id)) continue;
    const room = await findRoom(db, ctx.tenant.id, id);
    if (room) names.set(id, `${(room.doc as RoomDoc).name}, ${(room.venue_doc as VenueDoc).name}`);
  }
  return names;
}

function changeBlocks(ctx: BookingMailContext, names: Map<string, string>): MailBlock[] {
  const t = RESIDENT_MAIL_TEXTS[ctx.language].decision;
  const { before, after } = ctx.booking.doc.changes!;
  const describe = (p: Placement) => `${names.get(p.roomId) ?? p.roomId}: ${when(ctx, { start: new Date(p.start), end: new Date(p.end) })}`;
  return [
    { kind: 'paragraph', text: t.changed },
    { kind: 'facts', rows: [[t.before, describe(before)], [t.after, describe(after)]] },
  ];
}

/** After the requester cancelled (secret link or manage page). */
export async function queueBookingCancelledMail(db: Db, options: { tenant: { id: string }; bookingId: string }) {
  const ctx = await loadContext(db, options.tenant.id, options.bookingId);
  if (!ctx) return [];
  const t = RESIDENT_MAIL_TEXTS[ctx.language].cancellation;
  const values = { room: ctx.roomDoc.name, municipality: ctx.tenant.name };
  const mail = residentMail(ctx, fill(t.subject, values), [{ kind: 'paragraph', text: fill(t.body, values) }, facts(ctx, ctx.slots)]);
  if (!mail) return [];
  return queueMails(db, [{ tenantId: ctx.tenant.id, kind: 'booking-cancelled', bookingId: ctx.booking.id, mail }]);
}

/** The reminder the day before one confirmed date; queued once per date however often the job runs. */
export async function queueBookingReminder(db: Db, options: { tenantId: string; bookingId: string; slot: { start: Date; end: Date } }) {
  const ctx = await loadContext(db, options.tenantId, options.bookingId);
  if (!ctx || ctx.booking.status === 'cancelled') return [];
  const t = RESIDENT_MAIL_TEXTS[ctx.language].reminder;
  const values = { room: ctx.roomDoc.name, municipality: ctx.tenant.name };
  const mail = residentMail(ctx, fill(t.subject, values), [
    { kind: 'paragraph', text: fill(t.body, values) },
    facts(ctx, [options.slot]),
    { kind: 'paragraph', text: t.cancelHint },
  ]);
  if (!mail) return [];
  return queueMails(db, [
    { tenantId: ctx.tenant.id, kind: 'booking-reminder', bookingId: ctx.booking.id, mail, dedupeKey: `reminder:${ctx.booking.id}:${new Date(options.slot.start).toISOString()}` },
  ]);
}
