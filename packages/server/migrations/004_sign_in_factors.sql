-- The second factor and sign-in through an OpenID Connect provider: what has
-- to survive between two requests lives here, so any server instance can
-- answer the second one.

-- An authenticator app being set up: it counts only once a first code
-- confirms it. The last accepted time step stops a code from being used twice.
ALTER TABLE staff ADD COLUMN totp_pending_secret text;
ALTER TABLE staff ADD COLUMN totp_pending_until timestamptz;
ALTER TABLE staff ADD COLUMN totp_last_step bigint;

-- A WebAuthn challenge handed to the browser, one per session and purpose,
-- usable once and for a few minutes.
CREATE TABLE webauthn_challenges (
  session_id uuid NOT NULL REFERENCES staff_sessions(id) ON DELETE CASCADE,
  purpose    text NOT NULL CHECK (purpose IN ('registration', 'authentication')),
  challenge  text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (session_id, purpose)
);

-- An OpenID Connect sign-in between the redirect to the provider and its
-- callback. `state` and the browser's binding cookie are stored as SHA-256;
-- nonce and PKCE verifier are needed in clear to finish, for 10 minutes at most.
CREATE TABLE oidc_sign_in_attempts (
  state_hash    text PRIMARY KEY,
  tenant_id     text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  browser_hash  text NOT NULL,
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  redirect_uri  text NOT NULL,
  expires_at    timestamptz NOT NULL
);
CREATE INDEX oidc_sign_in_attempts_expiry ON oidc_sign_in_attempts (expires_at);
