/**
 * Hostile input against every route of the OpenAPI document, on both
 * backends: wrong types, NUL and control characters, letters that `unaccent`
 * turns into query syntax, huge and tiny numbers, bad dates and cursors, deep
 * JSON, big bodies, duplicate parameters, with and without the editor token.
 * No answer may be a 5xx, every 4xx is problem+json, no request takes a
 * second, none shows a stack trace, and CORS headers always come with
 * `Vary: Origin`. The requests come from a fixed seed; `FUZZ_SEED=… FUZZ_RUNS=…`
 * repeats or widens a run.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TAXONOMY_NAMES, buildOpenApiDocument } from '@teilhabe/contract';
import { demoDataset } from '../../packages/server/src/demo/index.js';
import { TEST_TODAY, describeOnBothBackends, type TestApi } from '../support/test-api.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261215);
const RUNS_PER_BACKEND = Number(process.env.FUZZ_RUNS ?? 3500);
const MAX_REQUEST_MS = 1000;

interface Operation {
  method: string;
  path: string;
  query: string[];
  headers: string[];
  hasBody: boolean;
}

interface FuzzRequest {
  method: string;
  /** Already percent-encoded. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const document = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }>; requestBody?: unknown }>> };
const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path,
    query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    headers: (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name),
    hasBody: Boolean(operation.requestBody),
  })),
);

const demo = demoDataset(TEST_TODAY);
const knownIds: Record<string, string[]> = {
  organizations: demo.organizations.map((o) => o.id),
  rooms: demo.rooms.map((r) => r.id),
  venues: demo.venues.map((v) => v.id),
  events: demo.events.map((e) => e.id),
  'funding-programs': demo.fundingPrograms.map((p) => p.id),
  bookings: ['123e4567-e89b-12d3-a456-426614174000'],
};
const validBodies: Record<string, unknown[]> = {
  organizations: demo.organizations,
  rooms: demo.rooms,
  venues: demo.venues,
  events: demo.events,
  'funding-programs': demo.fundingPrograms,
  bookings: [
    {
      roomId: demo.rooms[0]!.id,
      start: '2026-12-02T18:00:00+01:00',
      end: '2026-12-02T20:00:00+01:00',
      purpose: 'Elternabend',
      expectedAttendees: 12,
      requester: { name: 'Ayşe Demir', email: 'ayse@example.org' },
      isPublic: false,
      acceptHouseRules: true,
    },
  ],
  decision: [{ status: 'confirmed' }, { status: 'declined', note: 'Der Raum ist belegt.' }],
  match: [{}, { applicantKind: 'registered-association', topics: ['youth-education'], amountEur: 2000, neededBy: '2027-03-01' }],
};

// ── Hostile values ─────────────────────────────────────────────────────────
const UNACCENT_SENSITIVE = ['ŉ', '⑴', '⒜', '½', '℡', 'ﬁ', 'Ǆ', 'Å', 'ß', 'ʼn', '㈱', '‼', '⁇'];
const CONTROL = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f'];
const TSQUERY_SYNTAX = ["'", ':*', '&', '|', '!', '(', ')', '<->', '<2>', '\\', '"', ':', '*'];
const HOSTILE_STRINGS = [
  '',
  ' ',
  ...UNACCENT_SENSITIVE,
  ...CONTROL,
  ...CONTROL.map((c) => `a${c}b`),
  ...TSQUERY_SYNTAX,
  "a'b:* & !(c",
  "'; DROP TABLE tenants; --",
  '../../etc/passwd',
  '%00',
  '%',
  'x'.repeat(300),
  'ä'.repeat(5000),
  '😀'.repeat(60),
  '\u202e\u2066',
  '<script>alert(1)</script>',
  'https://user:pw@ok.example/',
  'javascript:alert(1)',
];
const HOSTILE_NUMBERS = ['0', '-0', '-1', '1e309', '-1e309', '1e-400', '5e-324', '9007199254740993', '1'.repeat(400), 'NaN', 'Infinity', '0x10', '1.5', ' 1', '1_000'];
const HOSTILE_DATES = [
  '2026-11-23T09:00:00+01:00',
  '2026-11-23',
  '0000-01-01T00:00:00Z',
  '0001-01-01',
  '0999-12-31T23:59:59Z',
  '1000-01-01T00:00:00+14:00',
  '1000-01-01',
  '9999-12-31T23:59:59-14:00',
  '9999-12-31',
  '10000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2026-02-29',
  '2026-02-30T10:00:00Z',
  '2026-13-01',
  '2026-11-23T24:00:00Z',
  '2026-11-23T09:00:00',
  '2026-11-23T09:00:00+25:00',
  '1970-01-01T00:00:00Z',
  '2036-11-22T00:00:00Z',
  '2016-11-24T00:00:00Z',
];
const base64url = (value: string) => Buffer.from(value).toString('base64url');
const HOSTILE_CURSORS = [
  base64url('{"o":20}'),
  base64url('{"o":1000000}'),
  base64url('{"o":-1}'),
  base64url('{"o":1e300}'),
  base64url('{"o":"20"}'),
  base64url('{"o":{"$gt":0}}'),
  base64url('[]'),
  base64url('null'),
  base64url('{"o":1'),
  'not-base64!!',
  '=',
];
/** Encoded forms that are not even UTF-8: a lone surrogate, an overlong slash, a stray byte. */
const RAW_ENCODED = ['%ED%A0%80', '%C0%AF', '%FF', '%E2%82', '%2e%2e', '%2F', '%25', '%00'];

