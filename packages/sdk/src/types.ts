/**
 * Entity types for SDK users, derived from the types generated from the
 * OpenAPI document (never written by hand, so they cannot drift from the API).
 *
 * Input types get one correction: openapi-typescript marks every property with
 * a `default` as required, and renders a nullable localized text as an
 * impossible type. For the *request* bodies that is wrong (the server fills the
 * defaults), so the input types below make exactly the properties optional that
 * the OpenAPI document does not list as `required`.
 */
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

// ── Shared ──────────────────────────────────────────────────────────────────

/** A content or UI locale: `de` (source), `en`, `tr`, `ar`, `uk`, `ru`, `fa`. */
export type Locale = Schemas['Locale'];
/** Which fields of a record fell back to another locale, and which were machine-translated. */
export type Translation = Schemas['Translation'];
/** RFC 9457 problem details, with `errors` per invalid field and extension members. */
export type Problem = Schemas['Problem'];
/** One invalid field of a validation problem. */
export type FieldError = NonNullable<Schemas['Problem']['errors']>[number];
/** `meta` of every list response. */
export type ListMeta = Schemas['ListMeta'];
export type FacetCount = Schemas['FacetCount'];
export type Address = Schemas['Address'];
export type OpeningHours = Schemas['OpeningHours'];
/** A text per locale, `de` required. */
export type LocalizedTextInput = Schemas['LocalizedTextInput'];

/** The envelope of list responses. */
export interface ListResponse<T> {
  data: T[];
  meta: ListMeta;
}
/** The envelope of single-record responses. */
export interface RecordResponse<T> {
  data: T;
}

// ── Tenants and taxonomies ───────────────────────────────────────────────────

export type Tenant = Schemas['Tenant'];
export type TaxonomyName = Schemas['TaxonomyName'];
export type TaxonomyTerm = Schemas['TaxonomyTerm'];
export type StoredTaxonomyTerm = Schemas['StoredTaxonomyTerm'];
export type TermUsage = Schemas['TermUsage'];
export type TermInUseProblem = Schemas['TermInUseProblem'];
export type TaxonomyTermWrite = Schemas['TaxonomyTermWrite'];

// ── Organisations ───────────────────────────────────────────────────────────

export type OrganizationSummary = Schemas['OrganizationSummary'];
export type Organization = Schemas['Organization'];
export type OrganizationRef = Schemas['OrganizationRef'];
export type ContactPerson = Schemas['ContactPerson'];
export type SocialLink = Schemas['SocialLink'];

// ── Rooms and bookings ──────────────────────────────────────────────────────

export type RoomSummary = Schemas['RoomSummary'];
export type Room = Schemas['Room'];
export type VenueRef = Schemas['VenueRef'];
export type BookingPolicy = Schemas['BookingPolicy'];
export type Fees = Schemas['Fees'];
export type Availability = Schemas['Availability'];
export type BusyInterval = Schemas['BusyInterval'];
export type Booking = Schemas['Booking'];
export type BookingStatus = Schemas['BookingStatus'];
export type BookingOccurrence = Schemas['BookingOccurrence'];
export type Requester = Schemas['Requester'];
/** The answer to a booking request: the booking and its secret management link. */
export type BookingCreated = Schemas['BookingCreated'];
export type BookingDecision = Schemas['BookingDecision'];
/** A booking as the office sees it: the requester's contact, notes, overlapping requests and waiting days. */
export type StaffBooking = Schemas['StaffBooking'];
export type BookingOverlap = Schemas['BookingOverlap'];

/** A free time offered when the wanted one is taken (extension member of the 409 problem). */
export type ConflictAlternative = Schemas['ConflictAlternative'];
export type BookingConflictProblem = Schemas['BookingConflictProblem'];

// ── Events ──────────────────────────────────────────────────────────────────

export type EventOccurrence = Schemas['EventOccurrence'];
export type Event = Schemas['Event'];
export type EventLocation = Schemas['EventLocation'];
export type Organizer = Schemas['Organizer'];
export type EventStatus = Schemas['EventStatus'];
export type EventRecurrence = Schemas['EventRecurrence'];

// ── Funding ─────────────────────────────────────────────────────────────────

export type FundingProgramSummary = Schemas['FundingProgramSummary'];
export type FundingProgram = Schemas['FundingProgram'];
export type FundingMatch = Schemas['FundingMatch'];
export type FundingMatchResponse = Schemas['FundingMatchResponse'];
export type CriterionVerdict = Schemas['CriterionVerdict'];
export type Verdict = Schemas['Verdict'];
export type ApplicantProfile = Schemas['ApplicantProfile'];
export type Deadlines = Schemas['Deadlines'];
export type SupportType = Schemas['SupportType'];

// ── Request bodies ──────────────────────────────────────────────────────────

export type ContactPersonInput = Schemas['ContactPersonInput'];
/** Body of `organizations.put`. */
export type OrganizationInput = Schemas['OrganizationInput'];
/** Body of `venues.put`. */
export type VenueInput = Schemas['VenueInput'];
/** Body of `rooms.put`. */
export type RoomInput = Schemas['RoomInput'];
/** Body of `bookings.create`. */
export type BookingRequestInput = Schemas['BookingRequestInput'];
/** Body of `events.put`. */
export type EventInput = Schemas['EventInput'];
/** Body of `funding.put`. */
export type FundingProgramInput = Schemas['FundingProgramInput'];

