/**
 * The SDK against msw: what goes over the wire (query strings, locale,
 * headers), pagination, ETag revalidation and feed URLs.
 */
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpResponse, http } from 'msw';
import { ResponseFormatError, createClient } from '@teilhabe/sdk';
import { BASE, TENANT, api, bookingCreated, bookingInput, listBody, organizationSummary, server, testClient } from './support.js';

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

/** Records every request to `path` and answers with `body`. */
function capture(method: 'get' | 'post' | 'put' | 'delete' | 'patch', path: string, respond: () => Response) {
  const seen: Request[] = [];
  server.use(
    http[method](api(path), ({ request }) => {
      seen.push(request.clone());
      return respond();
    }),
  );
  return seen;
}

const emptyList = () => HttpResponse.json(listBody([]));
const queryOf = (request: Request | undefined) => new URL(request?.url ?? 'http://x').searchParams;

describe('query parameters', () => {
  test('code lists given as arrays are sent comma-joined; empty values are left out', async () => {
    const seen = capture('get', '/organizations', emptyList);
    await testClient().organizations.list({ topic: ['youth-education', 'health'], language: 'tr', area: [], q: 'Kulturverein', limit: 5 });
    const url = seen[0]!.url;
    assert.match(url, /topic=youth-education,health/);
    const query = queryOf(seen[0]);
    assert.equal(query.get('topic'), 'youth-education,health');
    assert.equal(query.get('language'), 'tr');
    assert.equal(query.has('area'), false);
    assert.equal(query.get('q'), 'Kulturverein');
    assert.equal(query.get('limit'), '5');
  });

  test('rooms: equipment and weekday lists, numbers and times', async () => {
    const seen = capture('get', '/rooms', emptyList);
    await testClient().rooms.list({ capacity: 20, equipment: ['projector', 'kitchen'], freeFrom: '2026-03-02', freeStart: '18:00', freeEnd: '21:00', freeWeekdays: [1, 2, 3, 4, 5] });
    const query = queryOf(seen[0]);
    assert.equal(query.get('capacity'), '20');
    assert.equal(query.get('equipment'), 'projector,kitchen');
    assert.equal(query.get('freeWeekdays'), '1,2,3,4,5');
    assert.equal(query.get('freeStart'), '18:00');
  });

  test('events: booleans as true/false and the time window', async () => {
    const seen = capture('get', '/events', emptyList);
    await testClient().events.list({ from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00', free: true, format: ['workshop', 'course'] });
    const query = queryOf(seen[0]);
    assert.equal(query.get('free'), 'true');
    assert.equal(query.get('from'), '2026-03-01T00:00:00+01:00');
    assert.equal(query.get('format'), 'workshop,course');
  });

  test('funding lists and path parameters are encoded', async () => {
    const seen = capture('get', '/funding-programs', emptyList);
    await testClient().funding.list({ providerLevel: ['state', 'federal'], supportType: 'money', deadline: 'soon' });
    assert.equal(queryOf(seen[0]).get('providerLevel'), 'state,federal');
    assert.equal(queryOf(seen[0]).get('deadline'), 'soon');
  });
});

describe('locale', () => {
  test("reads send the client's locale; a call may override it", async () => {
    const seen = capture('get', '/organizations', emptyList);
    const client = testClient({ locale: 'en' });
    await client.organizations.list();
    await client.organizations.list({}, { locale: 'tr' });
    assert.equal(queryOf(seen[0]).get('locale'), 'en');
    assert.equal(queryOf(seen[1]).get('locale'), 'tr');
  });

  test('a booking request sends the locale its mails should speak', async () => {
    const seen = capture('post', '/bookings', () => HttpResponse.json(bookingCreated, { status: 201 }));
    await testClient({ locale: 'uk' }).bookings.create(bookingInput);
    await testClient().bookings.create(bookingInput, { locale: 'fa' });
    await testClient().bookings.create(bookingInput);
    assert.equal(queryOf(seen[0]).get('locale'), 'uk');
    assert.equal(queryOf(seen[1]).get('locale'), 'fa');
    assert.equal(queryOf(seen[2]).get('locale'), null, 'without one the server reads Accept-Language');
  });

  test('withLocale gives a client for another locale that shares the rest', async () => {
    const seen = capture('get', '/events/fest', () => HttpResponse.json({ data: { id: 'fest' } }));
    const client = testClient({ locale: 'de', token: 'editor' });
    const arabic = client.withLocale('ar');
    assert.equal(arabic.locale, 'ar');
    assert.equal(arabic.tenant, TENANT);
    assert.equal(client.locale, 'de');
    await arabic.events.get('fest');
    await client.events.get('fest');
    assert.equal(queryOf(seen[0]).get('locale'), 'ar');
    assert.equal(queryOf(seen[1]).get('locale'), 'de');
  });

  test('every read with texts sends the locale: taxonomies, records, lists, the funding match', async () => {
    const seen: Request[] = [];
    const record = { data: { id: 'x' } };
    const record_ = () => HttpResponse.json(record);
    server.use(
      http.all(`${BASE}/*`, ({ request }) => {
        seen.push(request);
        const path = new URL(request.url).pathname;
        if (path.endsWith('/match')) return HttpResponse.json({ data: [], meta: { total: 0, nextCursor: null, fits: { eligible: 0, partial: 0, ineligible: 0 }, locale: 'uk' } });
        if (/\/(taxonomies\/\w+|rooms|events|funding-programs|organizations)$/.test(path)) return emptyList();
        return record_();
      }),
    );
    const client = testClient({ locale: 'uk' });
    await client.taxonomies.get('topics');
    await client.organizations.get('a');
    await client.rooms.list();
    await client.rooms.get('saal-1');
    await client.events.list();
    await client.funding.list();
    await client.funding.get('p');
    await client.funding.match({ topics: ['health'] });
    for (const request of seen) assert.equal(queryOf(request).get('locale'), 'uk', request.url);
  });

  test('without a locale no locale parameter is sent (the server negotiates)', async () => {
    const seen = capture('get', '/organizations', emptyList);
    await testClient().organizations.list();
    assert.equal(queryOf(seen[0]).has('locale'), false);
  });

  test('availability has no texts and carries no locale', async () => {
    const seen = capture('get', '/rooms/saal-1/availability', () => HttpResponse.json({ data: { roomId: 'saal-1', busy: [] } }));
    await testClient({ locale: 'en' }).rooms.availability('saal-1', { from: '2026-03-02T00:00:00+01:00', to: '2026-03-09T00:00:00+01:00' });
    const query = queryOf(seen[0]);
    assert.equal(query.has('locale'), false);
    assert.equal(query.get('from'), '2026-03-02T00:00:00+01:00');
  });
});

describe('headers', () => {
  test('the bearer token goes on writes only, never on public reads', async () => {
    const reads = capture('get', '/organizations', emptyList);
    const writes = capture('put', '/organizations/x', () => HttpResponse.json({ data: organizationSummary('x') }));
    const deletes = capture('delete', '/organizations/x', () => new HttpResponse(null, { status: 204 }));
    const client = testClient({ token: 'editor-token' });
    await client.organizations.list();
    await client.organizations.put('x', { id: 'x', name: 'X', shortDescription: { de: 'x' }, description: { de: 'x' }, types: ['association'] });
    const removed = await client.organizations.delete('x');
    assert.equal(removed, undefined);
    assert.equal(reads[0]!.headers.get('authorization'), null);
    assert.equal(writes[0]!.headers.get('authorization'), 'Bearer editor-token');
    assert.equal(writes[0]!.headers.get('content-type'), 'application/json');
    assert.deepEqual((await writes[0]!.json()).types, ['association']);
    assert.equal(deletes[0]!.headers.get('authorization'), 'Bearer editor-token');
  });

  test('booking access uses the secret token in the query, or the editor token without one', async () => {
    const id = bookingCreated.data.id;
    const seen = capture('get', `/bookings/${id}`, () => HttpResponse.json({ data: bookingCreated.data }));
    const cancelled = capture('delete', `/bookings/${id}`, () => HttpResponse.json({ data: { ...bookingCreated.data, status: 'cancelled' } }));
    const client = testClient({ token: 'editor-token' });
    await client.bookings.get(id, { token: bookingCreated.manageToken });
    await client.bookings.get(id);
    const { data } = await client.bookings.cancel(id, { token: bookingCreated.manageToken });
    assert.equal(data.status, 'cancelled');
    assert.equal(queryOf(seen[0]).get('token'), bookingCreated.manageToken);
    assert.equal(seen[0]!.headers.get('authorization'), null);
    assert.equal(queryOf(seen[1]).has('token'), false);
    assert.equal(seen[1]!.headers.get('authorization'), 'Bearer editor-token');
    assert.equal(queryOf(cancelled[0]).get('token'), bookingCreated.manageToken);
  });

  test('a booking request sends JSON, an Idempotency-Key and resolves to the created booking', async () => {
    const seen = capture('post', '/bookings', () => HttpResponse.json(bookingCreated, { status: 201 }));
    const created = await testClient().bookings.create(bookingInput);
    assert.equal(created.data.status, 'requested');
    assert.equal(created.manageToken, bookingCreated.manageToken);
    assert.ok((seen[0]!.headers.get('idempotency-key') ?? '').length >= 8);
    assert.deepEqual(await seen[0]!.json(), bookingInput);
  });

  test('the decision of an editor is a PATCH with the bearer token', async () => {
    const seen = capture('patch', `/bookings/${bookingCreated.data.id}`, () => HttpResponse.json({ data: { ...bookingCreated.data, status: 'confirmed' } }));
    const { data } = await testClient({ token: 'editor-token' }).bookings.decide(bookingCreated.data.id, { status: 'confirmed', note: 'Gern!' });
    assert.equal(data.status, 'confirmed');
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer editor-token');
    assert.deepEqual(await seen[0]!.json(), { status: 'confirmed', note: 'Gern!' });
  });

  test('extra headers from the options go on every request', async () => {
    const seen = capture('get', '/organizations', emptyList);
    await testClient({ headers: { 'X-Client': 'stadtportal' } }).organizations.list();
    assert.equal(seen[0]!.headers.get('x-client'), 'stadtportal');
    assert.match(seen[0]!.headers.get('accept') ?? '', /application\/json/);
  });

  test('a custom fetch is used', async () => {
    const urls: string[] = [];
    const client = createClient({
      baseUrl: `${BASE}/`,
      tenant: TENANT,
      fetch: async (request) => {
        urls.push(request.url);
        return Response.json({ data: [{ id: TENANT, name: 'Landkreis Musterkreis' }] });
      },
    });
    const { data } = await client.tenants.list();
    assert.equal(data[0]?.id, TENANT);
    assert.deepEqual(urls, [`${BASE}/v1/tenants`]);
  });
});

describe('pagination', () => {
  /** Seven organisations served in pages of `limit` (default 3) along an opaque cursor. */
  function pagedOrganizations() {
    const all = Array.from({ length: 7 }, (_, index) => organizationSummary(`org-${index}`));
    const seen: URLSearchParams[] = [];
    server.use(
      http.get(api('/organizations'), ({ request }) => {
        const query = new URL(request.url).searchParams;
        seen.push(query);
        const offset = Number(query.get('cursor')?.replace('c', '') ?? 0);
        const limit = Math.min(3, Number(query.get('limit') ?? 3));
        const next = offset + limit < all.length ? `c${offset + limit}` : null;
        return HttpResponse.json({ data: all.slice(offset, offset + limit), meta: { total: all.length, nextCursor: next, locale: 'de' } });
      }),
    );
    return seen;
  }

  test('iterate follows nextCursor until the last page', async () => {
    const seen = pagedOrganizations();
    const ids: string[] = [];
    for await (const organization of testClient().organizations.iterate({ topic: ['health'] })) ids.push(organization.id);
    assert.deepEqual(ids, ['org-0', 'org-1', 'org-2', 'org-3', 'org-4', 'org-5', 'org-6']);
    assert.equal(seen.length, 3);
    assert.equal(seen[0]!.has('cursor'), false);
    assert.equal(seen[1]!.get('cursor'), 'c3');
    assert.ok(seen.every((query) => query.get('topic') === 'health'));
  });

  test('iterate stops at max without fetching pages it does not need', async () => {
    const seen = pagedOrganizations();
    const ids: string[] = [];
    for await (const organization of testClient().organizations.iterate({}, { max: 4 })) ids.push(organization.id);
    assert.deepEqual(ids, ['org-0', 'org-1', 'org-2', 'org-3']);
    assert.equal(seen.length, 2);
    assert.equal(seen[0]!.get('limit'), '4');
  });

  test('the default cap is 1,000 records', async () => {
    let pages = 0;
    server.use(
      http.get(api('/organizations'), () => {
        pages++;
        const data = Array.from({ length: 100 }, (_, index) => organizationSummary(`o-${pages}-${index}`));
        return HttpResponse.json({ data, meta: { total: 1e6, nextCursor: `page-${pages}`, locale: 'de' } });
      }),
    );
    let count = 0;
    for await (const _ of testClient().organizations.iterate()) count++;
    assert.equal(count, 1_000);
    assert.equal(pages, 10);
  });

  test('a server that repeats a cursor fails instead of looping forever', async () => {
    server.use(http.get(api('/events'), () => HttpResponse.json({ data: [], meta: { total: 1, nextCursor: 'same', locale: 'de' } })));
    await assert.rejects(async () => {
      for await (const _ of testClient().events.iterate()) void _;
    }, ResponseFormatError);
  });

  test('breaking out of the loop stops fetching', async () => {
    const seen = pagedOrganizations();
    for await (const organization of testClient().organizations.iterate()) if (organization.id === 'org-1') break;
    assert.equal(seen.length, 1);
  });
});

describe('ETag revalidation', () => {
  function etagged(body: Record<string, unknown>, etag = 'W/"v1"') {
    const seen: Request[] = [];
    server.use(
      http.get(api('/organizations/a'), ({ request }) => {
        seen.push(request);
        if (request.headers.get('if-none-match') === etag) return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
        return HttpResponse.json(body, { headers: { ETag: etag, 'Cache-Control': 'public, max-age=60' } });
      }),
    );
    return seen;
  }

  test('with cache: true a repeated GET sends If-None-Match and a 304 returns the kept body', async () => {
    const body = { data: organizationSummary('a') };
    const seen = etagged(body);
    const client = testClient({ cache: true });
    const first = await client.organizations.get('a');
    const second = await client.organizations.get('a');
    assert.deepEqual(second, first);
    assert.deepEqual(second, body);
    assert.equal(seen[0]!.headers.get('if-none-match'), null);
    assert.equal(seen[1]!.headers.get('if-none-match'), 'W/"v1"');
  });

  test('a changed record comes back fresh', async () => {
    const client = testClient({ cache: true });
    etagged({ data: { ...organizationSummary('a'), name: 'Alt' } }, 'W/"v1"');
    await client.organizations.get('a');
    server.resetHandlers();
    const seen = etagged({ data: { ...organizationSummary('a'), name: 'Neu' } }, 'W/"v2"');
    const { data } = await client.organizations.get('a');
    assert.equal(data.name, 'Neu');
    assert.equal(seen[0]!.headers.get('if-none-match'), 'W/"v1"');
  });

  test('without the cache option no If-None-Match is sent', async () => {
    const seen = etagged({ data: organizationSummary('a') });
    const client = testClient();
    await client.organizations.get('a');
    await client.organizations.get('a');
    assert.ok(seen.every((request) => request.headers.get('if-none-match') === null));
  });

  test('the cache is shared with withLocale clients but keyed by URL (and thus locale)', async () => {
    const seen = etagged({ data: organizationSummary('a') });
    const client = testClient({ cache: { maxEntries: 10 }, locale: 'de' });
    await client.organizations.get('a');
    await client.withLocale('en').organizations.get('a');
    await client.withLocale('de').organizations.get('a');
    assert.deepEqual(
      seen.map((request) => request.headers.get('if-none-match')),
      [null, null, 'W/"v1"'],
    );
  });

  test('a 304 without a kept body (none was asked for) is a ResponseFormatError', async () => {
    server.use(http.get(api('/organizations/a'), () => new HttpResponse(null, { status: 304 })));
    await assert.rejects(testClient().organizations.get('a'), ResponseFormatError);
  });
});

describe('feed URLs', () => {
  test("events.feedUrl has the filters and the client's locale; webcal on request", () => {
    const client = testClient({ locale: 'tr' });
    const url = client.events.feedUrl({ topic: ['health', 'youth-education'], free: true });
    assert.equal(url, `${BASE}/v1/${TENANT}/events.ics?topic=health,youth-education&free=true&locale=tr`);
    const webcal = client.events.feedUrl({ organizer: 'office' }, { webcal: true });
    assert.equal(webcal, `webcal://api.teilhabe.test/v1/${TENANT}/events.ics?organizer=office&locale=tr`);
    assert.equal(client.withLocale('ar').events.feedUrl(), `${BASE}/v1/${TENANT}/events.ics?locale=ar`);
  });

  test('funding.feedUrl points to the deadlines feed', () => {
    const url = testClient().funding.feedUrl({ kind: 'micro-grant', program: 'p1' }, { locale: 'en' });
    assert.equal(url, `${BASE}/v1/${TENANT}/funding-programs.ics?kind=micro-grant&program=p1&locale=en`);
  });

  test('feedUrl makes no request', () => {
    // onUnhandledRequest: 'error' would fail the test on any request.
    testClient().events.feedUrl({});
  });
});

describe('createClient', () => {
  test('rejects missing options early', () => {
    assert.throws(() => createClient({ baseUrl: BASE, tenant: '' }), TypeError);
    assert.throws(() => createClient({ baseUrl: BASE, tenant: TENANT, retries: -1 }), RangeError);
  });

  test('exposes every resource method', () => {
    const client = testClient();
    const methods = {
      tenants: ['list'],
      taxonomies: ['get'],
      organizations: ['list', 'get', 'iterate', 'put', 'delete'],
      rooms: ['list', 'get', 'availability', 'iterate', 'put', 'delete'],
      venues: ['put'],
      bookings: ['create', 'get', 'cancel', 'decide'],
      events: ['list', 'get', 'iterate', 'put', 'delete', 'feedUrl'],
      funding: ['list', 'get', 'iterate', 'match', 'feedUrl', 'put', 'delete'],
    } as const;
    for (const [resource, names] of Object.entries(methods)) {
      for (const name of names) assert.equal(typeof (client as unknown as Record<string, Record<string, unknown>>)[resource]?.[name], 'function', `${resource}.${name}`);
    }
  });
});
