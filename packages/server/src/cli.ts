#!/usr/bin/env node
/**
 * teilhabe-server: serve the API, and the operator's commands for tenants,
 * taxonomies, staff and tokens. Run `teilhabe-server --help` for the list.
 *
 * Environment: PORT (8787), HOST (127.0.0.1), DATA_DIR (./.data), DATABASE_URL,
 * PUBLIC_BASE_URL, SEED_DEMO (auto | never), OIDC_* (see staff/oidc.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportMapping, LOCALES, ON_DUPLICATE, STAFF_ROLES, TAXONOMY_NAMES, type ImportReport, type Locale, type OnDuplicate, type StaffRole, type TaxonomyName } from '@teilhabe/contract';
import { ImportFileError, importOrganizations } from './import/organization-import.js';
import { fetchCalendar, importCalendar } from './import/calendar-import.js';
import { openDatabase, type Database } from './db/database.js';
import { demoDataset } from './demo/index.js';
import { DEMO_STAFF, ensureDemoStaff } from './demo/staff.js';
import { SYSTEM_ACTOR, recordAudit } from './audit/audit-log.js';
import { createApiToken } from './http/auth.js';
import { TenantDirectory } from './http/tenant.js';
import { ProblemError } from './http/problem.js';
import { repositoryRoot } from './paths.js';
import { seedDataset, tenantExists } from './seed.js';
import { startServer } from './server.js';
import { OFFICE_HEADERS, STRICT_EMBEDDING_HEADERS } from './pages/html.js';
import type { StaticMounts } from './pages/routes.js';
import { findStaffByEmail, listStaffRows, passkeyCounts, toStaffMember } from './staff/repository.js';
import { inviteStaff, passwordResetLink, updateStaffMember, type AccountContext } from './staff/service.js';
import { TenantError, createTenant, importTerms, parseTermsFile, updateTenant, type NewTenant } from './tenants/provisioning.js';
import { findLiveTokenByName, revokeTokenRow } from './tokens/repository.js';
import { OWASP_PASSWORD_HASHING } from './staff/passwords.js';
import { oidcSettingsFromEnv } from './staff/oidc.js';

const HELP = `teilhabe-server [command]

  serve                                   start the API (loads the demo district on first start)
  seed                                    (re)load the musterkreis demo data
  migrate                                 apply pending migrations only

  tenant create --id ID --name NAME [--locales de,en,…] [--default-locale de] [--cors https://a,https://b] [--office-email E]
  tenant update --id ID [same options]
  tenant list
  taxonomy import --tenant ID --file areas.json|areas.csv [--taxonomy areas]

  user create --tenant ID --email E --name N --role admin|editor|bookings[,…] [--password-stdin]
  user disable --tenant ID --email E
  user list --tenant ID
  user reset-password --tenant ID --email E  prints a one-time link to set a new password

  token create --tenant ID --name N [--role editor|bookings|admin[,…]]   prints the token once
  token revoke --tenant ID --name N

  import organizations --tenant ID --file liste.xlsx|liste.csv [--dry-run] [--on-duplicate skip|merge|create]
                       [--mapping mapping.json] [--save-mapping out.json] [--default-type CODE] [--json]
                                          preview with --dry-run; without it all rows or none are written
  import events --tenant ID (--url URL|--file feed.ics) --organizer ORG_ID --format CODE [--topics a,b]
                                          brings a calendar in and keeps it in step by UID (new, changed, removed)

Environment: PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_BASE_URL, SEED_DEMO=auto|never,
OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_TENANT (sign-in with the municipality's identity provider).
With the embedded database (no DATABASE_URL) stop the server before running a command that writes.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    tenant: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    locales: { type: 'string' },
    'default-locale': { type: 'string' },
    cors: { type: 'string' },
    'office-email': { type: 'string' },
    file: { type: 'string' },
    taxonomy: { type: 'string', default: 'areas' },
    'password-stdin': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    'on-duplicate': { type: 'string', default: 'skip' },
    mapping: { type: 'string' },
    'save-mapping': { type: 'string' },
    'default-type': { type: 'string' },
    json: { type: 'boolean' },
    url: { type: 'string' },
    organizer: { type: 'string' },
    format: { type: 'string' },
    topics: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const env = process.env;
const databaseOptions = { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || './.data' };
const baseUrl = env.PUBLIC_BASE_URL || `http://127.0.0.1:${env.PORT ?? 8787}`;
const [command = 'serve', subcommand] = positionals;

/** A mistake of the operator: printed as it is, exit code 2. */
class UsageError extends Error {}

