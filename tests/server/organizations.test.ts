import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnBothBackends, json } from '../support/test-api.js';

const umbrella = {
  id: 'test-dachverband',
  name: 'Test-Dachverband Musterkreis',
  shortDescription: { de: 'Netzwerk der Vereine im Kreis', en: 'Network of associations' },
  description: { de: 'Der Dachverband bündelt die Arbeit seiner Mitglieder.' },
  types: ['umbrella'],
};

const member = {
  id: 'test-elternverein',
  name: 'Test-Elternverein Zukunft e.V.',
  shortDescription: { de: 'Hausaufgabenhilfe und Elternseminare', en: 'Homework help and parent seminars', tr: 'Ödev yardımı' },
  description: { de: 'Wir helfen Kindern bei den Hausaufgaben.', en: 'We help children with homework.' },
  machineTranslated: ['tr'],
  types: ['parents-association'],
  topics: ['youth-education'],
  languages: ['de', 'tr', 'ar'],
  offers: ['homework-help'],
  umbrellaIds: ['test-dachverband'],
  contacts: [
    { name: 'Leyla Beispiel', role: { de: 'Vorsitzende' }, topics: ['youth-education'], languages: ['tr'], email: 'leyla@example.org', publicationConsent: true },
    { name: 'Verborgene Person', topics: [], languages: [], email: 'hidden@example.org', phone: '+49 2421 000000', publicationConsent: false },
  ],
};

