import { z } from '@hono/zod-openapi';
import {
  Address,
  DateOnly,
  DateTime,
  Email,
  LocaleQuery,
  LocalizedTextInput,
  MachineTranslatedInput,
  OpeningHours,
  PageQuery,
  Phone,
  Slug,
  TaxonomyCode,
  Text,
  TimeOfDay,
  Translation,
  WebUrl,
  codeList,
  orNull,
} from './common.js';

export const ContactOffice = z
  .object({ name: Text.min(1).max(200), email: Email.optional(), phone: Phone.optional() })
  .openapi('ContactOffice');

export const BookingPolicy = z
  .object({
    needsApproval: z.boolean().openapi({ description: 'If true, a request waits for the office; if false it is booked at once.' }),
    minNoticeHours: z.number().int().min(0).max(24 * 90),
    maxAdvanceDays: z.number().int().min(1).max(730),
    maxDurationMinutes: z.number().int().min(15).max(24 * 60),
    bufferMinutes: z.number().int().min(0).max(240).openapi({ description: 'Time kept free after each booking.' }),
    maxAttendees: z.number().int().min(1).optional().openapi({ description: 'Defaults to the capacity.' }),
  })
  .openapi('BookingPolicy');
export type BookingPolicy = z.infer<typeof BookingPolicy>;

/** Applicant kinds are codes of `/taxonomies/applicant-kinds`. */
export const FeeRule = z
  .object({
    applicantKinds: z.array(TaxonomyCode).min(1),
    eurPerHour: z.number().min(0).openapi({ description: '0 means free of charge.' }),
  })
  .openapi('FeeRule');

export const Fees = z
  .object({
    standardEurPerHour: z.number().min(0),
    rules: z.array(FeeRule).openapi({ description: 'The first rule naming the applicant kind applies.' }),
  })
  .openapi('Fees');
export type Fees = z.infer<typeof Fees>;

export const Closure = z
  .object({ from: DateOnly, to: DateOnly, reason: z.string().nullable() })
  .openapi('Closure');

export const VenueRef = z
  .object({ id: Slug, name: z.string(), address: Address, accessibilityNote: z.string().nullable() })
  .openapi('VenueRef');

const roomFields = {
  id: Slug,
  name: z.string(),
  venue: VenueRef,
  capacity: z.number().int(),
  sizeSqm: z.number().nullable(),
  equipment: z.array(TaxonomyCode),
  accessibility: z.array(TaxonomyCode),
  fees: Fees,
  bookingPolicy: BookingPolicy,
  translation: Translation,
};

export const RoomSummary = z.object(roomFields).openapi('RoomSummary');
export type RoomSummary = z.infer<typeof RoomSummary>;

export const Room = z
  .object({
    ...roomFields,
    description: z.string(),
    openingHours: OpeningHours,
    closures: z.array(Closure),
    houseRules: z.string(),
    contactOffice: ContactOffice,
    photos: z.array(z.object({ url: WebUrl, alt: z.string() })),
  })
  .openapi('Room');
export type Room = z.infer<typeof Room>;

export const VenueInput = z
  .object({
    id: Slug,
    name: Text.min(1).max(200),
    address: Address,
    accessibilityNote: orNull(LocalizedTextInput).default(null),
  })
  .openapi('VenueInput');
export type VenueInput = z.input<typeof VenueInput>;

export const RoomInput = z
  .object({
    id: Slug,
    venueId: Slug,
    name: Text.min(1).max(200),
    description: LocalizedTextInput,
    machineTranslated: MachineTranslatedInput,
    capacity: z.number().int().min(1).max(5000),
    sizeSqm: z.number().min(1).max(10000).nullable().default(null),
    equipment: z.array(TaxonomyCode).max(40).default([]),
    accessibility: z.array(TaxonomyCode).max(20).default([]),
    openingHours: OpeningHours,
    closures: z
      .array(z.object({ from: DateOnly, to: DateOnly, reason: orNull(LocalizedTextInput).default(null) }))
      .max(100)
      .default([]),
    bookingPolicy: BookingPolicy,
    fees: Fees,
    houseRules: LocalizedTextInput,
    contactOffice: ContactOffice,
    photos: z.array(z.object({ url: WebUrl, alt: LocalizedTextInput })).max(20).default([]),
  })
  .openapi('RoomInput');
export type RoomInput = z.input<typeof RoomInput>;
export type RoomRecord = z.output<typeof RoomInput>;

export const RoomListQuery = z.object({
  locale: LocaleQuery,
  capacity: z.coerce.number().int().min(1).max(5000).optional().openapi({
    param: { name: 'capacity', in: 'query' },
    description: 'Minimum number of people the room must hold.',
  }),
  equipment: codeList(TaxonomyCode).openapi({ param: { name: 'equipment', in: 'query' }, type: 'string', description: 'All of these.' }),
  accessibility: codeList(TaxonomyCode).openapi({ param: { name: 'accessibility', in: 'query' }, type: 'string', description: 'All of these.' }),
  area: codeList(TaxonomyCode).openapi({ param: { name: 'area', in: 'query' }, type: 'string' }),
  freeFrom: DateOnly.optional().openapi({ param: { name: 'freeFrom', in: 'query' }, description: 'First day of the wanted date range.' }),
  freeTo: DateOnly.optional().openapi({ param: { name: 'freeTo', in: 'query' }, description: 'Last day of the wanted date range (inclusive); defaults to `freeFrom`.' }),
  freeStart: TimeOfDay.optional().openapi({ param: { name: 'freeStart', in: 'query' }, description: 'Start of the daily time window, e.g. 18:00.' }),
  freeEnd: TimeOfDay.optional().openapi({ param: { name: 'freeEnd', in: 'query' }, description: 'End of the daily time window, e.g. 21:00.' }),
  freeWeekdays: codeList(z.string().regex(/^[1-7]$/)).openapi({
    param: { name: 'freeWeekdays', in: 'query' },
    type: 'string',
    description: 'ISO weekdays within the range to consider, e.g. `1,2,3,4,5` for weekday evenings or `6,7` for weekends.',
  }),
  ...PageQuery,
});

export const BusyInterval = z
  .object({
    start: DateTime,
    end: DateTime,
    kind: z.enum(['booked', 'requested', 'closed']).openapi({
      description: '`booked`: confirmed; `requested`: waiting for approval; `closed`: the room is closed.',
    }),
  })
  .openapi('BusyInterval', { description: 'A busy time. It never says who booked.' });

export const Availability = z
  .object({
    roomId: Slug,
    from: DateTime,
    to: DateTime,
    timeZone: z.string(),
    openingHours: z.array(z.object({ date: DateOnly, opens: TimeOfDay, closes: TimeOfDay })),
    busy: z.array(BusyInterval),
    bookingPolicy: BookingPolicy,
  })
  .openapi('Availability');
export type Availability = z.infer<typeof Availability>;

export const AvailabilityQuery = z.object({
  from: DateTime.openapi({ param: { name: 'from', in: 'query' } }),
  to: DateTime.openapi({ param: { name: 'to', in: 'query' }, description: 'At most 62 days after `from`.' }),
});

