-- Self-service: organisations keep their entry right through a secret link,
-- anyone may propose an organisation or an event, and every proposal waits
-- in the office's review queue. Self-contained: it only adds tables.

-- The secret link of "Ist Ihr Eintrag noch aktuell?". Only the SHA-256 of the
-- secret is stored; a link serves one purpose, expires, and works once.
CREATE TABLE entry_links (
  token_hash      text PRIMARY KEY,
  tenant_id       text NOT NULL,
  organization_id text NOT NULL,
  purpose         text NOT NULL CHECK (purpose IN ('verify-entry')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz,
  FOREIGN KEY (tenant_id, organization_id) REFERENCES organizations (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX entry_links_organization ON entry_links (tenant_id, organization_id, created_at);

-- A proposed new record or a proposed change of a live one. `record` has the
-- shape of the staff write (OrganizationInput, EventInput). `submitter`
-- (name, e-mail) is personal data: erased a set time after the decision.
CREATE TABLE proposals (
  id                  uuid PRIMARY KEY,
  tenant_id           text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  kind                text NOT NULL CHECK (kind IN ('organization', 'event')),
  -- The live record a change is for; NULL for a new record.
  target_id           text,
  origin              text NOT NULL CHECK (origin IN ('public-form', 'entry-link')),
  record              jsonb NOT NULL,
  submitter           jsonb,
  submitter_locale    text NOT NULL DEFAULT 'de',
  status              text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
  decision_reason     text,
  decided_at          timestamptz,
  decided_by          text,
  submitter_erased_at timestamptz,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX proposals_queue ON proposals (tenant_id, status, created_at);
CREATE INDEX proposals_decided ON proposals (decided_at) WHERE submitter IS NOT NULL;

-- Proof-of-work challenges already used, so that one solution is not sent
-- twice; shared by every instance. Rows go once the challenge expired.
CREATE TABLE proof_of_work_used (
  challenge_hash text PRIMARY KEY,
  expires_at     timestamptz NOT NULL
);

-- Secrets the server makes itself and every instance must share (the HMAC
-- key of proof-of-work challenges); created on first use.
CREATE TABLE server_secrets (
  name       text PRIMARY KEY,
  value      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
