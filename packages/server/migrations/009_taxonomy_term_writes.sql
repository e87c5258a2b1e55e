-- Terms are written one at a time by the office now: each keeps a version
-- (for If-Match, as records do) and the locales whose label a machine
-- translated (the public read marks them, as it does for records' texts).
ALTER TABLE taxonomy_terms
  ADD COLUMN machine_translated text[] NOT NULL DEFAULT '{}',
  ADD COLUMN version integer NOT NULL DEFAULT 1;
