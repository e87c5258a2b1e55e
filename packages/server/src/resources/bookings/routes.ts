import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import { auditActorOf } from '../../audit/audit-log.js';
import { authenticate, hasRole, hashSecret, sameSecret } from '../../http/auth.js';
import type { AppEnv } from '../../http/env.js';
import { notFound } from '../../http/problem.js';
import { findRoom } from '../rooms/repository.js';
import { claimKey, fingerprintOf, releaseKey, storeResponse } from './idempotency.js';
import { bookingSlots, findBooking, isDoubleBooking, type BookingRow } from './repository.js';
import { declineConflictingRequests, decideBookingRequest, type DecisionContext } from './decisions.js';
import { listBookingQueue, overlapsOf, toStaffBooking } from './queue.js';
import { decodeCursor, nextCursor } from '../../http/pagination.js';
import { cancelLiveBooking, isLive, rejectConflicts, requestBooking, requestedRoom, toBooking } from './service.js';
import { bookingManagePage, cancelConfirmationPage, prefersHtml } from '../../pages/booking-manage.js';
import { queueBookingCancelledMail, queueBookingCreatedMails, queueBookingDecisionMail } from '../../mail/booking-mails.js';
import { PAGE_SECURITY_HEADERS } from '../../pages/html.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerBookingRoutes(app: OpenAPIHono<AppEnv>, { db, bookingLimiter, publicBaseUrl, now, mail }: AppDependencies) {
  app.openapi(routes.createBooking, async (c) => {
    const tenant = c.get('tenant');
    const input = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    if (key) {
      const claim = await claimKey(db, tenant.id, key, fingerprintOf(input));
      if (claim.kind === 'replay') return c.json(claim.body as never, 201, { ...PRIVATE, 'Idempotent-Replayed': 'true' });
    }
    try {
      await bookingLimiter.hit(c, `bookings:${tenant.id}`);
      const room = await requestedRoom(db, tenant.id, input.roomId);
      const baseUrl = publicBaseUrl ?? new URL(c.req.url).origin;
      const origin = { locale: c.get('locale'), searchPage: trustedSearchPage(c, baseUrl) };
      // The booking, its mails and the stored answer commit together: a retry never finds a booking without its answer.
      const { result: body } = await requestBooking(db, tenant, room, input, now(), origin, async (trx, { id, manageToken }) => {
        const manageUrl = `${baseUrl}/v1/${tenant.id}/bookings/${id}?token=${manageToken}`;
        const row = (await findBooking(trx, tenant.id, id))!;
        const answer = { data: await toBooking(trx, row, room, tenant.timeZone), manageUrl, manageToken, emailNotifications: mail.reachesRecipients };
        await queueBookingCreatedMails(trx, { tenant, bookingId: id, manageUrl, baseUrl });
        if (key) await storeResponse(trx, tenant.id, key, 201, answer);
        return answer;
      });
      mail.wake();
      return c.json(body, 201, PRIVATE);
    } catch (error) {
      if (key) await releaseKey(db, tenant.id, key);
      throw error;
    }
  });

  app.openapi(routes.getBooking, async (c) => {
    const { id } = c.req.valid('param');
    const { token } = c.req.valid('query');
    const { row, room } = await authorizedBooking(c, id, token);
    const booking = await toBooking(db, row, room, c.get('tenant').timeZone);
    if (token && prefersHtml(c.req.header('accept'))) {
      const html = bookingManagePage(booking, { ...pageOptions(c, id, token), decisionReason: row.doc.decisionReason, justCancelled: c.req.query('cancelled') === '1' });
      return c.html(html, 200, { ...PRIVATE, ...PAGE_SECURITY_HEADERS }) as never;
    }
    return c.json({ data: booking }, 200, PRIVATE);
  });

  // The cancel button of the manage page: a plain form post. The first post
  // asks whether to cancel (no script needed); the second, with `confirm`, cancels.
  app.post('/v1/:tenant/bookings/:id/cancel', async (c) => {
    const id = c.req.param('id');
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const token = typeof form.token === 'string' ? form.token : undefined;
    if (!/^[0-9a-f-]{36}$/.test(id) || !token) throw notFound('Booking', id);
    const { row, room } = await authorizedBooking(c, id, token);
    if (form.confirm !== 'yes' && isLive(row)) {
      const booking = await toBooking(db, row, room, c.get('tenant').timeZone);
      return c.html(cancelConfirmationPage(booking, pageOptions(c, id, token)), 200, { ...PRIVATE, ...PAGE_SECURITY_HEADERS });
    }
    await cancel(c, row);
    return c.redirect(`/v1/${c.get('tenant').id}/bookings/${id}?token=${encodeURIComponent(token)}&cancelled=1`, 303);
  });

  app.openapi(routes.cancelBooking, async (c) => {
    const { id } = c.req.valid('param');
    const tenant = c.get('tenant');
    const { row, room } = await authorizedBooking(c, id, c.req.valid('query').token);
    await cancel(c, row);
    const updated = (await findBooking(db, tenant.id, id))!;
    return c.json({ data: await toBooking(db, updated, room, tenant.timeZone) }, 200, PRIVATE);
  });

  /** Cancels a live booking and queues the confirmation mail in the same transaction; a cancelled or decided one stays as it is. */
  async function cancel(c: Context<AppEnv>, row: BookingRow) {
    if (!isLive(row)) return;
    const tenant = c.get('tenant');
    const cancelled = await cancelLiveBooking(db, tenant.id, auditActorOf(c), row.id, (trx) => queueBookingCancelledMail(trx, { tenant, bookingId: row.id }));
    if (cancelled) mail.wake();
  }

  function pageOptions(c: Context<AppEnv>, id: string, token: string) {
    const tenant = c.get('tenant');
    return {
      locale: c.get('locale'),
      municipality: tenant.name,
      timeZone: tenant.timeZone,
      cancelAction: `/v1/${tenant.id}/bookings/${id}/cancel`,
      manageUrl: `/v1/${tenant.id}/bookings/${id}?token=${encodeURIComponent(token)}`,
      token,
    };
  }

  app.openapi(routes.listBookings, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    const offset = decodeCursor(query.cursor);
    const { data, total } = await listBookingQueue(db, tenant, { ...query, offset }, now());
    return c.json({ data, meta: { total, nextCursor: nextCursor(offset, query.limit, total), locale: c.get('locale') } }, 200, PRIVATE);
  });

  app.openapi(routes.decideBooking, async (c) => {
    const { id } = c.req.valid('param');
    const tenant = c.get('tenant');
    let roomId: string;
    try {
      ({ roomId } = await decideBookingRequest(decisionContext(c), id, c.req.valid('json')));
    } catch (error) {
      if (!isDoubleBooking(error)) throw error;
      // Approving would double-book: the exclusion constraint refused it; say which dates and what is free.
      const row = (await findBooking(db, tenant.id, id))!;
      const room = (await findRoom(db, tenant.id, row.room_id))!;
      const slots = await bookingSlots(db, id);
      return rejectConflicts(db, tenant, room, slots.map((s) => ({ start: s.start, end: s.end })), now(), { certain: true, excludeBookingId: id }) as never;
    }
    mail.wake();
    const updated = (await findBooking(db, tenant.id, id))!;
    const room = (await findRoom(db, tenant.id, roomId))!;
    const overlaps = await overlapsOf(db, tenant, [id]);
    return c.json({ data: await toStaffBooking(db, tenant, updated, room, overlaps.get(id) ?? [], now()) }, 200, PRIVATE);
  });

  app.openapi(routes.declineConflictingBookings, async (c) => {
    const { id } = c.req.valid('param');
    const declined = await declineConflictingRequests(decisionContext(c), id, c.req.valid('json').reason);
    if (declined.length) mail.wake();
    return c.json({ data: declined.map((bookingId) => ({ id: bookingId })) }, 200, PRIVATE);
  });

  /** A decision and the resident's mail about it commit together. */
  function decisionContext(c: Context<AppEnv>): DecisionContext {
    const tenant = c.get('tenant');
    const baseUrl = publicBaseUrl ?? new URL(c.req.url).origin;
    return {
      db,
      tenant,
      actor: auditActorOf(c),
      now: now(),
      afterDecision: (trx, bookingId) => queueBookingDecisionMail(trx, { tenant, bookingId, baseUrl }),
    };
  }

  /** The booking, if the secret token or a bookings role allows it; otherwise 404, so ids reveal nothing. */
  async function authorizedBooking(c: Context<AppEnv>, id: string, token: string | undefined): Promise<{ row: BookingRow; room: NonNullable<Awaited<ReturnType<typeof findRoom>>> }> {
    const tenant = c.get('tenant');
    const row = await findBooking(db, tenant.id, id);
    const allowed = row && ((token && sameSecret(hashSecret(token), row.manage_token_hash)) || (await isBookingsStaff(c)));
    if (!row || !allowed) throw notFound('Booking', id);
    const room = (await findRoom(db, tenant.id, row.room_id))!;
    return { row, room };
  }

  /** Staff of the bookings role may see and cancel any booking; a bad secret here just means "not staff". */
  async function isBookingsStaff(c: Context<AppEnv>) {
    const actor = await authenticate(c, db, now()).catch(() => undefined);
    return hasRole(actor, ['bookings']);
  }
}

/**
 * The page a request came from, for the "search again" link of a declined
 * mail: only a page of this server or of an origin the tenant lists by name,
 * never one a stranger chose (a tenant open to `*` allows any origin).
 */
function trustedSearchPage(c: Context<AppEnv>, baseUrl: string): string | undefined {
  const candidate = c.req.header('referer') ?? c.req.header('origin');
  if (!candidate) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  const trusted = url.origin === new URL(baseUrl).origin || c.get('tenant').corsOrigins.includes(url.origin);
  return trusted ? url.href.slice(0, 2000) : undefined;
}
