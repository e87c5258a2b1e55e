import { z } from '@hono/zod-openapi';
import {
  Address,
  DateOnly,
  DateTime,
  Email,
  LanguageCode,
  LocaleQuery,
  LocalizedTextInput,
  MachineTranslatedInput,
  PageQuery,
  Slug,
  TaxonomyCode,
  Text,
  Translation,
  WebUrl,
  codeList,
  orNull,
} from './common.js';

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export const EventStatus = z.enum(EVENT_STATUSES).openapi('EventStatus');

/** The three forms of cooperation from the 2020 survey (DOMAIN.md). */
export const COOPERATION_FORMS = ['municipal-with-mo', 'mo-with-municipal', 'joint'] as const;
export const CooperationForm = z.enum(COOPERATION_FORMS).openapi('CooperationForm', {
  description:
    '`municipal-with-mo`: municipal event with MO involvement; `mo-with-municipal`: MO event with municipal involvement; `joint`: jointly planned.',
});

export const EventLocation = z
  .object({
    kind: z.enum(['room', 'address', 'online', 'hybrid']),
    roomId: Slug.optional(),
    roomName: z.string().optional(),
    venueName: z.string().optional(),
    address: Address.optional(),
    onlineUrl: WebUrl.optional(),
  })
  .openapi('EventLocation');

export const Organizer = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('organization'), id: Slug, name: z.string() }),
    z.object({ kind: z.literal('office'), name: z.string() }),
  ])
  .openapi('Organizer');

export const Registration = z
  .object({
    required: z.boolean(),
    url: WebUrl.optional(),
    email: Email.optional(),
    deadline: DateTime.optional(),
    capacity: z.number().int().min(1).optional(),
  })
  .openapi('Registration');

export const Price = z
  .object({ free: z.boolean(), amountEur: z.number().min(0).optional() })
  .openapi('Price');

export const EventRecurrence = z
  .object({
    rrule: z
      .string()
      .max(500)
      .regex(/^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+\-:]+)*$/, 'an RRULE such as FREQ=WEEKLY;BYDAY=TU;UNTIL=20270331T000000Z')
      .openapi({ example: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10' }),
    exdates: z.array(DateTime).max(500).default([]).openapi({ description: 'Start times of occurrences that do not take place.' }),
  })
  .openapi('EventRecurrence');

const eventFields = {
  id: Slug,
  title: z.string(),
  summary: z.string(),
  start: DateTime,
  end: DateTime,
  allDay: z.boolean(),
  timeZone: z.string().openapi({ description: "The tenant's IANA time zone: the wall times of the event and its series are in it.", example: 'Europe/Berlin' }),
  location: EventLocation,
  organizers: z.array(Organizer),
  cooperation: orNull(CooperationForm),
  format: TaxonomyCode.openapi({ description: 'Code of `/taxonomies/event-formats`.' }),
  topics: z.array(TaxonomyCode),
  languages: z.array(LanguageCode),
  areas: z.array(TaxonomyCode),
  price: Price,
  status: EventStatus,
  translation: Translation,
};

export const Event = z
  .object({
    ...eventFields,
    description: z.string(),
    audience: z.string().nullable(),
    accessibilityNotes: z.string().nullable(),
    priceNote: z.string().nullable(),
    registration: Registration,
    recurrence: orNull(EventRecurrence),
    updatedAt: DateTime,
  })
  .openapi('Event');
export type Event = z.infer<typeof Event>;

/** One date of an event; a recurring event yields one per date in the window. */
export const EventOccurrence = z
  .object({
    ...eventFields,
    occurrenceId: z.string().openapi({ description: '`{eventId}@{start as UTC}`; stable across requests.' }),
    eventId: Slug,
    recurring: z.boolean(),
  })
  .openapi('EventOccurrence');
export type EventOccurrence = z.infer<typeof EventOccurrence>;

export const EventInput = z
  .object({
    id: Slug,
    title: LocalizedTextInput,
    summary: LocalizedTextInput,
    description: LocalizedTextInput,
    machineTranslated: MachineTranslatedInput,
    start: DateTime,
    end: DateTime,
    allDay: z.boolean().default(false),
    recurrence: orNull(EventRecurrence).default(null),
    location: z.object({
      kind: z.enum(['room', 'address', 'online', 'hybrid']),
      roomId: Slug.optional(),
      address: Address.optional(),
      onlineUrl: WebUrl.optional(),
    }),
    organizers: z
      .array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('organization'), id: Slug }),
          z.object({ kind: z.literal('office'), name: Text.min(1).max(200) }),
        ]),
      )
      .min(1)
      .max(20),
    cooperation: orNull(CooperationForm).default(null),
    format: TaxonomyCode,
    topics: z.array(TaxonomyCode).max(20).default([]),
    languages: z.array(LanguageCode).max(20).default([]),
    areas: z.array(TaxonomyCode).max(20).default([]),
    audience: orNull(LocalizedTextInput).default(null),
    accessibilityNotes: orNull(LocalizedTextInput).default(null),
    registration: Registration.default({ required: false }),
    price: Price.default({ free: true }),
    priceNote: orNull(LocalizedTextInput).default(null),
    status: EventStatus.default('scheduled'),
  })
  .refine((e) => Date.parse(e.end) >= Date.parse(e.start), { path: ['end'], message: 'The end must not be before the start.' })
  .openapi('EventInput');
export type EventInput = z.input<typeof EventInput>;
export type EventRecord = z.output<typeof EventInput>;

export const EventFilterQuery = {
  locale: LocaleQuery,
  topic: codeList(TaxonomyCode).openapi({ param: { name: 'topic', in: 'query' }, type: 'string' }),
  language: codeList(LanguageCode).openapi({ param: { name: 'language', in: 'query' }, type: 'string' }),
  organizer: codeList(Slug).openapi({
    param: { name: 'organizer', in: 'query' },
    type: 'string',
    description: 'Organisation ids, or `office` for events of a municipal office.',
  }),
  area: codeList(TaxonomyCode).openapi({ param: { name: 'area', in: 'query' }, type: 'string' }),
  format: codeList(TaxonomyCode).openapi({ param: { name: 'format', in: 'query' }, type: 'string' }),
  free: z.enum(['true', 'false']).optional().openapi({ param: { name: 'free', in: 'query' } }),
  time: codeList(z.enum(['evening', 'weekend'])).openapi({
    param: { name: 'time', in: 'query' },
    type: 'string',
    description: '`evening`: starts at 17:00 or later (not all-day); `weekend`: on a Saturday or Sunday. Several values are alternatives.',
  }),
  q: Text.trim().max(200).optional().openapi({ param: { name: 'q', in: 'query' } }),
};

export const EventListQuery = z.object({
  ...EventFilterQuery,
  from: DateTime.optional().openapi({ param: { name: 'from', in: 'query' }, description: 'Window start; defaults to now.' }),
  to: DateTime.optional().openapi({ param: { name: 'to', in: 'query' }, description: 'Window end; defaults to 31 days after `from`, at most 366 days.' }),
  ...PageQuery,
});

export const EventFeedQuery = z.object({
  ...EventFilterQuery,
  from: DateOnly.optional().openapi({ param: { name: 'from', in: 'query' }, description: 'Defaults to 30 days ago.' }),
  to: DateOnly.optional().openapi({ param: { name: 'to', in: 'query' }, description: 'Defaults to one year ahead.' }),
  event: Slug.optional().openapi({ param: { name: 'event', in: 'query' }, description: 'Only this event (or series).' }),
});