describeOnBothBackends('organisations', (api) => {
  const put = (body: Record<string, unknown>, token = api().editorToken) =>
    api().request(`/v1/musterkreis/organizations/${body.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });

  test('the directory lists the demo organisations with facets and a total', async () => {
    const response = await api().request('/v1/musterkreis/organizations?limit=100');
    assert.equal(response.status, 200);
    const body = await json(response);
    assert.ok(body.meta.total >= 40, `expected at least 40 demo organisations, got ${body.meta.total}`);
    assert.equal(body.data.length, Math.min(100, body.meta.total));
    const topicCounts = body.meta.facets.topic as Array<{ code: string; count: number }>;
    const youth = topicCounts.find((f) => f.code === 'youth-education');
    assert.ok(youth && youth.count > 0);
    const withTopic = body.data.filter((o: { topics: string[] }) => o.topics.includes('youth-education')).length;
    assert.equal(youth.count, withTopic, 'facet count equals the number of records carrying the code');
  });

  test('writes need an editor token of the tenant', async () => {
    assert.equal((await put(umbrella, '')).status, 401);
    const unknown = await put(umbrella, 'tk_not-a-real-token');
    assert.equal(unknown.status, 401);
    assert.equal(unknown.headers.get('content-type'), 'application/problem+json');
  });

  test('PUT validates codes, ids and umbrella links field by field', async () => {
    const response = await put({ ...member, id: 'test-elternverein', topics: ['no-such-topic'], umbrellaIds: ['nobody'] });
    assert.equal(response.status, 400);
    const problem = await json(response);
    const paths = problem.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['topics.0', 'umbrellaIds.0']);
    const bad = await put({ ...member, contacts: [{ name: '', email: 'nope', publicationConsent: true }] });
    assert.equal(bad.status, 400);
    const badPaths = (await json(bad)).errors.map((e: { path: string }) => e.path);
    assert.ok(badPaths.includes('contacts.0.email') && badPaths.includes('contacts.0.name'), JSON.stringify(badPaths));
  });

  test('an organisation is stored and read back with umbrella and member links', async () => {
    assert.equal((await put(umbrella)).status, 200);
    assert.equal((await put(member)).status, 200);
    const memberBody = await json(await api().request('/v1/musterkreis/organizations/test-elternverein'));
    assert.deepEqual(memberBody.data.umbrellas, [{ id: 'test-dachverband', name: umbrella.name }]);
    const umbrellaBody = await json(await api().request('/v1/musterkreis/organizations/test-dachverband'));
    assert.deepEqual(umbrellaBody.data.members, [{ id: 'test-elternverein', name: member.name }]);
  });

  test('contact persons without consent are never published', async () => {
    const response = await api().request('/v1/musterkreis/organizations/test-elternverein');
    const text = await response.text();
    assert.ok(!text.includes('Verborgene Person') && !text.includes('hidden@example.org') && !text.includes('publicationConsent'));
    const body = JSON.parse(text);
    assert.deepEqual(body.data.contacts.map((c: { name: string }) => c.name), ['Leyla Beispiel']);
    const list = await (await api().request('/v1/musterkreis/organizations?limit=100')).text();
    assert.ok(!list.includes('hidden@example.org'));
  });

  test('texts fall back per field to German and say so', async () => {
    const en = (await json(await api().request('/v1/musterkreis/organizations/test-elternverein?locale=en'))).data;
    assert.equal(en.shortDescription, 'Homework help and parent seminars');
    assert.equal(en.contacts[0].role, 'Vorsitzende');
    assert.deepEqual(en.translation, { locale: 'en', fallbacks: { 'contacts.0.role': 'de' }, machineTranslated: [] });
    const tr = (await json(await api().request('/v1/musterkreis/organizations/test-elternverein', { headers: { 'Accept-Language': 'tr-TR,tr;q=0.9,de;q=0.5' } }))).data;
    assert.equal(tr.shortDescription, 'Ödev yardımı');
    assert.equal(tr.description, 'Wir helfen Kindern bei den Hausaufgaben.');
    assert.equal(tr.translation.fallbacks.description, 'de');
    assert.deepEqual(tr.translation.machineTranslated, ['shortDescription']);
  });

  test('search finds by German word stems, prefixes, translations and with typos', async () => {
    const ids = async (q: string) =>
      (await json(await api().request(`/v1/musterkreis/organizations?q=${encodeURIComponent(q)}&limit=100`))).data.map((o: { id: string }) => o.id);
    assert.ok((await ids('Hausaufgaben')).includes('test-elternverein'), 'stemmed German');
    assert.ok((await ids('hausaufg')).includes('test-elternverein'), 'prefix while typing');
    assert.ok((await ids('homework')).includes('test-elternverein'), 'English translation');
    assert.ok((await ids('Elternverien')).includes('test-elternverein'), 'typo in the name');
    assert.deepEqual(await ids('zzzqqqxxx'), []);
  });

  test('filters within one facet are alternatives, across facets all must hold', async () => {
    const list = async (query: string) => (await json(await api().request(`/v1/musterkreis/organizations?limit=100&${query}`))).data as Array<{ id: string; topics: string[]; languages: string[] }>;
    const arabicYouth = await list('topic=youth-education&language=ar');
    assert.ok(arabicYouth.length > 0);
    for (const org of arabicYouth) assert.ok(org.topics.includes('youth-education') && org.languages.includes('ar'));
    const either = await list('language=ar&language=tr');
    const arabic = await list('language=ar');
    const turkish = await list('language=tr');
    assert.equal(either.length, new Set([...arabic, ...turkish].map((o) => o.id)).size);
    assert.deepEqual((await list('language=ar,tr')).map((o) => o.id), either.map((o) => o.id));
  });

  test('pages follow nextCursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const body: { data: Array<{ id: string }>; meta: { total: number; nextCursor: string | null } } = await json(
        await api().request(`/v1/musterkreis/organizations?limit=7${cursor ? `&cursor=${cursor}` : ''}`),
      );
      seen.push(...body.data.map((o) => o.id));
      total = body.meta.total;
      cursor = body.meta.nextCursor;
    } while (cursor);
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
  });

  test('public reads are cacheable: ETag, Cache-Control and 304', async () => {
    const first = await api().request('/v1/musterkreis/organizations?topic=youth-education');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.match(first.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    const again = await api().request('/v1/musterkreis/organizations?topic=youth-education', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const otherLocale = await api().request('/v1/musterkreis/organizations?topic=youth-education&locale=ar', { headers: { 'If-None-Match': etag } });
    assert.equal(otherLocale.status, 200);
  });

  test('the demo tenant allows any origin (CORS), with preflight', async () => {
    const response = await api().request('/v1/musterkreis/organizations', { headers: { Origin: 'https://www.example.de' } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const preflight = await api().request('/v1/musterkreis/bookings', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.example.de', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
  });

  test('bad input is a 4xx problem, never a 500', async () => {
    const cases = [
      '/v1/musterkreis/organizations?limit=0',
      '/v1/musterkreis/organizations?limit=abc',
      '/v1/musterkreis/organizations?cursor=%00%01',
      '/v1/musterkreis/organizations?updatedSince=yesterday',
      '/v1/musterkreis/organizations?topic=' + 'x'.repeat(100),
      '/v1/musterkreis/organizations?locale=xx',
      '/v1/musterkreis/organizations/NOT%20A%20SLUG',
      '/v1/musterkreis/organizations/does-not-exist',
      '/v1/unknown-tenant/organizations',
      '/v1/musterkreis/taxonomies/nonsense',
      '/v1/musterkreis/nothing-here',
    ];
    for (const path of cases) {
      const response = await api().request(path);
      assert.ok(response.status >= 400 && response.status < 500, `${path} → ${response.status}`);
      assert.equal(response.headers.get('content-type'), 'application/problem+json', path);
      const problem = await json(response);
      assert.equal(problem.status, response.status);
      assert.ok(problem.title && problem.requestId, path);
      assert.ok(!JSON.stringify(problem).includes('    at '), 'no stack trace');
    }
    const search = await api().request(`/v1/musterkreis/organizations?q=${encodeURIComponent("'); DROP TABLE organizations; -- :* & | !")}`);
    assert.equal(search.status, 200);
  });

  test('facet counts follow writes at once (the facet cache is cleared)', async () => {
    const youthCount = async () =>
      (await json(await api().request('/v1/musterkreis/organizations?limit=1'))).meta.facets.topic.find((f: { code: string }) => f.code === 'youth-education')?.count ?? 0;
    const before = await youthCount();
    assert.equal((await put({ ...member, id: 'test-jugendtreff', name: 'Test-Jugendtreff', umbrellaIds: [] })).status, 200);
    assert.equal(await youthCount(), before + 1);
    await api().request('/v1/musterkreis/organizations/test-jugendtreff', { method: 'DELETE', headers: { Authorization: `Bearer ${api().editorToken}` } });
    assert.equal(await youthCount(), before);
  });

  test('DELETE removes an organisation and its memberships', async () => {
    const response = await api().request('/v1/musterkreis/organizations/test-dachverband', { method: 'DELETE', headers: { Authorization: `Bearer ${api().editorToken}` } });
    assert.equal(response.status, 204);
    assert.equal((await api().request('/v1/musterkreis/organizations/test-dachverband')).status, 404);
    const memberBody = await json(await api().request('/v1/musterkreis/organizations/test-elternverein'));
    assert.deepEqual(memberBody.data.umbrellas, []);
  });
});
