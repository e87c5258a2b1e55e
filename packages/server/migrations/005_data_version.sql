-- A data version per tenant: every write to what the public API shows bumps
-- it in the same transaction, so each server instance can answer a public
-- revalidation (`If-None-Match`) from the version alone, without reading the
-- data. Bookings are left out on purpose: the routes that show them
-- (availability, free-room search) keep their body ETags, and a booking must
-- not queue behind the tenant's version row.
--
-- Statement-level triggers with transition tables: an import of 5,000 rows in
-- one statement bumps once. `pg_notify` is delivered at commit, so the other
-- instances forget their cached version exactly when the change is visible.

CREATE TABLE data_versions (
  tenant_id  text PRIMARY KEY,
  version    bigint NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);

-- The argument names the tenant column of the table: `tenant_id`, or `id` for tenants.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text;
BEGIN
  FOR changed IN EXECUTE format('SELECT DISTINCT %I FROM changed_rows', TG_ARGV[0]) LOOP
    INSERT INTO data_versions AS v (tenant_id, version) VALUES (changed, 1)
      ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1, changed_at = now();
    PERFORM pg_notify('tk_data_version', changed);
  END LOOP;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['taxonomy_terms', 'organizations', 'organization_memberships', 'venues', 'rooms', 'events', 'funding_programs'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version(''tenant_id'')', t || '_version_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version(''tenant_id'')', t || '_version_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version(''tenant_id'')', t || '_version_delete', t);
  END LOOP;
END $$;

CREATE TRIGGER tenants_version_insert AFTER INSERT ON tenants REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('id');
CREATE TRIGGER tenants_version_update AFTER UPDATE ON tenants REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('id');
CREATE TRIGGER tenants_version_delete AFTER DELETE ON tenants REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('id');

INSERT INTO data_versions (tenant_id, version) SELECT id, 1 FROM tenants ON CONFLICT DO NOTHING;
