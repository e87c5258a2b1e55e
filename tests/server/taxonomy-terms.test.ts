/**
 * The office writes taxonomy terms one at a time: create with labels in
 * several locales, rename with the version it read, remove only what no
 * record uses (409 with the counts), every change audited and visible to the
 * public read at once — on both backends.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bearer, tokenWith } from '../support/staff.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const TERMS = '/v1/musterkreis/taxonomies/areas/terms';

const put = (api: TestApi, secret: string, code: string, body: unknown, headers: Record<string, string> = {}) =>
  api.request(`${TERMS}/${code}`, bearer(secret, { method: 'PUT', headers, body: JSON.stringify(body) }));

const publicAreas = async (api: TestApi, locale: string) => (await json(await api.request(`/v1/musterkreis/taxonomies/areas?locale=${locale}`))).data as Array<{ code: string; label: string; translation: { fallbacks: Record<string, string>; machineTranslated: string[] } }>;

describeOnBothBackends('taxonomy terms', (api) => {
  test('an editor creates a term at the end of the list; the public read shows it per locale, with fallback and machine marks', async () => {
    const editor = await tokenWith(api(), ['editor']);
    const created = await put(api(), editor, 'talheim', { label: { de: 'Talheim', tr: 'Talheim (köy)' }, machineTranslated: ['tr'] }, { 'If-None-Match': '*' });
    assert.equal(created.status, 200, await created.clone().text());
    assert.equal(created.headers.get('etag'), '"1"');
    const body = await json(created);
    assert.deepEqual(body.data.label, { de: 'Talheim', tr: 'Talheim (köy)' });
    assert.deepEqual(body.data.usage.total, 0);

    const stored = (await json(await api().request(TERMS, bearer(editor)))).data as Array<{ code: string }>;
    assert.equal(stored.at(-1)!.code, 'talheim', 'a new term goes to the end');

    const turkish = (await publicAreas(api(), 'tr')).find((term) => term.code === 'talheim')!;
    assert.equal(turkish.label, 'Talheim (köy)');
    assert.deepEqual(turkish.translation.machineTranslated, ['label']);
    const english = (await publicAreas(api(), 'en')).find((term) => term.code === 'talheim')!;
    assert.equal(english.label, 'Talheim');
    assert.equal(english.translation.fallbacks.label, 'de');
  });

  test('a rename names the version it read: a stale one is a 412 with the current term, creating an existing code too', async () => {
    const editor = await tokenWith(api(), ['editor']);
    const before = await json(await put(api(), editor, 'oberhof', { label: { de: 'Oberhof' } }, { 'If-None-Match': '*' }));
    const publicTag = (await api().request('/v1/musterkreis/taxonomies/areas?locale=uk')).headers.get('etag')!;

    const renamed = await put(api(), editor, 'oberhof', { label: { de: 'Oberhof am See', en: 'Oberhof on the lake', uk: 'Обергоф', ar: 'أوبرهوف' } }, { 'If-Match': `"${before.data.version}"` });
    assert.equal(renamed.status, 200, await renamed.clone().text());
    assert.equal(renamed.headers.get('etag'), `"${before.data.version + 1}"`);

    const revalidated = await api().request('/v1/musterkreis/taxonomies/areas?locale=uk', { headers: { 'If-None-Match': publicTag } });
    assert.equal(revalidated.status, 200, 'the data version rose: the old public ETag no longer matches');
    assert.equal(((await json(revalidated)).data as Array<{ code: string; label: string }>).find((t) => t.code === 'oberhof')!.label, 'Обергоф');

    const stale = await put(api(), editor, 'oberhof', { label: { de: 'Oberhof (alt)' } }, { 'If-Match': `"${before.data.version}"` });
    assert.equal(stale.status, 412);
    assert.equal(stale.headers.get('content-type'), 'application/problem+json');
    const problem = await json(stale);
    assert.equal(problem.currentVersion, before.data.version + 1);
    assert.equal(problem.current.label.de, 'Oberhof am See');

    const again = await put(api(), editor, 'oberhof', { label: { de: 'Noch ein Oberhof' } }, { 'If-None-Match': '*' });
    assert.equal(again.status, 412);
    assert.equal((await json(again)).type, '/problems/term-exists');
    const stored = (await json(await api().request(TERMS, bearer(editor)))).data as Array<{ code: string; label: { de: string } }>;
    assert.equal(stored.find((t) => t.code === 'oberhof')!.label.de, 'Oberhof am See', 'nothing was overwritten');
  });

  test('an unused term can be removed, a used one is refused with 409 and how many records use it; each change is audited', async () => {
    const editor = await tokenWith(api(), ['editor']);
    const admin = await tokenWith(api(), ['admin']);
    await put(api(), editor, 'kurzzeit', { label: { de: 'Kurzzeit' } });
    const removed = await api().request(`${TERMS}/kurzzeit`, bearer(editor, { method: 'DELETE' }));
    assert.equal(removed.status, 204);
    assert.ok(!(await publicAreas(api(), 'de')).some((term) => term.code === 'kurzzeit'));
    assert.equal((await api().request(`${TERMS}/kurzzeit`, bearer(editor, { method: 'DELETE' }))).status, 404);

    const audit = (await json(await api().request(`/v1/musterkreis/audit?recordType=taxonomy&recordId=${encodeURIComponent('areas/kurzzeit')}`, bearer(admin)))).data as Array<{ operation: string; changes: Record<string, unknown> }>;
    assert.deepEqual(audit.map((entry) => entry.operation), ['delete', 'create']);

    const inUse = await api().request(`${TERMS}/musterstadt`, bearer(editor, { method: 'DELETE' }));
    assert.equal(inUse.status, 409);
    assert.equal(inUse.headers.get('content-type'), 'application/problem+json');
    const problem = await json(inUse);
    assert.equal(problem.type, '/problems/term-in-use');
    assert.ok(problem.usage.total > 0 && problem.usage.events > 0, JSON.stringify(problem.usage));
    const listed = (await json(await api().request(TERMS, bearer(editor)))).data as Array<{ code: string; usage: { total: number } }>;
    assert.equal(listed.find((t) => t.code === 'musterstadt')!.usage.total, problem.usage.total, 'the list counts the same');
    assert.ok((await publicAreas(api(), 'de')).some((term) => term.code === 'musterstadt'), 'the term stays');
  });

  test('without sign-in 401, without the editor role 403', async () => {
    const bookings = await tokenWith(api(), ['bookings']);
    const body = JSON.stringify({ label: { de: 'Nirgendwo' } });
    assert.equal((await api().request(`${TERMS}/nirgendwo`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body })).status, 401);
    assert.equal((await api().request(TERMS)).status, 401);
    const forbidden = await put(api(), bookings, 'nirgendwo', { label: { de: 'Nirgendwo' } });
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.headers.get('content-type'), 'application/problem+json');
    assert.equal((await api().request(`${TERMS}/musterstadt`, bearer(bookings, { method: 'DELETE' }))).status, 403);
    assert.equal((await api().request(TERMS, bearer(bookings))).status, 200, 'any staff may read the lists');
  });

  test('bad input is a 400 problem naming the field, never a 500', async () => {
    const editor = await tokenWith(api(), ['editor']);
    const cases: Array<[string, unknown, Record<string, string>?, string?]> = [
      ['ohne-deutsch', { label: { en: 'Only English' } }, {}, 'label.de'],
      ['leer', { label: { de: '' } }, {}, 'label.de'],
      ['Gross Code', { label: { de: 'X' } }, {}, 'code'],
      ['extra', { label: { de: 'X' }, position: 3 }],
      ['nul', { label: { de: 'a\u0000b' } }, {}, 'label.de'],
      ['maschine', { label: { de: 'X' }, machineTranslated: ['xx'] }],
      ['version', { label: { de: 'X' } }, { 'If-Match': 'nonsense' }, 'If-Match'],
    ];
    for (const [code, body, headers, path] of cases) {
      const response = await put(api(), editor, encodeURIComponent(code), body, headers);
      assert.equal(response.status, 400, `${code}: ${await response.clone().text()}`);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      if (path) assert.ok(((await json(response)).errors as Array<{ path: string }>).some((error) => error.path === path), `${code} names ${path}`);
    }
    assert.equal((await api().request('/v1/musterkreis/taxonomies/colours/terms', bearer(editor))).status, 400);
    const broken = await api().request(`${TERMS}/kaputt`, bearer(editor, { method: 'PUT', body: '{"label":' }));
    assert.equal(broken.status, 400);
  });
});
