import { z } from '@hono/zod-openapi';
import { DateOnly, DateTime, Email, PageQuery, Phone, Problem, Slug, Text, codeList, orNull } from './common.js';

export const BOOKING_STATUSES = ['requested', 'confirmed', 'declined', 'cancelled'] as const;
export const BookingStatus = z.enum(BOOKING_STATUSES).openapi('BookingStatus');
export type BookingStatus = z.infer<typeof BookingStatus>;

export const Recurrence = z
  .object({
    frequency: z.enum(['weekly', 'biweekly']),
    until: DateOnly.openapi({ description: 'Last day of the series (inclusive).' }),
  })
  .openapi('BookingRecurrence');

export const Requester = z
  .object({
    organizationId: Slug.optional().openapi({ description: 'The organisation from the directory, if any.' }),
    organizationName: Text.max(200).optional(),
    applicantKind: Text.max(60).optional().openapi({ description: 'Code of `/taxonomies/applicant-kinds`, for the fee.' }),
    name: Text.trim().min(2).max(200),
    email: Email,
    phone: Phone.optional(),
  })
  .openapi('Requester');

export const BookingRequestInput = z
  .object({
    roomId: Slug,
    start: DateTime,
    end: DateTime,
    recurrence: Recurrence.optional(),
    excludeDates: z
      .array(DateOnly)
      .max(200)
      .default([])
      .openapi({ description: 'Dates of a series to leave out, e.g. the ones that conflict.' }),
    purpose: Text.trim().min(3).max(2000),
    expectedAttendees: z.number().int().min(1).max(5000),
    requester: Requester,
    isPublic: z.boolean().openapi({ description: 'Public events may be shown in the calendar.' }),
    acceptHouseRules: z.literal(true, { error: 'The house rules must be accepted.' }),
  })
  .refine((b) => Date.parse(b.end) > Date.parse(b.start), { path: ['end'], message: 'The end must be after the start.' })
  .openapi('BookingRequestInput');
export type BookingRequestInput = z.input<typeof BookingRequestInput>;

export const BookingOccurrence = z
  .object({ start: DateTime, end: DateTime, status: BookingStatus })
  .openapi('BookingOccurrence');

/** What the person who asked for a room sees (with the secret link). Never public. */
export const Booking = z
  .object({
    id: z.string(),
    roomId: Slug,
    roomName: z.string(),
    venueName: z.string(),
    status: BookingStatus,
    start: DateTime,
    end: DateTime,
    recurrence: orNull(Recurrence),
    occurrences: z.array(BookingOccurrence),
    purpose: z.string(),
    expectedAttendees: z.number().int(),
    requester: Requester,
    isPublic: z.boolean(),
    createdAt: DateTime,
    feeEurPerHour: z.number().nullable(),
    decisionReason: z.string().nullable().openapi({ description: 'Why the office declined (dates of) the request.' }),
  })
  .openapi('Booking');
export type Booking = z.infer<typeof Booking>;

export const BookingCreated = z
  .object({
    data: Booking,
    manageUrl: z.string().openapi({ description: 'Secret link to view or cancel the booking. Keep it private.' }),
    manageToken: z.string(),
    emailNotifications: z.boolean().openapi({
      description:
        'Whether this server e-mails the requester (a receipt with `manageUrl` now, the decision later). When false, no e-mail comes: the person must keep `manageUrl` to see the decision.',
    }),
  })
  .openapi('BookingCreated');

