-- Teilhabe-Kit data API: the whole schema. Plain PostgreSQL (15+), also run by
-- PGlite. Records keep their validated input as `doc` (jsonb, every text per
-- locale); the columns beside it exist to filter, search and constrain.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; indexes and generated values need an IMMUTABLE wrapper.
CREATE OR REPLACE FUNCTION tk_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;

-- All texts of a localized jsonb object ({"de": "...", "en": "..."}) as one string.
CREATE OR REPLACE FUNCTION tk_all_texts(localized jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(string_agg(value, ' '), '') FROM jsonb_each_text(coalesce(localized, '{}'::jsonb)) $$;

-- German stemming for the source text, simple tokens for the translations, so
-- that "Hausaufgaben" finds "Hausaufgabenhilfe" and "homework" finds it too.
CREATE OR REPLACE FUNCTION tk_search_document(title text, summary jsonb, body jsonb) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('german', tk_unaccent(coalesce(title, ''))), 'A')
        || setweight(to_tsvector('german', tk_unaccent(coalesce(summary->>'de', ''))), 'B')
        || setweight(to_tsvector('simple', tk_unaccent(tk_all_texts(summary))), 'C')
        || setweight(to_tsvector('german', tk_unaccent(coalesce(body->>'de', ''))), 'D')
        || setweight(to_tsvector('simple', tk_unaccent(tk_all_texts(body))), 'D')
  $$;

CREATE TABLE tenants (
  id             text PRIMARY KEY,
  name           text NOT NULL,
  default_locale text NOT NULL DEFAULT 'de',
  locales        text[] NOT NULL,
  time_zone      text NOT NULL DEFAULT 'Europe/Berlin',
  -- '*' allows any origin (the demo tenant, so widgets can be tried anywhere).
  cors_origins   text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY,
  tenant_id    text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name         text NOT NULL,
  role         text NOT NULL CHECK (role IN ('editor', 'admin')),
  -- SHA-256 of the token; the token itself is shown once and never stored.
  token_hash   text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz
);

CREATE TABLE taxonomy_terms (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  taxonomy  text NOT NULL,
  code      text NOT NULL,
  label     jsonb NOT NULL,
  position  integer NOT NULL,
  PRIMARY KEY (tenant_id, taxonomy, code)
);

CREATE TABLE organizations (
  tenant_id       text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id              text NOT NULL,
  name            text NOT NULL,
  doc             jsonb NOT NULL,
  types           text[] NOT NULL,
  topics          text[] NOT NULL,
  languages       text[] NOT NULL,
  areas           text[] NOT NULL,
  offers          text[] NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  search_name     text GENERATED ALWAYS AS (lower(tk_unaccent(name))) STORED,
  search_document tsvector GENERATED ALWAYS AS
                    (tk_search_document(name, doc->'shortDescription', doc->'description')) STORED,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX organizations_search_document ON organizations USING gin (search_document);
CREATE INDEX organizations_search_name ON organizations USING gin (search_name gin_trgm_ops);
CREATE INDEX organizations_topics ON organizations USING gin (topics);
CREATE INDEX organizations_types ON organizations USING gin (types);
CREATE INDEX organizations_languages ON organizations USING gin (languages);
CREATE INDEX organizations_areas ON organizations USING gin (areas);
CREATE INDEX organizations_offers ON organizations USING gin (offers);

-- Many-to-many: an umbrella lists its members, a member its umbrellas.
CREATE TABLE organization_memberships (
  tenant_id   text NOT NULL,
  member_id   text NOT NULL,
  umbrella_id text NOT NULL,
  PRIMARY KEY (tenant_id, member_id, umbrella_id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES organizations (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, umbrella_id) REFERENCES organizations (tenant_id, id) ON DELETE CASCADE,
  CHECK (member_id <> umbrella_id)
);
CREATE INDEX organization_memberships_umbrella ON organization_memberships (tenant_id, umbrella_id);

CREATE TABLE venues (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id        text NOT NULL,
  doc       jsonb NOT NULL,
  area      text,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE rooms (
  tenant_id     text NOT NULL,
  id            text NOT NULL,
  venue_id      text NOT NULL,
  doc           jsonb NOT NULL,
  capacity      integer NOT NULL,
  equipment     text[] NOT NULL,
  accessibility text[] NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, venue_id) REFERENCES venues (tenant_id, id)
);

CREATE TABLE bookings (
  id                 uuid PRIMARY KEY,
  tenant_id          text NOT NULL,
  room_id            text NOT NULL,
  status             text NOT NULL CHECK (status IN ('requested', 'confirmed', 'declined', 'cancelled')),
  starts_at          timestamptz NOT NULL,
  ends_at            timestamptz NOT NULL,
  doc                jsonb NOT NULL,
  manage_token_hash  text NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, room_id) REFERENCES rooms (tenant_id, id)
);
CREATE INDEX bookings_room ON bookings (tenant_id, room_id);

-- One row per date of a booking (a series has many). `blocked` is the booked
-- time plus the room's buffer. The exclusion constraint makes a double booking
-- impossible: confirmed slots of one room never overlap, however they got there
-- (booked at once, or a request approved later).
CREATE TABLE booking_slots (
  id         bigserial PRIMARY KEY,
  booking_id uuid NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
  tenant_id  text NOT NULL,
  room_id    text NOT NULL,
  during     tstzrange NOT NULL,
  blocked    tstzrange NOT NULL,
  status     text NOT NULL CHECK (status IN ('requested', 'confirmed', 'declined', 'cancelled')),
  CONSTRAINT booking_slots_no_double_booking
    EXCLUDE USING gist (tenant_id WITH =, room_id WITH =, blocked WITH &&) WHERE (status = 'confirmed')
);
CREATE INDEX booking_slots_room_time ON booking_slots USING gist (tenant_id, room_id, blocked);
CREATE INDEX booking_slots_booking ON booking_slots (booking_id);

CREATE TABLE idempotency_keys (
  tenant_id   text NOT NULL,
  key         text NOT NULL,
  fingerprint text NOT NULL,
  status_code integer,
  response    jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key)
);

CREATE TABLE events (
  tenant_id       text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id              text NOT NULL,
  doc             jsonb NOT NULL,
  starts_at       timestamptz NOT NULL,
  -- End of the last occurrence; NULL for a series without end.
  series_ends_at  timestamptz,
  format          text NOT NULL,
  topics          text[] NOT NULL,
  languages       text[] NOT NULL,
  areas           text[] NOT NULL,
  organizer_ids   text[] NOT NULL,
  is_free         boolean NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  search_document tsvector GENERATED ALWAYS AS
                    (tk_search_document(doc->'title'->>'de', doc->'summary', doc->'description')) STORED,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX events_window ON events (tenant_id, starts_at, series_ends_at);
CREATE INDEX events_search_document ON events USING gin (search_document);

CREATE TABLE funding_programs (
  tenant_id           text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id                  text NOT NULL,
  doc                 jsonb NOT NULL,
  provider_level      text NOT NULL,
  kinds               text[] NOT NULL,
  support_types       text[] NOT NULL,
  topics              text[] NOT NULL,
  eligible_applicants text[] NOT NULL,
  status              text NOT NULL,
  updated_at          timestamptz NOT NULL DEFAULT now(),
  search_document     tsvector GENERATED ALWAYS AS
                        (tk_search_document(doc->'title'->>'de', doc->'summary', doc->'description')) STORED,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX funding_programs_search_document ON funding_programs USING gin (search_document);