async function main() {
  if (values.help) return console.log(HELP);
  switch (`${command} ${subcommand ?? ''}`.trim()) {
    case 'serve':
      return serveCommand();
    case 'seed':
      return withDatabase(async ({ db }) => {
        await seedDataset(db, demoDataset());
        console.log('Loaded the musterkreis demo data.');
      });
    case 'migrate':
      return withDatabase(async () => console.log('Migrations are up to date.'));
    case 'tenant create':
      return withDatabase(async ({ db }) => {
        await createTenant(db, { id: required('id'), name: required('name'), ...tenantOptions() });
        console.log(`Created the tenant "${values.id}" with the standard taxonomies. Next: add its areas (taxonomy import) and its first admin (user create).`);
      });
    case 'tenant update':
      return withDatabase(async ({ db }) => {
        await updateTenant(db, required('id'), { name: values.name, ...tenantOptions() });
        console.log(`Updated the tenant "${values.id}". A running server picks the change up within 30 seconds.`);
      });
    case 'tenant list':
      return withDatabase(async ({ db }) => {
        const rows = await db.selectFrom('tenants').select(['id', 'name', 'locales', 'office_email']).orderBy('id').execute();
        for (const row of rows) console.log(`${row.id}\t${row.name}\t${row.locales.join(',')}\t${row.office_email ?? ''}`);
      });
    case 'taxonomy import':
      return withDatabase(async ({ db }) => {
        const tenantId = await existingTenant(db, required('tenant'));
        const taxonomy = oneOf('taxonomy', values.taxonomy!, TAXONOMY_NAMES) as TaxonomyName;
        const file = required('file');
        const terms = parseTermsFile(file, readFileSync(file, 'utf8'));
        await importTerms(db, tenantId, taxonomy, terms);
        console.log(`Imported ${terms.length} ${terms.length === 1 ? 'term' : 'terms'} into ${taxonomy} of "${tenantId}".`);
      });
    case 'user create':
      return withDatabase(async (database) => {
        const context = await accountContext(database, required('tenant'));
        const password = values['password-stdin'] ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : undefined;
        const invited = await inviteStaff(context, { email: required('email'), name: required('name'), roles: roles(required('role')) }, baseUrl, { password });
        console.log(`Created ${invited.member.name} <${invited.member.email}> with ${invited.member.roles.join(', ')}.`);
        if (invited.setPasswordUrl) console.log(`One-time link to set the password (valid 72 hours):\n${invited.setPasswordUrl}`);
      });
    case 'user disable':
      return withDatabase(async (database) => {
        const context = await accountContext(database, required('tenant'));
        const row = await findStaffByEmail(database.db, context.tenant.id, required('email'));
        if (!row) throw new UsageError(`There is no person <${values.email}> in "${context.tenant.id}".`);
        await updateStaffMember(context, row.id, { disabled: true });
        console.log(`Disabled ${row.name}; their sessions have ended.`);
      });
    case 'user list':
      return withDatabase(async ({ db }) => {
        const tenantId = await existingTenant(db, required('tenant'));
        const rows = await listStaffRows(db, tenantId);
        const passkeys = await passkeyCounts(db, rows.map((row) => row.id));
        for (const row of rows) {
          const member = toStaffMember(row, passkeys.get(row.id) ?? 0);
          console.log(`${member.email}\t${member.name}\t${member.roles.join(',')}\t${member.status}`);
        }
      });
    case 'user reset-password':
      return withDatabase(async (database) => {
        const context = await accountContext(database, required('tenant'));
        const link = await passwordResetLink(context, required('email'), baseUrl);
        if (!link) throw new UsageError(`There is no active person <${values.email}> in "${context.tenant.id}".`);
        console.log(`One-time link to set a new password (valid 2 hours):\n${link.url}`);
      });
    case 'token create':
      return withDatabase(async ({ db }) => {
        const tenantId = await existingTenant(db, required('tenant'));
        const name = required('name');
        if (await findLiveTokenByName(db, tenantId, name)) throw new UsageError(`A live token "${name}" exists already; revoke it first or choose another name.`);
        const tokenRoles = roles(values.role ?? 'editor');
        const { id, token } = await createApiToken(db, tenantId, name, tokenRoles);
        await recordAudit(db, tenantId, SYSTEM_ACTOR('teilhabe-server token create'), { recordType: 'token', recordId: id, operation: 'create', after: { name, roles: tokenRoles } });
        console.log(token);
        console.error('Keep this token secret; it is shown only now.');
      });
    case 'token revoke':
      return withDatabase(async ({ db }) => {
        const tenantId = await existingTenant(db, required('tenant'));
        const row = await findLiveTokenByName(db, tenantId, required('name'));
        if (!row) throw new UsageError(`There is no live token "${values.name}" in "${tenantId}".`);
        await revokeTokenRow(db, row.id, new Date());
        await recordAudit(db, tenantId, SYSTEM_ACTOR('teilhabe-server token revoke'), { recordType: 'token', recordId: row.id, operation: 'revoke', before: { name: row.name, roles: row.roles } });
        console.log(`Revoked the token "${row.name}".`);
      });
    case 'import organizations':
      return withDatabase(async ({ db }) => {
        const tenantId = await existingTenant(db, required('tenant'));
        const file = required('file');
        if (!existsSync(file)) throw new UsageError(`There is no file ${file}.`);
        const report = await importOrganizations(db, {
          tenantId,
          fileName: basename(file),
          bytes: readFileSync(file),
          mapping: values.mapping ? readMappingFile(values.mapping) : undefined,
          onDuplicate: oneOf('on-duplicate', values['on-duplicate']!, ON_DUPLICATE) as OnDuplicate,
          dryRun: values['dry-run'] === true,
          defaultType: values['default-type'],
          actor: SYSTEM_ACTOR('teilhabe-server import organizations'),
          now: new Date(),
        }).catch((error: unknown) => {
          throw error instanceof ImportFileError ? new UsageError(error.message) : error;
        });
        if (values['save-mapping']) writeFileSync(values['save-mapping'], `${JSON.stringify(report.mapping, null, 2)}\n`);
        console.log(values.json ? JSON.stringify(report, null, 2) : importSummary(report));
        // Rows with errors: nothing was (or would be) written.
        if (report.errors.length) process.exitCode = 1;
      });
    case 'import events':
      return withDatabase(async ({ db }) => {
        const tenantId = await existingTenant(db, required('tenant'));
        if (Boolean(values.url) === Boolean(values.file)) throw new UsageError('import events needs either --url or --file.');
        if (!values.organizer) throw new UsageError('import events needs --organizer (the id of the organisation that hosts the events).');
        if (!values.format) throw new UsageError('import events needs --format (a code of /taxonomies/event-formats).');
        const source = values.url ?? values.file!;
        if (values.url && !/^https?:\/\//.test(values.url)) throw new UsageError(`--url takes an http(s) address; "${values.url}" is not one.`);
        const text = values.url ? await fetchCalendar(values.url).catch((error: unknown) => {
          throw error instanceof ImportFileError ? new UsageError(error.message) : error;
        }) : readFileSync(values.file!, 'utf8');
        const report = await importCalendar(db, {
          tenantId,
          source,
          text,
          organizerId: values.organizer,
          format: values.format,
          topics: values.topics?.split(',').map((topic) => topic.trim()).filter(Boolean) ?? [],
          actor: SYSTEM_ACTOR('teilhabe-server import events'),
          now: new Date(),
        }).catch((error: unknown) => {
          throw error instanceof ImportFileError ? new UsageError(error.message) : error;
        });
        console.log(values.json ? JSON.stringify(report, null, 2) : `${report.created} new, ${report.updated} changed, ${report.removed} removed, ${report.unchanged} unchanged, ${report.errors.length} not readable.`);
        for (const error of report.errors) console.error(`  ${error.uid}: ${error.message}`);
        if (report.errors.length) process.exitCode = 1;
      });
    default:
      console.error(HELP);
      process.exitCode = 2;
  }
}

/** The version of the widget bundles this repository builds: their immutable URL path. */
function componentsVersion(): string {
  const manifest = join(repositoryRoot, 'packages/components/package.json');
  // Installed from npm there is no repository around the server: no bundles to mount, so no version either.
  if (!existsSync(manifest)) return '';
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

async function serveCommand() {
  const startedAt = performance.now();
  const database = await openDatabase(databaseOptions);
  if (env.SEED_DEMO !== 'never' && !(await tenantExists(database.db, 'musterkreis'))) {
    console.log('First start: loading the musterkreis demo data …');
    await seedDataset(database.db, demoDataset());
  }
  const demoStaff = env.SEED_DEMO !== 'never' && (await tenantExists(database.db, 'musterkreis'));
  if (demoStaff) await ensureDemoStaff(database.db);
  const staticMounts: StaticMounts = [
    { urlPrefix: '/teilhabe/', folder: join(repositoryRoot, 'packages/components/dist/cdn'), version: componentsVersion() },
    { urlPrefix: '/demo/', folder: join(repositoryRoot, 'demo'), headers: STRICT_EMBEDDING_HEADERS },
    { urlPrefix: '/office/', folder: join(repositoryRoot, 'packages/office/dist'), headers: OFFICE_HEADERS, appShell: 'index.html' },
    { urlPrefix: '/embed/', folder: join(repositoryRoot, 'embed'), headers: STRICT_EMBEDDING_HEADERS },
    // Storybook's own pages need inline script; it gets no CSP of ours, and is mounted only when built.
    { urlPrefix: '/storybook/', folder: join(repositoryRoot, 'storybook-static') },
  ].filter((mount) => existsSync(mount.folder));
  const server = await startServer({
    database,
    port: Number(env.PORT ?? 8787),
    hostname: env.HOST ?? '127.0.0.1',
    publicBaseUrl: env.PUBLIC_BASE_URL || undefined,
    staticMounts,
    oidc: oidcSettingsFromEnv(env),
  });
  const storage = database.kind === 'pglite' ? `embedded PostgreSQL in ${databaseOptions.dataDir}` : 'PostgreSQL server';
  console.log(`Teilhabe-Kit API on ${server.url} (${storage}), ready in ${Math.round(performance.now() - startedAt)} ms`);
  if (staticMounts.some((m) => m.urlPrefix === '/demo/')) console.log(`Demo website: ${server.url}/demo/`);
  if (staticMounts.some((m) => m.urlPrefix === '/office/')) console.log(`Office app: ${server.url}/office/`);
  console.log(`Embed builder: ${server.url}/embed/`);
  console.log(
    server.mail.kind === 'smtp'
      ? `Mail: sent through ${server.mail.host}`
      : `Mail: no SMTP_URL, so mails are written as .eml files to ${server.mail.folder}`,
  );
  if (demoStaff) console.log(`Office sign-in (demo): ${DEMO_STAFF.email} / ${DEMO_STAFF.password} at ${server.url}/office/?tenant=musterkreis`);
  const shutdown = async () => {
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function tenantOptions(): Omit<Partial<NewTenant>, 'id' | 'name'> {
  const list = (value: string | undefined) => value?.split(',').map((item) => item.trim()).filter(Boolean);
  const locales = list(values.locales)?.map((locale) => oneOf('locales', locale, LOCALES) as Locale);
  const defaultLocale = values['default-locale'] ? (oneOf('default-locale', values['default-locale'], LOCALES) as Locale) : undefined;
  const corsOrigins = list(values.cors)?.map((origin) => {
    if (origin === '*') return origin;
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) throw new UsageError(`--cors takes origins such as https://www.stadt.de (no path); "${origin}" is not one.`);
    return url.origin;
  });
  const officeEmail = values['office-email'];
  if (officeEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(officeEmail)) throw new UsageError(`--office-email "${officeEmail}" is not an e-mail address.`);
  return { locales, defaultLocale, corsOrigins, officeEmail };
}

function roles(value: string): StaffRole[] {
  const list = value.split(',').map((role) => oneOf('role', role.trim(), STAFF_ROLES) as StaffRole);
  return [...new Set(list)];
}

function readMappingFile(path: string): ImportMapping {
  if (!existsSync(path)) throw new UsageError(`There is no mapping file ${path}.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`The mapping file ${path} is not JSON.`);
  }
  const parsed = ImportMapping.safeParse(raw);
  if (!parsed.success) throw new UsageError(`The mapping file ${path} is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

function importSummary(report: ImportReport): string {
  const lines = [
    `${report.file.name}: ${report.file.format.toUpperCase()}${report.file.encoding ? `, ${report.file.encoding}` : ''}${report.file.delimiter ? `, separated by "${report.file.delimiter}"` : ''}, header in row ${report.file.headerRow}`,
    ...report.columns.map((column) => `  column "${column.header}" → ${column.field ?? '(left out)'}${column.source === 'guess' ? ' (guessed)' : ''}`),
    ...report.rows.map((row) => `  row ${row.row}: ${row.action} ${row.id ?? ''}${row.duplicateOf ? ` (duplicate of "${row.duplicateOf.name}" by ${row.duplicateOf.reason})` : ''}${row.changedFields.length ? ` [${row.changedFields.join(', ')}]` : ''}`),
    ...report.errors.map((error) => `  error in row ${error.row}${error.column ? `, column "${error.column}"` : ''}: ${error.message}`),
    ...report.unknownValues.map((unknown) => `  unknown ${unknown.field} "${unknown.value}" in rows ${unknown.rows.join(', ')}`),
    `${report.created} created, ${report.updated} updated, ${report.skipped} skipped, ${report.duplicates} duplicates, ${report.errors.length} errors.`,
    report.committed ? 'Written in one transaction.' : report.dryRun ? 'Dry run: nothing was written.' : 'Nothing was written: correct the rows above (or decide the unknown values in a mapping file) and run again.',
  ];
  return lines.join('\n');
}

function required(option: 'id' | 'tenant' | 'name' | 'email' | 'role' | 'file'): string {
  const value = values[option];
  if (!value) throw new UsageError(`${command} ${subcommand} needs --${option}. See teilhabe-server --help.`);
  return value;
}

function oneOf(option: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new UsageError(`--${option} "${value}" is not one of ${allowed.join(', ')}.`);
  return value;
}

async function existingTenant(db: Database['db'], id: string) {
  if (!(await tenantExists(db, id))) throw new UsageError(`There is no tenant "${id}"; see "tenant list", or create it with "tenant create".`);
  return id;
}

async function accountContext(database: Database, tenantId: string): Promise<AccountContext> {
  const tenant = await new TenantDirectory(database.db).find(tenantId);
  if (!tenant) throw new UsageError(`There is no tenant "${tenantId}"; see "tenant list", or create it with "tenant create".`);
  return { db: database.db, tenant, actor: SYSTEM_ACTOR(`teilhabe-server ${command} ${subcommand}`), now: new Date(), hashing: OWASP_PASSWORD_HASHING };
}

async function withDatabase(action: (database: Database) => Promise<void>) {
  const database = await openDatabase(databaseOptions);
  try {
    await action(database);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  if (error instanceof UsageError || error instanceof TenantError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof ProblemError) {
    const { title, detail, errors } = error.problem;
    console.error([title, detail, ...(errors ?? []).map((e) => `  ${e.path}: ${e.message}`)].filter(Boolean).join('\n'));
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
