/**
 * The office side of the API: tenant settings, staff and their sign-in,
 * tokens for programs, the audit trail and record versions.
 */
import { z } from '@hono/zod-openapi';
import { DateTime, Email, Locale, Slug, Text, WebUrl } from './common.js';

export const STAFF_ROLES = ['admin', 'editor', 'bookings'] as const;
export const StaffRole = z.enum(STAFF_ROLES).openapi('StaffRole', {
  description: '`admin`: staff, settings and everything else; `editor`: organisations, events, funding programmes, taxonomies; `bookings`: rooms, venues and booking requests.',
});
export type StaffRole = z.infer<typeof StaffRole>;
const Roles = z.array(StaffRole).min(1).max(3);

/** A tenant id: a slug that is also safe as a path segment. */
export const TenantId = Slug.max(60);

export const SecondFactorPolicy = z.enum(['optional', 'admins', 'everyone']).openapi('SecondFactorPolicy', {
  description: 'Who must use a second factor (passkey or TOTP) to sign in.',
});

export const TenantSettings = z
  .object({
    id: TenantId,
    name: Text.trim().min(2).max(200),
    officeEmail: Email.nullable().openapi({ description: 'Where booking requests and digests go when a room names no office.' }),
    corsOrigins: z
      .array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ }).max(200)]))
      .max(50)
      .openapi({ description: 'Origins of the websites that embed the widgets; `*` allows any.' }),
    defaultLocale: Locale,
    locales: z.array(Locale).min(1).max(7),
    timeZone: z.string(),
    logoUrl: WebUrl.nullable().openapi({ description: 'Shown on the pages the server renders (booking page, mails).' }),
    bookingRetentionDays: z.number().int().min(1).max(3650).openapi({ description: 'Days after the last date of a booking after which the requester\'s name, e-mail and phone are erased.' }),
    bookingReminders: z.boolean().openapi({ description: 'Send residents a reminder the day before a booked date.' }),
    requestDigestAfterDays: z.number().int().min(1).max(60).openapi({ description: 'The office gets a daily digest of requests waiting longer than this.' }),
    secondFactor: SecondFactorPolicy,
    entryVerificationDays: z.number().int().min(0).max(3650).openapi({ description: 'Organisations are asked "Ist Ihr Eintrag noch aktuell?" when their entry was last confirmed this many days ago; 0 turns the yearly mail off.' }),
    submitterRetentionDays: z.number().int().min(1).max(3650).openapi({ description: 'Days after the decision on a proposal after which the submitter\'s name and e-mail are erased.' }),
  })
  .openapi('TenantSettings');
export type TenantSettings = z.infer<typeof TenantSettings>;

export const TenantSettingsPatch = TenantSettings.omit({ id: true, timeZone: true })
  .partial()
  .strict()
  .refine((patch) => !patch.locales || !patch.defaultLocale || patch.locales.includes(patch.defaultLocale), {
    path: ['defaultLocale'],
    message: 'The default locale must be one of the locales.',
  })
  .openapi('TenantSettingsPatch');

// ── Staff ──────────────────────────────────────────────────────────────────

export const StaffMember = z
  .object({
    id: z.string().uuid(),
    email: Email,
    name: z.string(),
    roles: Roles,
    status: z.enum(['invited', 'active', 'disabled']).openapi({ description: '`invited`: no password set yet.' }),
    secondFactors: z.array(z.enum(['totp', 'passkey'])),
    createdAt: DateTime,
  })
  .openapi('StaffMember');
export type StaffMember = z.infer<typeof StaffMember>;

export const StaffInvite = z
  .object({ email: Email, name: Text.trim().min(2).max(200), roles: Roles })
  .strict()
  .openapi('StaffInvite');
export type StaffInvite = z.infer<typeof StaffInvite>;

export const StaffPatch = z
  .object({ name: Text.trim().min(2).max(200), roles: Roles, disabled: z.boolean() })
  .partial()
  .strict()
  .openapi('StaffPatch');

export const StaffInvited = z
  .object({
    data: StaffMember,
    setPasswordUrl: z.string().openapi({ description: 'One-time link (72 hours) to set the password; hand it to the person.' }),
  })
  .openapi('StaffInvited');

// ── Sign-in ────────────────────────────────────────────────────────────────

export const MIN_PASSWORD_LENGTH = 12;
export const Password = z.string().min(MIN_PASSWORD_LENGTH).max(256);

export const SignInInput = z.object({ email: Email, password: z.string().min(1).max(256) }).strict().openapi('SignInInput');

export const StaffSession = z
  .object({
    token: z.string().optional().openapi({ description: 'The bearer secret; only in the answer of a sign-in. Send it as `Authorization: Bearer …`.' }),
    expiresAt: DateTime.openapi({ description: 'The absolute end of the session.' }),
    idleExpiresAt: DateTime.openapi({ description: 'The session ends earlier when unused until then.' }),
    secondFactor: z.enum(['not-needed', 'pending', 'passed']).openapi({
      description: '`pending`: complete the second factor (`/auth/totp` or `/auth/passkey`) before anything else.',
    }),
    secondFactorOptions: z.array(z.enum(['totp', 'passkey', 'recovery-code', 'enroll'])).openapi({
      description: 'While `pending`: what this person can use; `enroll` when the policy asks for a factor the person has not set up yet.',
    }),
    staff: StaffMember,
    tenant: z.object({ id: TenantId, name: z.string() }),
  })
  .openapi('StaffSession');
