-- The office side: tenant settings, staff and their sign-in, roles for
-- programs' tokens, record versions for If-Match, and the audit trail.

ALTER TABLE tenants ADD COLUMN IF NOT EXISTS office_email text;
-- Settings a tenant's admins change through the API (retention, second
-- factor policy, logo, mail options); defaults live in the server's code.
ALTER TABLE tenants ADD COLUMN IF NOT EXISTS settings jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE tenants ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now();

-- Tokens are for programs; a token may hold several roles like a person.
ALTER TABLE api_tokens ADD COLUMN roles text[] NOT NULL DEFAULT '{editor}';
UPDATE api_tokens SET roles = ARRAY[role];
ALTER TABLE api_tokens DROP COLUMN role;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_roles CHECK (roles <@ ARRAY['admin', 'editor', 'bookings'] AND cardinality(roles) > 0);
CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (tenant_id, name) WHERE revoked_at IS NULL;

CREATE TABLE staff (
  id             uuid PRIMARY KEY,
  tenant_id      text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  -- Stored lower-case; sign-in compares lower-case.
  email          text NOT NULL,
  name           text NOT NULL,
  roles          text[] NOT NULL CHECK (roles <@ ARRAY['admin', 'editor', 'bookings'] AND cardinality(roles) > 0),
  -- NULL until the person sets a password through the one-time link (or signs in with OpenID Connect only).
  password_hash  text,
  -- TOTP secret (base32) once enrolled; recovery codes as SHA-256 hashes, each usable once.
  totp_secret    text,
  recovery_codes text[] NOT NULL DEFAULT '{}',
  disabled_at    timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        integer NOT NULL DEFAULT 1,
  UNIQUE (tenant_id, email)
);

CREATE TABLE staff_passkeys (
  id           text PRIMARY KEY,          -- the credential id (base64url)
  staff_id     uuid NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  public_key   text NOT NULL,             -- base64url COSE key
  counter      bigint NOT NULL DEFAULT 0,
  transports   text[] NOT NULL DEFAULT '{}',
  label        text NOT NULL DEFAULT '',
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
CREATE INDEX staff_passkeys_staff ON staff_passkeys (staff_id);

-- A signed-in person. The bearer secret is shown once and stored as SHA-256.
-- `second_factor` is 'pending' between the password and the second factor:
-- such a session may only complete the second factor or sign out.
CREATE TABLE staff_sessions (
  id            uuid PRIMARY KEY,
  tenant_id     text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  staff_id      uuid NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  token_hash    text NOT NULL UNIQUE,
  second_factor text NOT NULL CHECK (second_factor IN ('not-needed', 'pending', 'passed')),
  method        text NOT NULL,            -- password, oidc
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,     -- the absolute limit
  revoked_at    timestamptz
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

-- One-time links: setting the first password (72 h) and resetting a forgotten one.
CREATE TABLE staff_links (
  token_hash text PRIMARY KEY,
  staff_id   uuid NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  purpose    text NOT NULL CHECK (purpose IN ('set-password', 'reset-password')),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);

-- Failed sign-ins per account and per client address, for back-off and lock.
CREATE TABLE sign_in_failures (
  key            text PRIMARY KEY,        -- 'account:<tenant>:<email>' or 'address:<ip>'
  failures       integer NOT NULL,
  last_failed_at timestamptz NOT NULL,
  locked_until   timestamptz
);

-- Record versions: reads carry them as ETag, writes check If-Match.
ALTER TABLE organizations ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE venues ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE rooms ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE funding_programs ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE bookings ADD COLUMN version integer NOT NULL DEFAULT 1;

-- Who changed what, when. `changes` holds the changed top-level fields as
-- {"field": {"before": …, "after": …}}; secrets are never written here.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  tenant_id   text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_kind  text NOT NULL CHECK (actor_kind IN ('staff', 'token', 'public', 'system')),
  actor_id    text,
  actor_name  text NOT NULL,
  record_type text NOT NULL,
  record_id   text NOT NULL,
  operation   text NOT NULL,
  changes     jsonb NOT NULL DEFAULT '{}'::jsonb,
  request_id  text
);
CREATE INDEX audit_log_record ON audit_log (tenant_id, record_type, record_id, at DESC);
CREATE INDEX audit_log_actor ON audit_log (tenant_id, actor_id, at DESC);
CREATE INDEX audit_log_at ON audit_log (tenant_id, at DESC);
