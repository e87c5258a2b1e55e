-- Mail that must not get lost, shared state of several server instances, and
-- the tenant settings the mail needs. Mails are written here in the same
-- transaction as the change that causes them (transactional outbox); a worker
-- in every server instance sends them.

ALTER TABLE tenants ADD COLUMN IF NOT EXISTS office_email text;
ALTER TABLE tenants ADD COLUMN IF NOT EXISTS settings jsonb NOT NULL DEFAULT '{}'::jsonb;

CREATE TABLE outbox (
  id              uuid PRIMARY KEY,
  tenant_id       text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  -- booking-receipt, booking-decision, booking-cancelled, booking-reminder, office-new-request, office-digest
  kind            text NOT NULL,
  booking_id      uuid REFERENCES bookings(id) ON DELETE SET NULL,
  recipient       text NOT NULL,
  subject         text NOT NULL,
  -- The rendered mail (text, html, attachments, reply-to). Emptied once sent:
  -- it holds personal data and, in a receipt, the secret manage link.
  message         jsonb,
  -- Jobs that may run twice (reminders, digests) name their mail; the second insert does nothing.
  dedupe_key      text UNIQUE,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- A worker that claimed the mail owns it until then; after a crash another one takes over.
  lease_until     timestamptz,
  -- Start of the day of tries after which a mail counts as failed (reset by a manual retry).
  tries_since     timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_tenant_status ON outbox (tenant_id, status, created_at);
CREATE INDEX outbox_booking ON outbox (booking_id);

-- Fixed-window counters of the public booking limit, shared by all instances.
-- `key` is a hash of scope and client address, never the address itself.
CREATE TABLE rate_limits (
  key          text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits         integer NOT NULL
);

-- When each periodic job last ran: an instance runs a job only if it wins the
-- update of its row, so a job runs once per period however many instances run.
CREATE TABLE job_runs (
  name        text PRIMARY KEY,
  last_run_at timestamptz NOT NULL
);

-- Tenant settings as the jobs read them: a value of the wrong type or out of
-- range counts as unset, so one bad setting cannot stop a job for every tenant.
CREATE OR REPLACE FUNCTION tk_setting_days(settings jsonb, key text, fallback integer) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE
      WHEN jsonb_typeof(settings->key) = 'number' AND (settings->>key)::numeric BETWEEN 0 AND 36500
        THEN round((settings->>key)::numeric)::integer
      ELSE fallback
    END
  $$;

CREATE OR REPLACE FUNCTION tk_setting_flag(settings jsonb, key text, fallback boolean) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN jsonb_typeof(settings->key) = 'boolean' THEN (settings->>key)::boolean ELSE fallback END $$;
