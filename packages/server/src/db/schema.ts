/** Kysely's view of the tables in `migrations/`. `doc` holds a record's validated input. */
import type { ColumnType, Generated } from 'kysely';

export type StaffRole = 'admin' | 'editor' | 'bookings';

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
  settings: ColumnType<StoredTenantSettings, string | undefined, string>;
  created_at: Generated<Date>;
}

/** Keys of `tenants.settings`; each has a default in `tenants/settings.ts`. */
export interface StoredTenantSettings {
  bookingRetentionDays?: number;
  bookingReminders?: boolean;
  requestDigestAfterDays?: number;
  logoUrl?: string | null;
  secondFactor?: 'optional' | 'admins' | 'everyone';
  entryVerificationDays?: number;
  submitterRetentionDays?: number;
}

export interface ApiTokensTable {
  id: string;
  tenant_id: string;
  name: string;
  roles: StaffRole[];
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
  machine_translated: Generated<string[]>;
  version: Generated<number>;
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
  version: Generated<number>;
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
  version: Generated<number>;
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
  version: Generated<number>;
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
  version: Generated<number>;
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
  version: Generated<number>;
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
  version: Generated<number>;
}

export interface StaffTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  roles: StaffRole[];
  password_hash: string | null;
  totp_secret: string | null;
  recovery_codes: Generated<string[]>;
  totp_pending_secret: Generated<string | null>;
  totp_pending_until: Generated<Date | null>;
  /** int8: comes back as a string. */
  totp_last_step: Generated<string | number | null>;
  disabled_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface StaffPasskeysTable {
  id: string;
  staff_id: string;
  public_key: string;
  counter: Generated<number>;
  transports: Generated<string[]>;
  label: Generated<string>;
  created_at: Generated<Date>;
  last_used_at: Date | null;
}

export type SecondFactorState = 'not-needed' | 'pending' | 'passed';

export interface StaffSessionsTable {
  id: string;
  tenant_id: string;
  staff_id: string;
  token_hash: string;
  second_factor: SecondFactorState;
  method: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface StaffLinksTable {
  token_hash: string;
  staff_id: string;
  purpose: 'set-password' | 'reset-password';
  expires_at: Date;
  used_at: Date | null;
}

export interface SignInFailuresTable {
  key: string;
  failures: number;
  last_failed_at: Date;
  locked_until: Date | null;
}

export interface WebauthnChallengesTable {
  session_id: string;
  purpose: 'registration' | 'authentication';
  challenge: string;
  expires_at: Date;
}

export interface OidcSignInAttemptsTable {
  state_hash: string;
  tenant_id: string;
  browser_hash: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  expires_at: Date;
}

export interface AuditLogTable {
  id: Generated<number>;
  tenant_id: string;
  at: Generated<Date>;
  actor_kind: 'staff' | 'token' | 'public' | 'system';
  actor_id: string | null;
  actor_name: string;
  record_type: string;
  record_id: string;
  operation: string;
  changes: Json<Record<string, { before?: unknown; after?: unknown }>>;
  request_id: string | null;
}

/** Bumped by triggers on every write to what the public API shows (migration 005). */
export interface DataVersionsTable {
  tenant_id: string;
  version: number;
  changed_at: Generated<Date>;
}

export interface DatabaseSchema {
  staff: StaffTable;
  staff_passkeys: StaffPasskeysTable;
  staff_sessions: StaffSessionsTable;
  staff_links: StaffLinksTable;
  sign_in_failures: SignInFailuresTable;
  webauthn_challenges: WebauthnChallengesTable;
  oidc_sign_in_attempts: OidcSignInAttemptsTable;
  audit_log: AuditLogTable;
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
  data_versions: DataVersionsTable;
}