// ── Query parameters ────────────────────────────────────────────────────────

/** A list of taxonomy codes: `'a'`, `'a,b'` or `['a', 'b']` (sent comma-joined). */
export type CodeList = string | readonly string[];

type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
/** The generated query type, without `locale` (a client option) and with code lists as arrays. */
type FilterQuery<Op extends keyof operations, Codes extends keyof QueryOf<Op>> = Omit<QueryOf<Op>, 'locale' | Codes> & {
  [K in Codes]?: CodeList;
};

export type OrganizationListQuery = FilterQuery<'listOrganizations', 'topic' | 'type' | 'language' | 'area' | 'offer'>;
export type RoomListQuery = Omit<FilterQuery<'listRooms', 'equipment' | 'accessibility' | 'area'>, 'freeWeekdays'> & {
  /** ISO weekdays 1 (Monday) … 7 (Sunday), e.g. `[1, 2, 3, 4, 5]` for weekdays. */
  freeWeekdays?: string | readonly (string | number)[];
};
export type AvailabilityQuery = QueryOf<'getRoomAvailability'>;
type EventCodes = 'topic' | 'language' | 'organizer' | 'area' | 'format' | 'time';
export type EventListQuery = Omit<FilterQuery<'listEvents', EventCodes>, 'free'> & { free?: boolean | 'true' | 'false' };
export type EventFeedQuery = Omit<FilterQuery<'eventsFeed', EventCodes>, 'free'> & { free?: boolean | 'true' | 'false' };
type FundingCodes = 'kind' | 'topic' | 'providerLevel' | 'applicant' | 'supportType';
export type FundingListQuery = FilterQuery<'listFundingPrograms', FundingCodes>;
export type FundingFeedQuery = FilterQuery<'fundingDeadlinesFeed', FundingCodes>;
/** The page of the match and the presets it ranks within. */
export type FundingMatchQuery = FilterQuery<'matchFundingPrograms', 'kind' | 'topic' | 'providerLevel'>;

// ── The office side ─────────────────────────────────────────────────────────

/** `admin`, `editor` or `bookings`. */
export type StaffRole = Schemas['StaffRole'];
/** A signed-in person's session; `token` only in the answer of a sign-in. */
export type StaffSession = Schemas['StaffSession'];
export type StaffMember = Schemas['StaffMember'];
export type StaffInvite = Schemas['StaffInvite'];
export type StaffInvited = Schemas['StaffInvited'];
export type StaffPatch = Schemas['StaffPatch'];
export type TenantSettings = Schemas['TenantSettings'];
export type TenantSettingsPatch = Schemas['TenantSettingsPatch'];
export type ApiToken = Schemas['ApiToken'];
export type ApiTokenInput = Schemas['ApiTokenInput'];
export type ApiTokenCreated = Schemas['ApiTokenCreated'];
export type AuditEntry = Schemas['AuditEntry'];
/** Filters of the booking queue; `status` as one status or several. */
export type BookingQueueQuery = FilterQuery<'listBookings', 'status'>;
export type AuditQuery = NonNullable<operations['listAudit']['parameters']['query']>;
export type RecordCollection = 'organizations' | 'venues' | 'rooms' | 'events' | 'funding-programs';
/** A record as stored (every locale, unpublished contacts) with `meta.version` for the next write. */
export type StoredRecord = Schemas['StoredRecord'];
export type StoredRecordSummary = Schemas['StoredRecordSummary'];
export type StoredRecordQuery = NonNullable<operations['listStoredOrganizations']['parameters']['query']>;
/** The office's lists page by cursor only. */
export interface PageResponse<T> {
  data: T[];
  meta: { nextCursor: string | null };
}
/** A mail of the outbox as staff see it (failed ones wait there to be sent again). */
export type OutboxMail = Schemas['OutboxMail'];
export type OutboxQuery = NonNullable<operations['listOutbox']['parameters']['query']>;
/** Self-service: proposals from the public and the office's review queue. */
export type ProofOfWorkChallenge = Schemas['ProofOfWorkChallenge'];
export type ProposalInput = Schemas['ProposalInput'];
export type Proposal = Schemas['Proposal'];
export type ProposalQueueQuery = NonNullable<operations['listProposals']['parameters']['query']>;
export type VerificationRequestResult = Schemas['VerificationRequestResult'];
/** What an import did or would do, row by row (see `client.imports`). */
export type ImportReport = Schemas['ImportReport'];
/** Column and value decisions of an import, savable and reusable. */
export type ImportMapping = Schemas['ImportMapping'];
export type OnDuplicate = NonNullable<NonNullable<operations['importOrganizations']['parameters']['query']>['onDuplicate']>;
/** An import's choice per duplicate row, by row number. */
export type ImportDuplicateDecisions = Record<string, OnDuplicate>;
/** A calendar the server keeps the events in step with, and where an imported event comes from. */
export type EventSource = Schemas['EventSource'];
export type EventSourceInput = Schemas['EventSourceInput'];
export type EventSyncReport = Schemas['EventSyncReport'];
export type EventSourceReference = Schemas['EventSourceReference'];
