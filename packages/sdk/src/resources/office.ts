/**
 * The office side: signing in, the tenant's settings, staff, tokens of
 * programs, the audit trail and records as stored. Every call but signing in
 * (and setting a password by link) sends the client's bearer secret: a
 * session from `auth.signIn` (see `client.withToken`) or a program's token.
 */
import type { CallOptions } from '../transport.js';
import type {
  ApiToken,
  ApiTokenCreated,
  ApiTokenInput,
  AuditEntry,
  AuditQuery,
  OutboxMail,
  OutboxQuery,
  PageResponse,
  RecordCollection,
  RecordResponse,
  StaffInvite,
  StaffInvited,
  StaffMember,
  StaffPatch,
  StaffSession,
  StoredRecord,
  StoredRecordQuery,
  StoredRecordSummary,
  TenantSettings,
  TenantSettingsPatch,
} from '../types.js';
import { type ResourceContext, wireQuery } from './context.js';

type Options = Omit<CallOptions, 'locale'>;
const staff = { auth: true, noStore: true } as const;

export interface AuthResource {
  /** Signs in; the answer's `token` is the session secret (see `client.withToken`). 401 for a wrong e-mail or password, 429 when throttled. */
  signIn(email: string, password: string, options?: Options): Promise<StaffSession>;
  /** The current session and who is signed in. */
  session(options?: Options): Promise<StaffSession>;
  signOut(options?: Options): Promise<void>;
  /** Ends every session of the signed-in person on every device. */
  signOutEverywhere(options?: Options): Promise<void>;
  /** Sets a password with the secret of a one-time link (invitation or reset). 410 when the link is used or expired. */
  setPassword(linkToken: string, password: string, options?: Options): Promise<void>;
  /** Asks for a reset link; resolves the same whether the address belongs to a person or not. */
  requestPasswordReset(email: string, options?: Options): Promise<void>;
}

export interface OfficeResources {
  auth: AuthResource;
  settings: {
    get(options?: Options): Promise<RecordResponse<TenantSettings>>;
    update(patch: TenantSettingsPatch, options?: Options): Promise<RecordResponse<TenantSettings>>;
  };
  staff: {
    list(options?: Options): Promise<{ data: StaffMember[] }>;
    invite(invite: StaffInvite, options?: Options): Promise<StaffInvited>;
    update(id: string, patch: StaffPatch, options?: Options): Promise<RecordResponse<StaffMember>>;
  };
  tokens: {
    list(options?: Options): Promise<{ data: ApiToken[] }>;
    create(input: ApiTokenInput, options?: Options): Promise<ApiTokenCreated>;
    revoke(id: string, options?: Options): Promise<void>;
  };
  audit: {
    list(query?: AuditQuery, options?: Options): Promise<PageResponse<AuditEntry>>;
  };
  outbox: {
    /** Mails of the outbox, by default the failed ones (`status: 'failed'`). */
    list(query?: OutboxQuery, options?: Options): Promise<{ data: OutboxMail[] }>;
    /** Puts a failed mail back in line for another day of tries. 409 when it is not failed. */
    retry(id: string, options?: Options): Promise<RecordResponse<OutboxMail>>;
  };
  records: {
    /** One page of a collection as stored, least recently confirmed first. */
    list(collection: RecordCollection, query?: StoredRecordQuery, options?: Options): Promise<PageResponse<StoredRecordSummary>>;
    /** One record as stored; pass `meta.version` as `version` to the next write. */
    get(collection: RecordCollection, id: string, options?: Options): Promise<StoredRecord>;
    /**
     * "Confirm unchanged": sets `verifiedAt` to now, audited. Pass the read's
     * `meta.version` as `version` to confirm exactly what you saw (412 otherwise).
     */
    confirm(collection: RecordCollection, id: string, options?: Options): Promise<StoredRecord>;
  };
}