/** Percent-encodes every byte outside the unreserved set; lone surrogates become U+FFFD. */
const percentEncode = (value: string) =>
  [...Buffer.from(value, 'utf8')].map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...UNACCENT_SENSITIVE, ...CONTROL, ...TSQUERY_SYNTAX, 'a', 'ö', ' ', '-'), maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS, ...HOSTILE_DATES, ...HOSTILE_CURSORS) },
);

/** An encoded query or path value: hostile text, or bytes that are no UTF-8 at all. */
const hostileEncoded = fc.oneof({ weight: 6, arbitrary: hostileText.map(percentEncode) }, { weight: 1, arbitrary: fc.constantFrom(...RAW_ENCODED) });

function nested(depth: number, open: string, close: string, inner = '1') {
  return open.repeat(depth) + inner + close.repeat(depth);
}
const DEEP_ARRAY = nested(50_000, '[', ']');
const DEEP_OBJECT = nested(20_000, '{"a":', '}');
const BIG_BODY = JSON.stringify({ id: 'x', padding: 'x'.repeat(2 * 1024 * 1024) });

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.constantFrom(1e308, -1e308, 5e-324, -0, 2 ** 53 + 2, -(2 ** 63), 0.1 + 0.2, 1e21) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], JSON.parse('{"__proto__":{"admin":true}}'), { constructor: { prototype: 1 } }) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 30 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileText, hostileText, { maxKeys: 4 }) },
);

// ── Bodies ─────────────────────────────────────────────────────────────────
type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function withValueAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<PropertyKey, unknown>;
  const [head, ...rest] = path;
  copy[head as never] = withValueAt(copy[head as never], rest, replacement);
  return copy;
}

/** A valid record with one to three fields replaced by hostile values (or none). */
function mutated(records: unknown[]): fc.Arbitrary<unknown> {
  return fc
    .constantFrom(...records)
    .chain((record) => {
      const paths = pathsOf(record);
      return fc.tuple(fc.constant(record), fc.array(fc.tuple(fc.constantFrom(...paths), hostileJson), { maxLength: 3 }));
    })
    .map(([record, changes]) => changes.reduce((current, [path, value]) => withValueAt(current, path, value), record));
}

function bodyFor(resource: string): fc.Arbitrary<string> {
  const records = validBodies[resource] ?? [{}];
  return fc.oneof(
    { weight: 10, arbitrary: mutated(records).map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: hostileJson.map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: fc.constantFrom('', 'not json', '{"a":', '{"a":1}{"b":2}', '\u0000', '{"a":"\\ud800"}', '{"a":1e999999}', '[' + '1,'.repeat(10_000) + '1]') },
    { weight: 1, arbitrary: fc.constantFrom(DEEP_ARRAY, DEEP_OBJECT, `{"title":{"de":${DEEP_ARRAY}}}`) },
    { weight: 1, arbitrary: fc.constant(BIG_BODY) },
  );
}

// ── Requests ───────────────────────────────────────────────────────────────
const resourceOf = (path: string) => /^\/v1\/\{tenant\}\/([a-z-]+)/.exec(path)?.[1]?.replace(/\.ics$/, '') ?? '';

function idFor(operation: Operation): fc.Arbitrary<string> {
  const resource = resourceOf(operation.path);
  const ids = knownIds[resource] ?? [];
  const known = ids.length ? fc.constantFrom(...ids) : fc.constant('unbekannt');
  // Known ids mostly for reading: deleting the demo would starve the rest of the run.
  const knownWeight = operation.method === 'GET' || operation.method === 'PUT' ? 6 : 1;
  return fc.oneof({ weight: knownWeight, arbitrary: known }, { weight: 1, arbitrary: fc.uuid() }, { weight: 3, arbitrary: hostileEncoded });
}

