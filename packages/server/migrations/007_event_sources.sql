-- Events brought in from a municipal iCalendar feed: the feed, the event's
-- UID in it, and a hash of what the feed said last, so that the next sync
-- knows what is new, changed or gone.
ALTER TABLE events ADD COLUMN source_url text;
ALTER TABLE events ADD COLUMN source_uid text;
ALTER TABLE events ADD COLUMN source_hash text;
CREATE UNIQUE INDEX events_source ON events (tenant_id, source_url, source_uid) WHERE source_url IS NOT NULL;
