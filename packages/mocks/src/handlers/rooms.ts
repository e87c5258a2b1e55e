/**
 * Handlers for `/rooms`, `/rooms/{id}` and `/rooms/{id}/availability`, plus
 * the room taxonomies. Busy times follow a fixed weekly pattern so stories
 * and tests always see the same week: Tuesday and Thursday 18:00–20:00
 * booked, Wednesday 10:00–12:00 requested.
 */
import { http, HttpResponse, delay } from 'msw';
import type { Availability, ListResponse, RoomSummary, TaxonomyTerm } from '@teilhabe/sdk';
import { roomFixtures, roomTaxonomyFixtures, roomTaxonomyTerms, toRoom, toRoomSummary, type RoomFixture } from '../fixtures/rooms.js';
import { API, codeList, problem, requestLocale } from './common.js';
import { taxonomyHandlers } from './taxonomies.js';

export const MOCK_TIME_ZONE = 'Europe/Berlin';

/** `2026-03-02`, `18:00` → `2026-03-02T18:00:00+01:00` in Berlin. */
export function berlinIso(date: string, time: string): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: MOCK_TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(new Date(instant))
        .map((p) => [p.type, p.value]),
    );
    return (Date.UTC(+parts['year']!, +parts['month']! - 1, +parts['day']!, +parts['hour']!, +parts['minute']!) - instant) / 60_000;
  };
  const offset = offsetAt(wall - offsetAt(wall) * 60_000);
  if (hh === 24) {
    const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    return berlinIso(next, '00:00');
  }
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function addDate(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/** The fixed weekly pattern of busy times of every mock room. */
export function mockBusyOn(date: string): Array<{ start: string; end: string; kind: 'booked' | 'requested' }> {
  const weekday = weekdayOf(date);
  if (weekday === 2 || weekday === 4) return [{ start: berlinIso(date, '18:00'), end: berlinIso(date, '20:00'), kind: 'booked' }];
  if (weekday === 3) return [{ start: berlinIso(date, '10:00'), end: berlinIso(date, '12:00'), kind: 'requested' }];
  return [];
}

function openOn(room: RoomFixture, date: string) {
  if (room.closures.some((c) => c.from <= date && date <= c.to)) return [];
  return room.openingHours.filter((h) => h.weekday === weekdayOf(date));
}

/** Free for the whole daily window on at least one day (the server's rule, simplified to the mock pattern). */
function freeInWindow(room: RoomFixture, url: URL): boolean {
  const from = url.searchParams.get('freeFrom');
  if (!from) return true;
  const to = url.searchParams.get('freeTo') ?? from;
  const start = url.searchParams.get('freeStart');
  const end = url.searchParams.get('freeEnd');
  const weekdays = codeList(url, 'freeWeekdays').map(Number);
  for (let date = from; date <= to; date = addDate(date, 1)) {
    if (weekdays.length && !weekdays.includes(weekdayOf(date))) continue;
    for (const hours of openOn(room, date)) {
      const wantStart = start ?? hours.opens;
      const wantEnd = end ?? hours.closes;
      if (wantStart < hours.opens || wantEnd > hours.closes || wantStart >= hours.closes) continue;
      const busy = mockBusyOn(date).filter((b) => b.kind === 'booked').some((b) => b.start.slice(11, 16) < wantEnd && wantStart < b.end.slice(11, 16));
      if (!busy) return true;
    }
  }
  return false;
}

export interface RoomHandlerOptions {
  rooms?: RoomFixture[];
  /** The list never answers. */
  listForever?: boolean;
  /** The list fails with 500. */
  listError?: boolean;
}

/** Handlers for the room taxonomies; other taxonomies fall through to the next handler. */
export function roomTaxonomyHandlers() {
  return [
    http.get(`${API}/taxonomies/:name`, ({ request, params }) => {
      const name = String(params['name']);
      if (!roomTaxonomyFixtures[name]) return undefined;
      const locale = requestLocale(request);
      const data = roomTaxonomyTerms(name, locale);
      return HttpResponse.json<ListResponse<TaxonomyTerm>>({ data, meta: { total: data.length, nextCursor: null, locale } });
    }),
  ];
}

export function roomHandlers(options: RoomHandlerOptions = {}) {
  const rooms = options.rooms ?? roomFixtures;
  return [
    ...roomTaxonomyHandlers(),
    ...taxonomyHandlers(),
    http.get(`${API}/rooms`, async ({ request }) => {
      if (options.listForever) await delay('infinite');
      if (options.listError) return problem(500, 'Interner Fehler');
      const url = new URL(request.url);
      const locale = requestLocale(request);
      const capacity = Number(url.searchParams.get('capacity') ?? 0);
      const equipment = codeList(url, 'equipment');
      const accessibility = codeList(url, 'accessibility');
      const areas = codeList(url, 'area');
      const matches = rooms.filter(
        (room) =>
          room.capacity >= capacity &&
          equipment.every((code) => room.equipment.includes(code)) &&
          accessibility.every((code) => room.accessibility.includes(code)) &&
          (areas.length === 0 || areas.includes(room.venue.area)) &&
          freeInWindow(room, url),
      );
      const data = matches.map((room) => toRoomSummary(room, locale));
      return HttpResponse.json<ListResponse<RoomSummary>>({ data, meta: { total: data.length, nextCursor: null, locale } });
    }),
    http.get(`${API}/rooms/:id`, ({ request, params }) => {
      const room = rooms.find((r) => r.id === params['id']);
      if (!room) return problem(404, 'Raum nicht gefunden');
      return HttpResponse.json({ data: toRoom(room, requestLocale(request)) });
    }),
    http.get(`${API}/rooms/:id/availability`, ({ request, params }) => {
      const room = rooms.find((r) => r.id === params['id']);
      if (!room) return problem(404, 'Raum nicht gefunden');
      const url = new URL(request.url);
      const from = (url.searchParams.get('from') ?? '').slice(0, 10);
      const to = (url.searchParams.get('to') ?? '').slice(0, 10);
      const openingHours: Availability['openingHours'] = [];
      const busy: Availability['busy'] = [];
      for (let date = from; date < to; date = addDate(date, 1)) {
        if (room.closures.some((c) => c.from <= date && date <= c.to)) {
          busy.push({ start: berlinIso(date, '00:00'), end: berlinIso(addDate(date, 1), '00:00'), kind: 'closed' });
          continue;
        }
        const hours = openOn(room, date);
        hours.forEach((h) => openingHours.push({ date, opens: h.opens, closes: h.closes }));
        if (hours.length) busy.push(...mockBusyOn(date));
      }
      return HttpResponse.json<{ data: Availability }>({
        data: { roomId: room.id, from: berlinIso(from, '00:00'), to: berlinIso(to, '00:00'), timeZone: MOCK_TIME_ZONE, openingHours, busy, bookingPolicy: room.bookingPolicy },
      });
    }),
  ];
}
