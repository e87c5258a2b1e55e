import { timingSafeEqual } from 'node:crypto';
import { BookingRequestInput, routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import { hashSecret, isEditor, requireEditor } from '../../http/auth.js';
import type { AppEnv, TenantContext } from '../../http/env.js';
import { ProblemError, notFound } from '../../http/problem.js';
import { findRoom } from '../rooms/repository.js';
import { claimKey, fingerprintOf, releaseKey, storeResponse } from './idempotency.js';
import { bookingSlots, findBooking, isDoubleBooking, lockRoomBookings, setBookingStatus, type BookingRow } from './repository.js';
import { rejectConflicts, requestBooking, toBooking } from './service.js';
import { bookingManagePage, cancelConfirmationPage, prefersHtml } from '../../pages/booking-manage.js';
import { queueBookingCancelledMail, queueBookingCreatedMails, type DecidedBookingDoc } from '../../mail/booking-mails.js';
import { PAGE_SECURITY_HEADERS } from '../../pages/html.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerBookingRoutes(app: OpenAPIHono<AppEnv>, { db, bookingLimiter, publicBaseUrl, now, mail }: AppDependencies) {
  app.openapi(routes.createBooking, async (c) => {
    const tenant = c.get('tenant');
    const input = BookingRequestInput.parse(c.req.valid('json'));
    const key = c.req.valid('header')['idempotency-key'];
    if (key) {
      const claim = await claimKey(db, tenant.id, key, fingerprintOf(input));
      if (claim.kind === 'replay') return c.json(claim.body as never, 201, { ...PRIVATE, 'Idempotent-Replayed': 'true' });
    }
    try {
      await bookingLimiter.hit(c, `bookings:${tenant.id}`);
      const room = await findRoom(db, tenant.id, input.roomId);
      if (!room) {
        throw new ProblemError({ status: 404, type: 'not-found', title: 'Room not found', errors: [{ path: 'roomId', code: 'unknown_room', message: `There is no room "${input.roomId}".` }] });
      }
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
      const html = bookingManagePage(booking, { ...pageOptions(c, id, token), decisionReason: (row.doc as DecidedBookingDoc).decisionReason, justCancelled: c.req.query('cancelled') === '1' });
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
    await cancel(c.get('tenant'), row);
    return c.redirect(`/v1/${c.get('tenant').id}/bookings/${id}?token=${encodeURIComponent(token)}&cancelled=1`, 303);
  });

  app.openapi(routes.cancelBooking, async (c) => {
    const { id } = c.req.valid('param');
    const tenant = c.get('tenant');
    const { row, room } = await authorizedBooking(c, id, c.req.valid('query').token);
    await cancel(tenant, row);
    const updated = (await findBooking(db, tenant.id, id))!;
    return c.json({ data: await toBooking(db, updated, room, tenant.timeZone) }, 200, PRIVATE);
  });

  /** Cancels a live booking and queues the confirmation mail in the same transaction; a cancelled or decided one stays as it is. */
  async function cancel(tenant: TenantContext, row: BookingRow) {
    if (!isLive(row)) return;
    const cancelled = await db.transaction().execute(async (trx) => {
      // Locked and read again: of two cancels at once, only one cancels and mails.
      const current = await findBooking(trx, tenant.id, row.id, { forUpdate: true });
      if (!current || !isLive(current)) return false;
      await setBookingStatus(trx, row.id, 'cancelled');
      await queueBookingCancelledMail(trx, { tenant, bookingId: row.id });
      return true;
    });
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

  app.openapi(routes.decideBooking, async (c) => {
    await requireEditor(c, db);
    const { id } = c.req.valid('param');
    const decision = c.req.valid('json');
    const tenant = c.get('tenant');
    let roomId = '';
    try {
      await db.transaction().execute(async (trx) => {
        // The row lock makes two editors deciding the same request take turns.
        const row = await findBooking(trx, tenant.id, id, { forUpdate: true });
        if (!row) throw notFound('Booking', id);
        roomId = row.room_id;
        if (row.status !== 'requested') {
          throw new ProblemError({
            status: 409,
            type: 'booking-not-pending',
            title: 'The booking is no longer a request',
            detail: `It is ${row.status}; only requests can be approved or declined.`,
          });
        }
        const doc = decision.note ? { ...row.doc, decisionNote: decision.note } : row.doc;
        await lockRoomBookings(trx, tenant.id, row.room_id);
        await setBookingStatus(trx, id, decision.status, doc);
      });
    } catch (error) {
      if (!isDoubleBooking(error)) throw error;
      // Approving would double-book: the exclusion constraint refused it.
      const row = (await findBooking(db, tenant.id, id))!;
      const room = (await findRoom(db, tenant.id, row.room_id))!;
      const slots = await bookingSlots(db, id);
      await rejectConflicts(db, tenant, room, slots.map((s) => ({ start: s.start, end: s.end })), now(), { certain: true, excludeBookingId: id });
    }
    const room = (await findRoom(db, tenant.id, roomId))!;
    const updated = (await findBooking(db, tenant.id, id))!;
    return c.json({ data: await toBooking(db, updated, room, tenant.timeZone) }, 200, PRIVATE);
  });

  /** The booking, if the secret token or an editor token allows it; otherwise 404, so ids reveal nothing. */
  async function authorizedBooking(c: Context<AppEnv>, id: string, token: string | undefined): Promise<{ row: BookingRow; room: NonNullable<Awaited<ReturnType<typeof findRoom>>> }> {
    const tenant = c.get('tenant');
    const row = await findBooking(db, tenant.id, id);
    const allowed = row && ((token && sameSecret(hashSecret(token), row.manage_token_hash)) || (await isEditor(c, db)));
    if (!row || !allowed) throw notFound('Booking', id);
    const room = (await findRoom(db, tenant.id, row.room_id))!;
    return { row, room };
  }
}

const isLive = (row: BookingRow) => row.status === 'requested' || row.status === 'confirmed';

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

function sameSecret(a: string, b: string) {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