export function officeResources({ transport, tenant }: ResourceContext): OfficeResources {
  const path = { path: { tenant } };
  return {
    auth: {
      signIn: (email, password, options) =>
        transport.call({ shape: 'object', noStore: true }, options, (init) => transport.api.POST('/v1/{tenant}/auth/sign-in', { ...init, params: path, body: { email, password } })),
      session: (options) => transport.call({ shape: 'object', ...staff }, options, (init) => transport.api.GET('/v1/{tenant}/auth/session', { ...init, params: path })),
      signOut: async (options) => {
        await transport.call({ shape: 'empty', ...staff }, options, (init) => transport.api.DELETE('/v1/{tenant}/auth/session', { ...init, params: path }));
      },
      signOutEverywhere: async (options) => {
        await transport.call({ shape: 'empty', ...staff }, options, (init) => transport.api.POST('/v1/{tenant}/auth/sign-out-everywhere', { ...init, params: path }));
      },
      setPassword: async (linkToken, password, options) => {
        await transport.call({ shape: 'empty', noStore: true }, options, (init) => transport.api.POST('/v1/{tenant}/auth/password', { ...init, params: path, body: { token: linkToken, password } }));
      },
      requestPasswordReset: async (email, options) => {
        await transport.call({ shape: 'empty', noStore: true }, options, (init) => transport.api.POST('/v1/{tenant}/auth/password-reset', { ...init, params: path, body: { email } }));
      },
    },
    settings: {
      get: (options) => transport.call({ shape: 'record', ...staff }, options, (init) => transport.api.GET('/v1/{tenant}/settings', { ...init, params: path })),
      update: (patch, options) => transport.call({ shape: 'record', ...staff }, options, (init) => transport.api.PATCH('/v1/{tenant}/settings', { ...init, params: path, body: patch })),
    },
    staff: {
      list: (options) => transport.call({ shape: 'items', ...staff }, options, (init) => transport.api.GET('/v1/{tenant}/staff', { ...init, params: path })),
      invite: (invite, options) => transport.call({ shape: 'record', ...staff }, options, (init) => transport.api.POST('/v1/{tenant}/staff', { ...init, params: path, body: invite })),
      update: (id, patch, options) =>
        transport.call({ shape: 'record', ...staff }, options, (init) => transport.api.PATCH('/v1/{tenant}/staff/{id}', { ...init, params: { path: { tenant, id } }, body: patch })),
    },
    tokens: {
      list: (options) => transport.call({ shape: 'items', ...staff }, options, (init) => transport.api.GET('/v1/{tenant}/tokens', { ...init, params: path })),
      create: (input, options) => transport.call({ shape: 'record', ...staff }, options, (init) => transport.api.POST('/v1/{tenant}/tokens', { ...init, params: path, body: input })),
      revoke: async (id, options) => {
        await transport.call({ shape: 'empty', ...staff }, options, (init) => transport.api.DELETE('/v1/{tenant}/tokens/{id}', { ...init, params: { path: { tenant, id } } }));
      },
    },
    audit: {
      list: (query, options) =>
        transport.call({ shape: 'page', ...staff }, options, (init) =>
          transport.api.GET('/v1/{tenant}/audit', { ...init, params: { path: { tenant }, query: wireQuery<AuditQuery>(query) } }),
        ) as Promise<PageResponse<AuditEntry>>,
    },
    outbox: {
      list: (query, options) =>
        transport.call({ shape: 'items', ...staff }, options, (init) => transport.api.GET('/v1/{tenant}/outbox', { ...init, params: { path: { tenant }, query: wireQuery<OutboxQuery>(query) } })),
      retry: (id, options) =>
        transport.call({ shape: 'record', ...staff }, options, (init) => transport.api.POST('/v1/{tenant}/outbox/{id}/retry', { ...init, params: { path: { tenant, id } } })),
    },
    records: {
      list: (collection, query, options) =>
        transport.call({ shape: 'page', ...staff }, options, (init) =>
          transport.api.GET(`/v1/{tenant}/records/${collection}` as '/v1/{tenant}/records/organizations', { ...init, params: { path: { tenant }, query: wireQuery<StoredRecordQuery>(query) } }),
        ),
      get: (collection, id, options) =>
        transport.call({ shape: 'record', ...staff }, options, (init) =>
          transport.api.GET(`/v1/{tenant}/records/${collection}/{id}` as '/v1/{tenant}/records/organizations/{id}', { ...init, params: { path: { tenant, id } } }),
        ),
      confirm: (collection, id, options) =>
        transport.call({ shape: 'record', ...staff }, options, (init) =>
          transport.api.POST(`/v1/{tenant}/records/${collection}/{id}/confirmation` as '/v1/{tenant}/records/organizations/{id}/confirmation', { ...init, params: { path: { tenant, id } } }),
        ),
    },
  };
}
