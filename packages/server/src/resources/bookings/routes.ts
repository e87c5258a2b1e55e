import { BookingRequestInput, routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import { auditActorOf, recordAudit } from '../../audit/audit-log.js';
import { authenticate, hasRole, hashSecret, sameSecret } from '../../http/auth.js';
import type { AppEnv } from '../../http/env.js';
import { ProblemError, notFound } from '../../http/problem.js';
import { findRoom } from '../rooms/repository.js';
import { claimKey, fingerprintOf, releaseKey, storeResponse } from './idempotency.js';
import { bookingSlots, findBooking, isDoubleBooking, setBookingStatus, type BookingRow } from './repository.js';
import { declineConflictingRequests, decideBookingRequest, type DecisionContext } from './decisions.js';
import { listBookingQueue, overlapsOf, toStaffBooking } from './queue.js';
import { decodeCursor, nextCursor } from '../../http/pagination.js';
import { rejectConflicts, requestBooking, toBooking } from './service.js';
import { bookingManagePage, prefersHtml } from '../../pages/booking-manage.js';
import { PAGE_SECURITY_HEADERS } from '../../pages/html.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerBookingRoutes(app: OpenAPIHono<AppEnv>, { db, bookingLimiter, publicBaseUrl, now }: AppDependencies) {
  app.openapi(routes.createBooking, async (c) => {
    const tenant = c.get('tenant');
    const input = BookingRequestInput.parse(c.req.valid('json'));
    const key = c.req.valid('header')['idempotency-key'];
    if (key) {
      const claim = await claimKey(db, tenant.id, key, fingerprintOf(input));
      if (claim.kind === 'replay') return c.json(claim.body as never, 201, { ...PRIVATE, 'Idempotent-Replayed': 'true' });
    }
    try {
      bookingLimiter.hit(c, `bookings:${tenant.id}`);
      const room = await findRoom(db, tenant.id, input.roomId);
      if (!room) {
        throw new ProblemError({ status: 404, type: 'not-found', title: 'Room not found', errors: [{ path: 'roomId', code: 'unknown_room', message: `There is no room "${input.roomId}".` }] });
      }
      const { id, manageToken } = await requestBooking(db, tenant, room, input, now());
      const row = (await findBooking(db, tenant.id, id))!;
      const body = {
        data: await toBooking(db, row, room, tenant.timeZone),
        manageUrl: `${publicBaseUrl ?? new URL(c.req.url).origin}/v1/${tenant.id}/bookings/${id}?token=${manageToken}`,
        manageToken,
      };
      if (key) await storeResponse(db, tenant.id, key, 201, body);
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
      const cancelAction = `/v1/${c.get('tenant').id}/bookings/${id}/cancel`;
      const html = bookingManagePage(booking, { locale: c.get('locale'), cancelAction, token, justCancelled: c.req.query('cancelled') === '1' });
      return c.html(html, 200, { ...PRIVATE, ...PAGE_SECURITY_HEADERS }) as never;
    }
    return c.json({ data: booking }, 200, PRIVATE);
  });

  // The cancel button of the manage page: a plain form post, then back to the page.
  app.post('/v1/:tenant/bookings/:id/cancel', async (c) => {
    const id = c.req.param('id');
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const token = typeof form.token === 'string' ? form.token : undefined;
    if (!/^[0-9a-f-]{36}$/.test(id) || !token) throw notFound('Booking', id);
    const { row } = await authorizedBooking(c, id, token);
    if (row.status === 'requested' || row.status === 'confirmed') await cancel(c, id, row.status);
    return c.redirect(`/v1/${c.get('tenant').id}/bookings/${id}?token=${encodeURIComponent(token)}&cancelled=1`, 303);
  });

  app.openapi(routes.cancelBooking, async (c) => {
    const { id } = c.req.valid('param');
    const tenant = c.get('tenant');
    const { row, room } = await authorizedBooking(c, id, c.req.valid('query').token);
    if (row.status === 'requested' || row.status === 'confirmed') await cancel(c, id, row.status);
    const updated = (await findBooking(db, tenant.id, id))!;
    return c.json({ data: await toBooking(db, updated, room, tenant.timeZone) }, 200, PRIVATE);
  });

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
    const updated = (await findBooking(db, tenant.id, id))!;
    const room = (await findRoom(db, tenant.id, roomId))!;
    const overlaps = await overlapsOf(db, tenant, [id]);
    return c.json({ data: await toStaffBooking(db, tenant, updated, room, overlaps.get(id) ?? [], now()) }, 200, PRIVATE);
  });

  app.openapi(routes.declineConflictingBookings, async (c) => {
    const { id } = c.req.valid('param');
    const declined = await declineConflictingRequests(decisionContext(c), id, c.req.valid('json').reason);
    return c.json({ data: declined.map((bookingId) => ({ id: bookingId })) }, 200, PRIVATE);
  });

  function decisionContext(c: Context<AppEnv>): DecisionContext {
    return { db, tenant: c.get('tenant'), actor: auditActorOf(c), now: now() };
  }

  async function cancel(c: Context<AppEnv>, id: string, previous: string) {
    await db.transaction().execute(async (trx) => {
      await setBookingStatus(trx, id, 'cancelled');
      await recordAudit(trx, c.get('tenant').id, auditActorOf(c), { recordType: 'booking', recordId: id, operation: 'cancel', before: { status: previous }, after: { status: 'cancelled' } });
    });
  }

  /** The booking, if the secret token or an editor token allows it; otherwise 404, so ids reveal nothing. */
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

