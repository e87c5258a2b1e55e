import { z } from '@hono/zod-openapi';
import {
  DateOnly,
  DateTime,
  Email,
  Phone,
  Problem,
  Slug,
  orNull,
} from './common.js';

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
    organizationName: z.string().max(200).optional(),
    applicantKind: z.string().max(60).optional().openapi({ description: 'Code of `/taxonomies/applicant-kinds`, for the fee.' }),
    name: z.string().trim().min(2).max(200),
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
    purpose: z.string().trim().min(3).max(2000),
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
  .object({ status: z.enum(['confirmed', 'declined']), note: z.string().max(2000).optional() })
  .openapi('BookingDecision');

export const BookingTokenQuery = z.object({
  token: z.string().min(20).max(200).optional().openapi({
    param: { name: 'token', in: 'query' },
    description: 'The secret from `manageUrl`. Editors use their bearer token instead.',
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
