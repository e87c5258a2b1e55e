-- Calendars the server keeps the events in step with, on a schedule. A sync
-- claims its source (claimed_until) with a conditional update, so two server
-- processes on one database never read the same feed at once; a crashed
-- sync's claim runs out. The outcome of the last attempt stays on the row.
CREATE TABLE event_sources (
  tenant_id        text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id               text NOT NULL,
  name             text NOT NULL,
  url              text NOT NULL,
  organizer_id     text NOT NULL,
  format           text NOT NULL,
  topics           text[] NOT NULL DEFAULT '{}',
  interval_minutes integer NOT NULL DEFAULT 60 CHECK (interval_minutes BETWEEN 15 AND 10080),
  claimed_until    timestamptz,
  last_attempt_at  timestamptz,
  last_synced_at   timestamptz,
  last_error       text,
  last_report      jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, url)
);
