/**
 * The holes an attacker and a careless operator found, each closed: search
 * text that `unaccent` turns into query syntax, NUL in texts, paths and slugs,
 * dates PostgreSQL cannot hold, huge bodies, CORS variants mixed in shared
 * caches, a silent 404 for a mistyped tenant, and URLs stored verbatim.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createApp } from '../../packages/server/src/app.js';
import { DEFAULT_MAX_BODY_BYTES, maxBodyBytesFromEnvironment } from '../../packages/server/src/http/body-limit.js';
import { demoOrganizations } from '../../packages/server/src/demo/index.js';
import { describeOnBothBackends, json } from '../support/test-api.js';

const BASE = '/v1/musterkreis';
const ALLOWED = 'https://www.nordstadt.de';
const varyOf = (response: Response) => (response.headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase());

describeOnBothBackends('hostile input', (api) => {
  it('answers search text that unaccent turns into tsquery syntax on every searchable route', async () => {
    for (const q of ['%C5%89', '%E2%91%B4', '%E2%92%9C', "a'b%3A*%20%26%20!(c", '%5C']) {
      for (const path of ['organizations', 'events', 'events.ics', 'funding-programs', 'funding-programs.ics']) {
        const response = await api().request(`${BASE}/${path}?q=${q}`);
        assert.equal(response.status, 200, `${path}?q=${q}: ${await response.text()}`);
      }
    }
    // Prefix search still works: "hausaufg" finds the homework help.
    const found = await json(await api().request(`${BASE}/organizations?q=hausaufg`));
    assert.ok(found.meta.total > 0);
  });

  it('refuses NUL and control characters in every string with a 400 naming the field', async () => {
    const booking = await api().request(`${BASE}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        roomId: 'rathaus-ratssaal',
        start: '2026-12-02T18:00:00+01:00',
        end: '2026-12-02T20:00:00+01:00',
        purpose: 'x\u0000y',
        expectedAttendees: 5,
        requester: { name: 'A\u001bB', email: 'a@example.org' },
        isPublic: false,
        acceptHouseRules: true,
      }),
    });
    assert.equal(booking.status, 400);
    const problem = await json(booking);
    assert.deepEqual(problem.errors.map((e: { path: string }) => e.path).sort(), ['purpose', 'requester.name']);

    const organization = { ...demoOrganizations[0]!, name: 'Netzwerk\u0000', shortDescription: { de: 'Kurz\u007f' } };
    const put = await api().request(`${BASE}/organizations/${organization.id}`, api().asEditor({ method: 'PUT', body: JSON.stringify(organization) }));
    assert.equal(put.status, 400);
    assert.deepEqual((await json(put)).errors.map((e: { path: string }) => e.path).sort(), ['name', 'shortDescription.de']);

    // Tabs and line breaks stay allowed in texts.
    const multiline = { ...demoOrganizations[0]!, description: { de: 'Zeile eins\nZeile zwei\r\n\tEingerückt' } };
    const ok = await api().request(`${BASE}/organizations/${multiline.id}`, api().asEditor({ method: 'PUT', body: JSON.stringify(multiline) }));
    assert.equal(ok.status, 200, await ok.text());
  });

  it('checks slugs and dates before they reach the database', async () => {
    const cases: Array<[string, number]> = [
      ['/v1/%00/organizations', 404],
      [`/v1/${'a'.repeat(300)}/organizations`, 404],
      [`${BASE}/events?organizer=%00`, 400],
      [`${BASE}/events.ics?organizer=Nicht%20Slug`, 400],
      [`${BASE}/funding-programs.ics?program=%00`, 400],
      [`${BASE}/organizations?updatedSince=0000-01-01T00:00:00Z`, 400],
      [`${BASE}/organizations?updatedSince=0999-12-31T23:59:59Z`, 400],
      [`${BASE}/organizations?updatedSince=1000-01-01T00:00:00%2B14:00`, 400],
      [`${BASE}/organizations?updatedSince=9999-12-31T23:59:59-14:00`, 400],
      [`${BASE}/rooms?freeFrom=0001-01-01`, 400],
      [`${BASE}/organizations?updatedSince=1970-01-01T00:00:00Z`, 200],
    ];
    for (const [path, status] of cases) {
      const response = await api().request(path);
      assert.equal(response.status, status, `${path}: ${await response.clone().text()}`);
      if (status >= 400) assert.equal(response.headers.get('content-type'), 'application/problem+json', path);
    }
  });

  it('answers a body over the limit with 413 problem+json before parsing it', async () => {
    const huge = JSON.stringify({ purpose: 'x'.repeat(DEFAULT_MAX_BODY_BYTES) });
    const response = await api().request(`${BASE}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(huge.length), Origin: 'https://irgendwo.example' },
      body: huge,
    });
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const problem = await json(response);
    assert.equal(problem.type, '/problems/body-too-large');
    assert.equal(problem.maxBytes, DEFAULT_MAX_BODY_BYTES);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', 'the widget can read the 413');

    // Without Content-Length (chunked), the limit holds while reading.
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(100_000)));
        controller.close();
      },
    });
    const streamed = await api().request(`${BASE}/bookings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: chunked, duplex: 'half' } as RequestInit);
    assert.equal(streamed.status, 413);

    // The limit is the operator's: an AppOptions field, or MAX_BODY_BYTES.
    const { app } = createApp({ database: api().database, maxBodyBytes: 100 });
    const small = await app.request(`${BASE}/funding-programs/match`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ topics: Array(20).fill('youth-education') }) });
    assert.equal(small.status, 413);
    const fits = await app.request(`${BASE}/funding-programs/match`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(fits.status, 200);
    assert.equal(maxBodyBytesFromEnvironment(undefined), DEFAULT_MAX_BODY_BYTES);
    assert.equal(maxBodyBytesFromEnvironment('2048'), 2048);
    assert.throws(() => maxBodyBytesFromEnvironment('1MB'), /MAX_BODY_BYTES must be a positive whole number/);
  });

  it('varies on Origin in every answer whose headers depend on it, preflights and refusals included', async () => {
    await api().database.db
      .insertInto('tenants')
      .values({ id: 'nordstadt', name: 'Stadt Nordstadt', default_locale: 'de', locales: ['de'], time_zone: 'Europe/Berlin', cors_origins: [ALLOWED] })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const { app } = createApp({ database: api().database });
    const get = (origin?: string) => app.request('/v1/nordstadt/organizations', { headers: origin ? { Origin: origin } : {} });

    const allowed = await get(ALLOWED);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED);
    assert.ok(varyOf(allowed).includes('origin'));

    const refused = await get('https://evil.example');
    assert.equal(refused.status, 200);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.match(refused.headers.get('cache-control') ?? '', /public/);
    assert.ok(varyOf(refused).includes('origin'), 'a shared cache must not hand this answer to the allowed origin');

    assert.ok(varyOf(await get()).includes('origin'));

    const preflight = (origin: string) =>
      app.request('/v1/nordstadt/organizations', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } });
    const allowedPreflight = await preflight(ALLOWED);
    assert.equal(allowedPreflight.headers.get('access-control-allow-origin'), ALLOWED);
    assert.ok(varyOf(allowedPreflight).includes('origin'));
    const refusedPreflight = await preflight('https://evil.example');
    assert.equal(refusedPreflight.headers.get('access-control-allow-origin'), null);
    assert.ok(varyOf(refusedPreflight).includes('origin'));

    const problem = await app.request('/v1/nordstadt/organizations?limit=0', { headers: { Origin: ALLOWED } });
    assert.equal(problem.status, 400);
    assert.equal(problem.headers.get('access-control-allow-origin'), ALLOWED, 'problems carry the tenant CORS headers');
    assert.ok(varyOf(problem).includes('origin'));
  });

  it('gives an unknown tenant a 404 the widget can read: CORS headers of the open demo rules', async () => {
    const origin = 'https://www.example.de';
    const response = await api().request('/v1/musterkries/organizations', { headers: { Origin: origin } });
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal((await json(response)).type, '/problems/unknown-tenant');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/);
    assert.ok(varyOf(response).includes('origin'));

    const preflight = await api().request('/v1/musterkries/bookings', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');

    const notFound = await api().request(`${BASE}/organizations/gibt-es-nicht`, { headers: { Origin: origin } });
    assert.equal(notFound.status, 404);
    assert.equal(notFound.headers.get('access-control-allow-origin'), '*');
  });

  it('stores URLs in their WHATWG form and refuses credentials in them', async () => {
    const base = demoOrganizations[1]!;
    const put = (changes: object) =>
      api().request(`${BASE}/organizations/${base.id}`, api().asEditor({ method: 'PUT', body: JSON.stringify({ ...base, ...changes }) }));

    const written = await put({ website: 'HTTPS://OK.Example:443/a b/"><script>alert(1)</script>', social: [{ kind: 'facebook', url: 'https://facebook.com/../verein' }] });
    assert.equal(written.status, 200, await written.clone().text());
    const stored = (await json(await api().request(`${BASE}/organizations/${base.id}`))).data;
    assert.equal(stored.website, 'https://ok.example/a%20b/%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    assert.equal(stored.social[0].url, 'https://facebook.com/verein');

    for (const website of ['https://user:pw@ok.example', 'https://user@ok.example/', 'https://:pw@ok.example/']) {
      const refused = await put({ website });
      assert.equal(refused.status, 400, website);
      assert.deepEqual((await json(refused)).errors.map((e: { path: string }) => e.path), ['website']);
    }
    assert.equal((await put({ website: 'javascript:alert(1)' })).status, 400);
  });
});