export const BookingDecision = z
  .object({
    status: z.enum(['confirmed', 'declined']).openapi({ description: 'The decision for every date not named in `dates`.' }),
    reason: Text.trim().min(3).max(2000).optional().openapi({ description: 'Why it was declined, written for the resident; the mail and the booking page show it. Needed when any date is declined.' }),
    note: Text.trim().max(2000).optional().openapi({ description: 'An internal note of the office; never shown to the resident.' }),
    dates: z
      .record(DateOnly, z.enum(['confirmed', 'declined']))
      .optional()
      .openapi({ description: 'For a series: a decision per date (the local date of the occurrence), e.g. `{"2026-12-24": "declined"}`.' }),
    change: z
      .object({ roomId: Slug.optional(), start: DateTime, end: DateTime })
      .refine((c) => Date.parse(c.end) > Date.parse(c.start), { path: ['end'], message: 'The end must be after the start.' })
      .optional()
      .openapi({ description: 'Before approving a single date: another time or room; the resident is told what changed.' }),
  })
  .refine((d) => !(d.status === 'declined' || Object.values(d.dates ?? {}).includes('declined')) || d.reason, {
    path: ['reason'],
    message: 'Write the resident why (reason) when you decline.',
  })
  .openapi('BookingDecision');
export type BookingDecision = z.input<typeof BookingDecision>;

export const DeclineConflictingInput = z
  .object({ reason: Text.trim().min(3).max(2000).openapi({ description: 'The same reason for every request declined, written for the residents.' }) })
  .openapi('DeclineConflictingInput');

/** Another request or booking of the same room that overlaps one of this request's dates. */
export const BookingOverlap = z
  .object({
    bookingId: z.string(),
    status: BookingStatus,
    start: DateTime,
    end: DateTime,
    requesterName: z.string().nullable(),
    organizationName: z.string().nullable(),
  })
  .openapi('BookingOverlap');

/** A booking as the office sees it in the queue: the requester's contact, the office's notes and what competes with it. */
export const StaffBooking = Booking.extend({
  venueId: Slug,
  locale: z.string().nullable().openapi({ description: 'The language the request was made in; mails to the resident use it.' }),
  officeNote: z.string().nullable(),
  overlaps: z.array(BookingOverlap).openapi({ description: 'Other live requests and confirmed bookings of the same room at the same time.' }),
  waitingDays: z.number().int().nullable().openapi({ description: 'For a request: whole days since it arrived.' }),
})
  .openapi('StaffBooking');
export type StaffBooking = z.infer<typeof StaffBooking>;

export const BookingQueueQuery = z.object({
  status: codeList(BookingStatus).openapi({ param: { name: 'status', in: 'query' }, description: 'One or more statuses, comma-separated. Default: requested.' }),
  room: Slug.optional().openapi({ param: { name: 'room', in: 'query' } }),
  venue: Slug.optional().openapi({ param: { name: 'venue', in: 'query' } }),
  from: DateTime.optional().openapi({ param: { name: 'from', in: 'query' }, description: 'Bookings whose last date ends after this.' }),
  to: DateTime.optional().openapi({ param: { name: 'to', in: 'query' }, description: 'Bookings whose first date starts before this.' }),
  q: Text.trim().max(200).optional().openapi({ param: { name: 'q', in: 'query' }, description: 'Part of the requester\'s name or e-mail, the organisation or the purpose.' }),
  sort: z.enum(['start', 'arrival']).default('start').openapi({ param: { name: 'sort', in: 'query' }, description: '`start`: soonest date first; `arrival`: oldest request first.' }),
  ...PageQuery,
});

export const BookingTokenQuery = z.object({
  token: Text.min(20).max(200).optional().openapi({
    param: { name: 'token', in: 'query' },
    description: 'The secret from `manageUrl`. Staff with the `bookings` role use their bearer secret instead.',
  }),
});

export const ConflictAlternative = z
  .object({ roomId: Slug, roomName: z.string(), start: DateTime, end: DateTime })
  .openapi('ConflictAlternative');

/** The 409 of a booking request or approval: which times are taken and what is free nearby. */
export const BookingConflictProblem = Problem.extend({
  conflicts: z.array(z.object({ start: DateTime, end: DateTime })).optional().openapi({ description: 'The requested times that are taken.' }),
  alternatives: z.array(ConflictAlternative).optional().openapi({ description: 'Nearest free times: same room first, then comparable rooms.' }),
}).openapi('BookingConflictProblem');
