/**
 * Handler for `POST /bookings`: validates like the server (400 with field
 * paths), enforces the number of people (422), answers a repeated
 * Idempotency-Key with the first answer, and in the conflict scenarios says
 * that a time is taken (409) with alternatives.
 */
import { http, HttpResponse } from 'msw';
import type { Booking, BookingCreated, BookingRequestInput } from '@teilhabe/sdk';
import { roomFixtures, type RoomFixture } from '../fixtures/rooms.js';
import { API, problem } from './common.js';
import { addDate, berlinIso, roomHandlers } from './rooms.js';

export type BookingMode = 'accept' | 'conflict' | 'series-conflict' | 'rules';

/** Every booking POST the mocks received (tests count them to prove a double click sends one request). */
export const bookingLog: Array<{ key: string | null; body: BookingRequestInput }> = [];

function occurrencesOf(input: BookingRequestInput) {
  const date = input.start.slice(0, 10);
  const startTime = input.start.slice(11, 16);
  const endTime = input.end.slice(11, 16);
  const dates = [date];
  if (input.recurrence) {
    const step = input.recurrence.frequency === 'weekly' ? 7 : 14;
    for (let next = addDate(date, step); next <= input.recurrence.until; next = addDate(next, step)) dates.push(next);
  }
  return dates.filter((d) => !(input.excludeDates ?? []).includes(d)).map((d) => ({ start: berlinIso(d, startTime), end: berlinIso(d, endTime) }));
}

function fieldErrors(input: BookingRequestInput) {
  const errors: Array<{ path: string; code: string; message: string }> = [];
  if (!input.requester?.name || input.requester.name.trim().length < 2) errors.push({ path: 'requester.name', code: 'too_small', message: 'Too small' });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.requester?.email ?? '')) errors.push({ path: 'requester.email', code: 'invalid_format', message: 'Invalid email address' });
  if (!input.purpose || input.purpose.trim().length < 3) errors.push({ path: 'purpose', code: 'too_small', message: 'Too small' });
  if (input.acceptHouseRules !== true) errors.push({ path: 'acceptHouseRules', code: 'invalid_value', message: 'The house rules must be accepted.' });
  if (Date.parse(input.end) <= Date.parse(input.start)) errors.push({ path: 'end', code: 'custom', message: 'The end must be after the start.' });
  return errors;
}

function created(input: BookingRequestInput, room: RoomFixture, id: string, emailNotifications: boolean): BookingCreated {
  const status = room.bookingPolicy.needsApproval ? 'requested' : 'confirmed';
  const rule = input.requester.applicantKind ? room.fees.rules.find((r) => r.applicantKinds.includes(input.requester.applicantKind!)) : undefined;
  const occurrences = occurrencesOf(input).map((o) => ({ ...o, status }) as Booking['occurrences'][number]);
  const data: Booking = {
    id,
    roomId: room.id,
    roomName: room.name,
    venueName: room.venue.name,
    status,
    start: occurrences[0]!.start,
    end: occurrences[0]!.end,
    recurrence: input.recurrence ?? null,
    occurrences,
    purpose: input.purpose,
    expectedAttendees: input.expectedAttendees,
    requester: input.requester,
    isPublic: input.isPublic,
    createdAt: new Date().toISOString(),
    feeEurPerHour: rule ? rule.eurPerHour : room.fees.standardEurPerHour,
    decisionReason: null,
  };
  const manageToken = `bk_mock${id.replace(/-/g, '')}secret`;
  return { data, manageUrl: `${location.origin}/v1/musterkreis/bookings/${id}?token=${manageToken}`, manageToken, emailNotifications };
}