const PLAUSIBLE: Record<string, string[]> = {
  locale: ['de', 'en', 'ar', 'xx', 'DE', 'de-DE'],
  limit: ['1', '20', '100', '101'],
  cursor: HOSTILE_CURSORS,
  from: HOSTILE_DATES,
  to: HOSTILE_DATES,
  freeFrom: HOSTILE_DATES,
  freeTo: HOSTILE_DATES,
  updatedSince: HOSTILE_DATES,
  freeStart: ['18:00', '24:00', '00:00', '25:00', '18:60', '6:00'],
  freeEnd: ['21:00', '24:00', '00:00', '17:59'],
  freeWeekdays: ['1,2,3', '6,7', '0', '8', '1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1'],
  capacity: ['1', '5000', '5001'],
  topic: ['youth-education', 'culture', 'youth-education,culture', 'Youth'],
  organizer: ['office', demo.organizations[0]!.id],
  time: ['evening', 'weekend', 'evening,weekend', 'night'],
  free: ['true', 'false', 'yes'],
  q: ['hausaufgaben', 'Kulturverein Anadolu', 'ŉ', '⑴', 'der die das', 'a:* & b'],
  event: knownIds.events!,
  program: knownIds['funding-programs']!,
  deadline: ['open-now', 'soon', 'none', 'later'],
  token: ['x'.repeat(20), 'short'],
};

function queryValue(name: string): fc.Arbitrary<string> {
  const plausible = PLAUSIBLE[name] ?? [];
  return fc.oneof(
    { weight: plausible.length ? 3 : 0, arbitrary: fc.constantFrom(...(plausible.length ? plausible : [''])).map(percentEncode) },
    { weight: 2, arbitrary: hostileEncoded },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS).map(percentEncode) },
  );
}

function queryFor(operation: Operation): fc.Arbitrary<string> {
  if (operation.query.length === 0) return fc.constantFrom('', `?x=${percentEncode('\u0000')}`);
  const names = [...operation.query, 'unknown'];
  // An entry may come twice or three times: ?limit=1&limit=2.
  const entry = fc
    .constantFrom(...names)
    .chain((name) => fc.array(queryValue(name), { minLength: 1, maxLength: 3 }).map((values) => values.map((value) => `${name}=${value}`)));
  return fc.array(entry, { maxLength: 5 }).map((entries) => (entries.length ? `?${entries.flat().join('&')}` : ''));
}

/** Header values must be ISO-8859-1 without controls, or `fetch` refuses to send them. */
const headerSafe = (value: string) => value.replace(/[^\x20-\x7e]/g, '?');

function headersFor(operation: Operation, editorToken: string): fc.Arbitrary<Record<string, string>> {
  return fc
    .record({
      auth: fc.constantFrom('none', 'editor', 'editor', 'junk', 'basic'),
      origin: fc.option(fc.constantFrom('https://www.example.de', 'null', 'https://evil.example', 'https://musterkreis.de'), { nil: undefined }),
      acceptLanguage: fc.option(fc.oneof(fc.constantFrom('de', 'ar;q=0.9, tr;q=x', '*', 'de-DE,de;q=0.9,en;q=0.8'), hostileText.map(headerSafe)), { nil: undefined }),
      contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'none'),
      idempotencyKey: fc.option(fc.oneof(fc.uuid(), hostileText.map(headerSafe)), { nil: undefined }),
      ifNoneMatch: fc.option(fc.constantFrom('*', 'W/"x"', '"', 'W/'), { nil: undefined }),
    })
    .map(({ auth, origin, acceptLanguage, contentType, idempotencyKey, ifNoneMatch }) => {
      const headers: Record<string, string> = {};
      if (auth === 'editor') headers.Authorization = `Bearer ${editorToken}`;
      if (auth === 'junk') headers.Authorization = 'Bearer tk_' + 'x'.repeat(43);
      if (auth === 'basic') headers.Authorization = 'Basic dXNlcjpwdw==';
      if (origin) headers.Origin = origin;
      if (acceptLanguage !== undefined) headers['Accept-Language'] = acceptLanguage;
      if (operation.hasBody && contentType !== 'none') headers['Content-Type'] = contentType;
      if (idempotencyKey !== undefined && operation.headers.includes('idempotency-key')) headers['Idempotency-Key'] = idempotencyKey;
      if (ifNoneMatch && operation.method === 'GET') headers['If-None-Match'] = ifNoneMatch;
      return headers;
    });
}

