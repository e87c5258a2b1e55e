/** Kysely's view of the tables in `migrations/`. `doc` holds a record's validated input. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;
type ReadOnly<T> = ColumnType<T, never, never>;

export interface TenantsTable {
  id: string;
  name: string;
  default_locale: string;
  locales: string[];
  time_zone: string;
  cors_origins: string[];
  office_email: ColumnType<string | null, string | null | undefined, string | null>;
  settings: ColumnType<TenantSettings, string | undefined, string>;
}

/** Keys of `tenants.settings` the mail and retention jobs read; each has a default. */
export interface TenantSettings {
  bookingRetentionDays?: number;
  bookingReminders?: boolean;
  requestDigestAfterDays?: number;
  logoUrl?: string;
}

export interface ApiTokensTable {
  id: string;
  tenant_id: string;
  name: string;
  role: 'editor' | 'admin';
  token_hash: string;
  created_at: Timestamp;
  revoked_at: Date | null;
}

export interface TaxonomyTermsTable {
  tenant_id: string;
  taxonomy: string;
  code: string;
  label: Json<Record<string, string>>;
  position: number;
}

export interface OrganizationsTable {
  tenant_id: string;
  id: string;
  name: string;
  doc: Json;
  types: string[];
  topics: string[];
  languages: string[];
  areas: string[];
  offers: string[];
  updated_at: Timestamp;
  search_name: ReadOnly<string>;
  search_document: ReadOnly<string>;
}

export interface OrganizationMembershipsTable {
  tenant_id: string;
  member_id: string;
  umbrella_id: string;
}

export interface VenuesTable {
  tenant_id: string;
  id: string;
  doc: Json;
  area: string | null;
}

export interface RoomsTable {
  tenant_id: string;
  id: string;
  venue_id: string;
  doc: Json;
  capacity: number;
  equipment: string[];
  accessibility: string[];
  updated_at: Timestamp;
}

export interface BookingsTable {
  id: string;
  tenant_id: string;
  room_id: string;
  status: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  doc: Json;
  manage_token_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BookingSlotsTable {
  id: Generated<number>;
  booking_id: string;
  tenant_id: string;
  room_id: string;
  during: string;
  blocked: string;
  status: string;
}

export interface IdempotencyKeysTable {
  tenant_id: string;
  key: string;
  fingerprint: string;
  status_code: number | null;
  response: Json | null;
  created_at: Timestamp;
}

export interface OutboxTable {
  id: string;
  tenant_id: string;
  kind: string;
  booking_id: string | null;
  recipient: string;
  subject: string;
  message: ColumnType<unknown | null, string | null, string | null>;
  dedupe_key: string | null;
  status: ColumnType<'pending' | 'sending' | 'sent' | 'failed', 'pending' | undefined, 'pending' | 'sending' | 'sent' | 'failed'>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  lease_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  tries_since: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  hits: number;
}

export interface JobRunsTable {
  name: string;
  last_run_at: Timestamp;
}

export interface EventsTable {
  tenant_id: string;
  id: string;
  doc: Json;
  starts_at: Timestamp;
  series_ends_at: Timestamp | null;
  format: string;
  topics: string[];
  languages: string[];
  areas: string[];
  organizer_ids: string[];
  is_free: boolean;
  updated_at: Timestamp;
  search_document: ReadOnly<string>;
}

export interface FundingProgramsTable {
  tenant_id: string;
  id: string;
  doc: Json;
  provider_level: string;
  kinds: string[];
  support_types: string[];
  topics: string[];
  eligible_applicants: string[];
  status: string;
  updated_at: Timestamp;
  search_document: ReadOnly<string>;
}

export interface DatabaseSchema {
  tenants: TenantsTable;
  api_tokens: ApiTokensTable;
  taxonomy_terms: TaxonomyTermsTable;
  organizations: OrganizationsTable;
  organization_memberships: OrganizationMembershipsTable;
  venues: VenuesTable;
  rooms: RoomsTable;
  bookings: BookingsTable;
  booking_slots: BookingSlotsTable;
  idempotency_keys: IdempotencyKeysTable;
  events: EventsTable;
  funding_programs: FundingProgramsTable;
  outbox: OutboxTable;
  rate_limits: RateLimitsTable;
  job_runs: JobRunsTable;
}