/** `emailNotifications: false` plays a server without mail (no SMTP configured). */
export function bookingHandlers(mode: BookingMode = 'accept', rooms: RoomFixture[] = roomFixtures, options: { emailNotifications?: boolean } = {}) {
  const answers = new Map<string, BookingCreated>();
  /** Alternatives already offered are free, so picking one succeeds. */
  const offered = new Set<string>();
  let counter = 0;
  return [
    http.post(`${API}/bookings`, async ({ request }) => {
      const key = request.headers.get('idempotency-key');
      const input = (await request.json()) as BookingRequestInput;
      bookingLog.push({ key, body: input });
      if (key && answers.has(key)) return HttpResponse.json(answers.get(key), { status: 201, headers: { 'Idempotent-Replayed': 'true' } });
      const room = rooms.find((r) => r.id === input.roomId);
      if (!room) return problem(404, 'Room not found', { errors: [{ path: 'roomId', code: 'unknown_room', message: 'There is no such room.' }] });
      const errors = fieldErrors(input);
      if (errors.length) return problem(400, 'The request is invalid', { type: '/problems/validation', errors });
      if (mode === 'rules' || input.expectedAttendees > room.capacity) {
        return problem(422, 'The request breaks a rule of the room', {
          type: '/problems/booking-rules',
          errors: [{ path: 'expectedAttendees', code: 'max-attendees', message: `The room holds at most ${room.capacity} people.` }],
        });
      }
      const occurrences = occurrencesOf(input);
      if (mode === 'conflict' && !offered.has(`${room.id}@${input.start}`)) {
        const first = occurrences[0]!;
        const day = first.start.slice(0, 10);
        const alternatives = [
          { roomId: room.id, roomName: room.name, start: berlinIso(addDate(day, 1), first.start.slice(11, 16)), end: berlinIso(addDate(day, 1), first.end.slice(11, 16)) },
          { roomId: room.id, roomName: room.name, start: berlinIso(day, shift(first.start, 150)), end: berlinIso(day, shift(first.end, 150)) },
          ...rooms.filter((r) => r.id !== room.id).slice(0, 1).map((other) => ({ roomId: other.id, roomName: other.name, start: first.start, end: first.end })),
        ];
        alternatives.forEach((a) => offered.add(`${a.roomId}@${a.start}`));
        return problem(409, 'The room is already booked at that time', { type: '/problems/booking-conflict', conflicts: [first], alternatives } as never);
      }
      if (mode === 'series-conflict' && occurrences.length > 2) {
        const taken = [occurrences[1]!, occurrences[3] ?? occurrences[2]!];
        const stillTaken = taken.filter((t) => occurrences.some((o) => o.start === t.start));
        if (stillTaken.length === taken.length) {
          return problem(409, 'The room is already booked at that time', { type: '/problems/booking-conflict', conflicts: taken, alternatives: [] } as never);
        }
      }
      counter += 1;
      const answer = created(input, room, `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`, options.emailNotifications ?? true);
      if (key) answers.set(key, answer);
      return HttpResponse.json(answer, { status: 201, headers: { 'Cache-Control': 'private, no-store' } });
    }),
  ];
}

/** `18:00` of a zoned time shifted by minutes (within the day). */
function shift(iso: string, minutes: number): string {
  const [h = 0, m = 0] = iso.slice(11, 16).split(':').map(Number);
  const total = Math.min(h * 60 + m + minutes, 24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Ready-made handler sets for the booking widget's stories and tests. */
export const roomScenarios = {
  rooms: () => [...roomHandlers(), ...bookingHandlers('accept')],
  roomsWithoutMail: () => [...roomHandlers(), ...bookingHandlers('accept', roomFixtures, { emailNotifications: false })],
  roomsEmpty: () => [...roomHandlers({ rooms: [] }), ...bookingHandlers('accept')],
  roomsLoading: () => [...roomHandlers({ listForever: true })],
  roomsError: () => [...roomHandlers({ listError: true })],
  /** The network is gone: the list of rooms never arrives (the offline story). */
  roomsNetworkError: () => [http.get(`${API}/rooms`, () => HttpResponse.error()), ...roomHandlers(), ...bookingHandlers('accept')],
  bookingConflict: () => [...roomHandlers(), ...bookingHandlers('conflict')],
  seriesConflict: () => [...roomHandlers(), ...bookingHandlers('series-conflict')],
  bookingRules: () => [...roomHandlers(), ...bookingHandlers('rules')],
} as const;