function requestFor(operation: Operation, editorToken: string): fc.Arbitrary<FuzzRequest> {
  const resource = resourceOf(operation.path);
  const bodyResource = operation.path.endsWith('/match') ? 'match' : operation.method === 'PATCH' ? 'decision' : resource;
  const tenant = fc.oneof({ weight: 12, arbitrary: fc.constant('musterkreis') }, { weight: 1, arbitrary: fc.constantFrom('nirgendwo', 'MUSTERKREIS', 'tenants') }, { weight: 2, arbitrary: hostileEncoded });
  const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TAXONOMY_NAMES) }, { weight: 1, arbitrary: hostileEncoded });
  return fc
    .record({
      tenant,
      name,
      id: idFor(operation),
      query: queryFor(operation),
      headers: headersFor(operation, editorToken),
      body: operation.hasBody ? bodyFor(bodyResource).map((body): string | undefined => body) : fc.constant<string | undefined>(undefined),
      matchIdToBody: fc.boolean(),
    })
    .map(({ tenant, name, id, query, headers, body, matchIdToBody }) => {
      let pathId = id;
      // A PUT reaches the database only when the path id is the body's id.
      if (operation.method === 'PUT' && matchIdToBody && body) {
        const bodyId = (() => {
          try {
            return (JSON.parse(body) as { id?: unknown }).id;
          } catch {
            return undefined;
          }
        })();
        if (typeof bodyId === 'string' && /^[a-z0-9-]{1,80}$/.test(bodyId)) pathId = bodyId;
      }
      const url = operation.path.replace('{tenant}', tenant).replace('{name}', name).replace('{id}', pathId) + query;
      return { method: operation.method, url, headers, body };
    });
}

function describeRequest(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : ` body(${request.body.length} chars)=${JSON.stringify(request.body.slice(0, 300))}`;
  return `${request.method} ${request.url.slice(0, 400)} headers=${JSON.stringify(request.headers)}${body}`;
}

// ── The run ────────────────────────────────────────────────────────────────
describeOnBothBackends('fuzz', (api) => {
  test(`${RUNS_PER_BACKEND} hostile requests over every route: no 5xx, problem+json for 4xx, none over ${MAX_REQUEST_MS} ms`, { timeout: 300_000 }, async () => {
    const current: TestApi = api();
    const requestArbitrary = fc.constantFrom(...operations).chain((operation) => requestFor(operation, current.editorToken));
    const requests = fc.sample(requestArbitrary, { seed: SEED, numRuns: RUNS_PER_BACKEND });
    // Every route at least once more, whatever the sample picked.
    for (const operation of operations) requests.push(...fc.sample(requestFor(operation, current.editorToken), { seed: SEED, numRuns: 2 }));

    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let slowest = { ms: 0, request: '' };
    for (const [index, request] of requests.entries()) {
      const startedAt = performance.now();
      let status: number;
      let contentType: string | null;
      let headers: Headers;
      let text: string;
      try {
        const response = await current.request(request.url, { method: request.method, headers: request.headers, body: request.body });
        status = response.status;
        contentType = response.headers.get('content-type');
        headers = response.headers;
        text = await response.text();
      } catch (error) {
        failures.push(`#${index} threw ${(error as Error).message}: ${describeRequest(request)}`);
        continue;
      }
      const ms = performance.now() - startedAt;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (ms > slowest.ms) slowest = { ms, request: `${request.method} ${request.url.slice(0, 120)}` };
      const label = `#${index} ${describeRequest(request)}`;
      if (status >= 500) failures.push(`${status} ${text.slice(0, 200)} ← ${label}`);
      else if (status >= 400) {
        if (contentType !== 'application/problem+json') failures.push(`${status} without problem+json (${contentType}) ← ${label}`);
        else if ((JSON.parse(text) as { status?: unknown }).status !== status) failures.push(`${status} with a problem of another status ← ${label}`);
      }
      if (ms > MAX_REQUEST_MS) failures.push(`took ${Math.round(ms)} ms ← ${label}`);
      if (/\n\s+at .*[(/].*:\d+:\d+/.test(text)) failures.push(`leaks a stack trace ← ${label}`);
      // Only the tenant list and the OpenAPI document allow every origin whatever the request says.
      const originDependent = headers.has('access-control-allow-origin') && !/^\/v1\/(tenants|openapi\.json)(\?|$)/.test(request.url);
      if (originDependent && !/(^|,)\s*origin\s*(,|$)/i.test(headers.get('vary') ?? '')) failures.push(`CORS headers without Vary: Origin ← ${label}`);
    }

    const byCode = [...statuses.entries()].sort(([a], [b]) => a - b).map(([code, count]) => `${code}×${count}`).join(' ');
    console.log(`fuzz [${current.backend}] seed ${SEED}: ${requests.length} requests; statuses ${byCode}; slowest ${Math.round(slowest.ms)} ms (${slowest.request})`);
    assert.deepEqual(failures.slice(0, 20), [], `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS_PER_BACKEND} repeats this run; ${failures.length} failures`);
  });
});