export type StaffSession = z.infer<typeof StaffSession>;

export const SetPasswordInput = z.object({ token: z.string().min(20).max(200), password: Password }).strict().openapi('SetPasswordInput');
export const PasswordResetRequest = z.object({ email: Email }).strict().openapi('PasswordResetRequest');

// ── Tokens ─────────────────────────────────────────────────────────────────

export const ApiToken = z
  .object({ id: z.string().uuid(), name: z.string(), roles: Roles, createdAt: DateTime, revokedAt: DateTime.nullable() })
  .openapi('ApiToken');
export const ApiTokenInput = z
  .object({ name: Text.trim().min(2).max(80).regex(/^[\p{L}\p{N} ._-]+$/u, 'letters, digits, spaces, dots, hyphens'), roles: Roles })
  .strict()
  .openapi('ApiTokenInput');
export const ApiTokenCreated = z
  .object({ data: ApiToken, token: z.string().openapi({ description: 'Shown only now; store it in the program that uses it.' }) })
  .openapi('ApiTokenCreated');

// ── Audit ──────────────────────────────────────────────────────────────────

export const AUDIT_RECORD_TYPES = ['organization', 'venue', 'room', 'event', 'funding-program', 'taxonomy', 'booking', 'staff', 'token', 'settings', 'session'] as const;
export const AuditRecordType = z.enum(AUDIT_RECORD_TYPES).openapi('AuditRecordType');

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: DateTime,
    actor: z.object({ kind: z.enum(['staff', 'token', 'public', 'system']), id: z.string().nullable(), name: z.string() }),
    recordType: AuditRecordType,
    recordId: z.string(),
    operation: z.string().openapi({ example: 'update' }),
    changes: z.record(z.string(), z.object({ before: z.unknown().optional(), after: z.unknown().optional() })).openapi({
      description: 'The changed top-level fields with their value before and after.',
    }),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEntry');
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  recordType: AuditRecordType.optional().openapi({ param: { name: 'recordType', in: 'query' } }),
  recordId: Text.max(200).optional().openapi({ param: { name: 'recordId', in: 'query' } }),
  actor: Text.max(200).optional().openapi({ param: { name: 'actor', in: 'query' }, description: 'A staff id or a token name.' }),
  from: DateTime.optional().openapi({ param: { name: 'from', in: 'query' } }),
  to: DateTime.optional().openapi({ param: { name: 'to', in: 'query' } }),
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ param: { name: 'limit', in: 'query' } }),
  cursor: z.string().max(40).optional().openapi({ param: { name: 'cursor', in: 'query' }, description: '`meta.nextCursor` of the previous page.' }),
});

// ── Records as stored (staff reads) ─────────────────────────────────────────

export const RECORD_COLLECTIONS = ['organizations', 'venues', 'rooms', 'events', 'funding-programs'] as const;
export const RecordCollection = z.enum(RECORD_COLLECTIONS).openapi('RecordCollection');
export type RecordCollection = z.infer<typeof RecordCollection>;

export const StoredRecordMeta = z
  .object({
    version: z.number().int().openapi({ description: 'Send it back as `If-Match: "<version>"` when writing.' }),
    updatedAt: DateTime.nullable(),
    verifiedAt: DateTime.nullable(),
    source: z
      .object({ id: z.string().nullable(), name: z.string(), url: z.string(), lastSyncedAt: DateTime.nullable() })
      .nullable()
      .optional()
      .openapi({ description: 'Events only: the calendar an imported event comes from (see `409 imported-event`); null for an event entered by hand.' }),
  })
  .openapi('StoredRecordMeta');

export const StoredRecord = z
  .object({
    data: z.record(z.string(), z.unknown()).openapi({ description: 'The record as written (the input shape: every locale, unpublished contacts).' }),
    meta: StoredRecordMeta,
  })
  .openapi('StoredRecord');

export const StoredRecordSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    version: z.number().int(),
    updatedAt: DateTime.nullable(),
    verifiedAt: DateTime.nullable(),
  })
  .openapi('StoredRecordSummary');

export const StoredRecordQuery = z.object({
  q: Text.max(200).optional().openapi({ param: { name: 'q', in: 'query' }, description: 'Part of the name or title.' }),
  staleSince: DateTime.optional().openapi({ param: { name: 'staleSince', in: 'query' }, description: 'Only records not confirmed (`verifiedAt`) since then.' }),
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ param: { name: 'limit', in: 'query' } }),
  cursor: z.string().max(40).optional().openapi({ param: { name: 'cursor', in: 'query' } }),
});

/** The 412 when a write's `If-Match` is stale: the record as it is now. */
export const VersionConflictProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.literal(412),
    detail: z.string().optional(),
    requestId: z.string().optional(),
    currentVersion: z.number().int().nullable(),
    current: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The record as somebody else saved it (null if it was removed).' }),
  })
  .openapi('VersionConflictProblem');
