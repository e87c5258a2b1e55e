import assert from 'node:assert/strict';
import { it } from 'node:test';
import ICAL from 'ical.js';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import type { FundingMatch, FundingProgram, FundingProgramSummary, ListResponse, Problem } from '@teilhabe/sdk';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const BASE = '/v1/musterkreis';

/** A programme of our own, so that the assertions do not depend on the demo's wording. */
const fund = {
  id: 'test-zebrafink-fonds',
  title: { de: 'Zebrafink-Fonds für Jugendprojekte', en: 'Zebra finch fund for youth projects' },
  summary: { de: 'Geld für kleine Jugendprojekte.', en: 'Money for small youth projects.' },
  description: { de: 'Der Fonds fördert Jugendprojekte von Vereinen und Gruppen in Musterstadt.' },
  provider: { name: 'Stadt Musterstadt', level: 'municipal' },
  kinds: ['micro-grant'],
  supportTypes: ['money'],
  topics: ['youth-education'],
  eligibleApplicants: ['migrant-organization', 'informal-group'],
  requirements: { seatInAreas: ['musterstadt'], nonProfitRequired: false, ownContributionPercent: 10 },
  amount: { minEur: 500, maxEur: 3000 },
  deadlines: { kind: 'yearly', monthDays: ['06-30', '01-15'] },
  applicationSteps: [{ de: 'Formular ausfüllen', en: 'Fill in the form' }, { de: 'Formular abschicken' }],
  office: { name: 'Integrationsbüro', email: 'foerderung@example.org' },
  links: [{ kind: 'form', label: { de: 'Antragsformular' }, url: 'https://example.org/antrag' }],
  status: 'open',
};

const eligibleProfile = {
  applicantKind: 'migrant-organization',
  area: 'musterstadt',
  topics: ['youth-education'],
  needs: ['money'],
  amountEur: 1500,
  neededBy: '2027-03-01',
  nonProfit: true,
  ownContributionPercent: 20,
};
const ineligibleProfile = { applicantKind: 'individual', area: 'waldbach', needs: ['room'], amountEur: 50_000 };

async function list(api: TestApi, query: string) {
  const response = await api.request(`${BASE}/funding-programs?${query}`);
  assert.equal(response.status, 200, await response.clone().text());
  return json<ListResponse<FundingProgramSummary>>(response);
}

const problemOf = (response: Response) => json<Problem>(response);
const matchesOf = (response: Response) => json<ListResponse<FundingMatch>>(response);
const programOf = (response: Response) => json<{ data: FundingProgram }>(response);

/** The match in one page of 100 (every programme of these tests), or as `query` asks. */
async function match(api: TestApi, profile: unknown, locale = 'de', query = 'limit=100') {
  const response = await api.request(`${BASE}/funding-programs/match?locale=${locale}&${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(profile),
  });
  return response;
}

const todayOf = (api: TestApi) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(api.clock.now);
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describeOnBothBackends('funding programmes', (api) => {
  it('stores a programme and computes its next deadline from the clock', async () => {
    const saved = await api().request(`${BASE}/funding-programs/${fund.id}`, api().asEditor({ method: 'PUT', body: JSON.stringify(fund) }));
    assert.equal(saved.status, 200, await saved.clone().text());
    const program = (await programOf(saved)).data;
    assert.equal(program.nextDeadline, '2027-01-15'); // the clock is 2026-11-23
    assert.deepEqual(program.applicationSteps, ['Formular ausfüllen', 'Formular abschicken']);

    const saved_clock = api().clock.now;
    try {
      api().clock.now = new Date('2027-01-15T22:00:00+01:00'); // the deadline day itself, late evening
      assert.equal((await programOf(await api().request(`${BASE}/funding-programs/${fund.id}`))).data.nextDeadline, '2027-01-15');
      api().clock.now = new Date('2027-01-16T00:30:00+01:00');
      assert.equal((await programOf(await api().request(`${BASE}/funding-programs/${fund.id}`))).data.nextDeadline, '2027-06-30');
    } finally {
      api().clock.now = saved_clock;
    }
    const english = (await programOf(await api().request(`${BASE}/funding-programs/${fund.id}?locale=en`))).data;
    assert.equal(english.title, 'Zebra finch fund for youth projects');
    assert.deepEqual(english.applicationSteps, ['Fill in the form', 'Formular abschicken']);
    assert.equal(english.translation.fallbacks['applicationSteps.1'], 'de');
    assert.equal(english.translation.fallbacks.description, 'de');
    assert.equal((await api().request(`${BASE}/funding-programs/no-such-programme`)).status, 404);
  });

  it('lists every programme with facets, open ones first', async () => {
    const body = await list(api(), 'limit=100');
    assert.ok(body.meta.total >= 21);
    assert.equal(body.data.length, body.meta.total);
    const order = { open: 0, upcoming: 1, closed: 2 } as Record<string, number>;
    const statuses = body.data.map((p) => order[p.status]);
    assert.deepEqual(statuses, [...statuses].sort());
    for (const facet of ['kind', 'topic', 'providerLevel', 'applicant', 'supportType']) assert.ok(body.meta.facets![facet]!.length > 0, facet);
    const page = await list(api(), 'limit=5');
    assert.ok(page.meta.nextCursor);
    const next = await list(api(), `limit=5&cursor=${page.meta.nextCursor}`);
    assert.equal(new Set([...page.data, ...next.data].map((p) => p.id)).size, 10);
  });

  it('filters by kind, topic, provider level, applicant, support type, deadline and text', async () => {
    const all = await list(api(), 'limit=100');
    const today = todayOf(api());
    const cases: Array<[string, (p: FundingProgramSummary) => boolean]> = [
      ['kind=micro-grant', (p) => p.kinds.includes('micro-grant')],
      ['kind=non-cash-rooms,room-subsidy', (p) => p.kinds.includes('non-cash-rooms') || p.kinds.includes('room-subsidy')],
      ['topic=youth-education', (p) => p.topics.includes('youth-education')],
      ['providerLevel=federal', (p) => p.provider.level === 'federal'],
      ['providerLevel=eu&providerLevel=foundation', (p) => ['eu', 'foundation'].includes(p.provider.level)],
      ['applicant=informal-group', (p) => p.eligibleApplicants.includes('informal-group')],
      ['supportType=counselling', (p) => p.supportTypes.includes('counselling')],
      ['deadline=none', (p) => p.deadlines.kind === 'rolling' && p.nextDeadline === null],
      ['deadline=open-now', (p) => p.status === 'open'],
      ['deadline=soon', (p) => p.status !== 'closed' && p.nextDeadline !== null && p.nextDeadline >= today && p.nextDeadline <= plusDays(today, 30)],
    ];
    for (const [filter, holds] of cases) {
      const body = await list(api(), `limit=100&${filter}`);
      assert.ok(body.meta.total > 0, `${filter} finds something`);
      assert.ok(body.meta.total < all.meta.total, `${filter} narrows the list`);
      for (const program of body.data) assert.ok(holds(program), `${filter}: ${program.id}`);
    }
    const text = await list(api(), 'q=zebrafink');
    assert.deepEqual(text.data.map((p) => p.id), [fund.id]);
    // Facets count each choice under the other filters.
    const youth = await list(api(), 'limit=100&topic=youth-education');
    const microCount = youth.meta.facets!.kind!.find((f) => f.code === 'micro-grant')?.count ?? 0;
    assert.equal(microCount, (await list(api(), 'limit=100&topic=youth-education&kind=micro-grant')).meta.total);
  });

  it('answers bad parameters with a 400 problem and unchanged lists with 304', async () => {
    for (const [query, field] of [
      ['deadline=later', 'deadline'],
      ['providerLevel=galactic', 'providerLevel.0'],
      ['supportType=cash', 'supportType.0'],
      ['limit=0', 'limit'],
    ]) {
      const response = await api().request(`${BASE}/funding-programs?${query}`);
      assert.equal(response.status, 400, query);
      assert.ok((await problemOf(response)).errors!.some((e) => e.path === field), query);
    }
    const first = await api().request(`${BASE}/funding-programs?topic=youth-education`);
    const again = await api().request(`${BASE}/funding-programs?topic=youth-education`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  it('ranks every programme for an eligible profile, with reasons in German', async () => {
    const response = await match(api(), eligibleProfile);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = await matchesOf(response);
    const total = (await list(api(), 'limit=1')).meta.total;
    assert.equal(body.meta.total, total);
    assert.equal(body.data.length, total);
    const scores = body.data.map((m) => m.score);
    assert.deepEqual(scores, [...scores].sort((a: number, b: number) => b - a));
    for (const m of body.data) {
      assert.equal(m.criteria.length, 9);
      const verdicts = m.criteria.map((c) => c.verdict);
      const fit = verdicts.includes('not-met') ? 'ineligible' : verdicts.includes('unknown') ? 'partial' : 'eligible';
      assert.equal(m.fit, fit, m.program.id);
      for (const c of m.criteria) {
        assert.ok(c.reasonCode.startsWith(`${c.criterion}.`), c.reasonCode);
        assert.ok(c.reason.length > 0);
        if (c.verdict === 'unknown' && c.question) assert.equal(typeof c.question, 'string');
      }
    }
    const ours = body.data.find((m) => m.program.id === fund.id)!;
    assert.equal(ours.fit, 'eligible');
    assert.equal(ours.score, 1);
    assert.equal(body.data[0]!.fit, 'eligible');
    const applicant = ours.criteria.find((c) => c.criterion === 'applicant')!;
    assert.equal(applicant.reason, 'Migrantenorganisation: Sie dürfen einen Antrag stellen.');
    const deadline = ours.criteria.find((c) => c.criterion === 'deadline')!;
    assert.deepEqual(deadline.params, { nextDeadline: '2027-01-15', neededBy: '2027-03-01' });
  });

  it('ranks a page at a time: the pages add up to the whole ranking, the fit counts are of all of it', async () => {
    const whole = await matchesOf(await match(api(), {}));
    const total = whole.meta.total;
    assert.ok(total > 5, `${total} programmes`);
    const fits = { eligible: 0, partial: 0, ineligible: 0 };
    for (const m of whole.data) fits[m.fit]++;
    assert.deepEqual((whole.meta as unknown as { fits: typeof fits }).fits, fits);

    const paged: FundingMatch[] = [];
    let cursor: string | null = null;
    do {
      const response = await match(api(), {}, 'de', `limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(response.status, 200);
      const page = await matchesOf(response);
      assert.ok(page.data.length <= 4);
      assert.deepEqual((page.meta as unknown as { fits: typeof fits }).fits, fits);
      assert.equal(page.meta.total, total);
      paged.push(...page.data);
      cursor = page.meta.nextCursor;
    } while (cursor);
    assert.deepEqual(paged.map((m) => m.program.id), whole.data.map((m) => m.program.id));
    assert.equal((await matchesOf(await match(api(), {}, 'de', ''))).data.length, Math.min(20, total), 'a page of 20 without a limit');

    const bad = await match(api(), {}, 'de', 'cursor=nonsense');
    assert.equal(bad.status, 400);
    assert.ok((await problemOf(bad)).errors!.some((e) => e.path === 'cursor'));
  });

  it('ranks within presets, and runs the page on through a programme when asked', async () => {
    const whole = await matchesOf(await match(api(), {}));
    const withinKind = await matchesOf(await match(api(), {}, 'de', 'limit=100&kind=micro-grant'));
    assert.ok(withinKind.data.length > 0 && withinKind.data.length < whole.data.length, `${withinKind.data.length} of ${whole.data.length}`);
    assert.ok(withinKind.data.every((m) => m.program.kinds.includes('micro-grant')));
    assert.equal(withinKind.meta.total, whole.data.filter((m) => m.program.kinds.includes('micro-grant')).length);
    // A programme open to every topic stays within a topic preset, as the matching treats it.
    const withinTopic = await matchesOf(await match(api(), {}, 'de', 'limit=100&topic=sport'));
    assert.deepEqual(
      withinTopic.data.map((m) => m.program.id),
      whole.data.filter((m) => m.program.topics.length === 0 || m.program.topics.includes('sport')).map((m) => m.program.id),
    );

    const last = whole.data.at(-1)!.program.id;
    const through = await matchesOf(await match(api(), {}, 'de', `limit=2&through=${last}`));
    assert.equal(through.data.at(-1)!.program.id, last);
    assert.equal(through.data.length % 2 === 0 || through.data.length === whole.data.length, true, `${through.data.length} is whole pages of 2`);
    assert.equal(through.meta.nextCursor, null);
    const unknown = await matchesOf(await match(api(), {}, 'de', 'limit=2&through=no-such-programme'));
    assert.equal(unknown.data.length, 2);
  });

  it('says why a profile is not eligible', async () => {
    const body = await matchesOf(await match(api(), ineligibleProfile));
    const ours = body.data.find((m) => m.program.id === fund.id)!;
    assert.equal(ours.fit, 'ineligible');
    const byCriterion = Object.fromEntries(ours.criteria.map((c) => [c.criterion, c])) as Record<FundingMatch['criteria'][number]['criterion'], FundingMatch['criteria'][number]>;
    assert.equal(byCriterion.applicant.verdict, 'not-met');
    assert.equal(byCriterion.applicant.reasonCode, 'applicant.not-eligible');
    assert.equal(byCriterion.area.verdict, 'not-met');
    assert.deepEqual(byCriterion.area.params, { area: 'waldbach', seatInAreas: ['musterstadt'] });
    assert.match(byCriterion.area.reason, /Musterstadt/);
    assert.equal(byCriterion.need.verdict, 'not-met');
    assert.ok(ours.score < 1 / 3);
    // Non-cash room programmes suit this profile better than our money fund.
    const roomOffer = body.data.find((m) => m.program.supportTypes.includes('room'))!;
    assert.ok(roomOffer.score > ours.score);
  });

  it('asks questions for an empty profile, in English for other locales', async () => {
    const body = await matchesOf(await match(api(), {}, 'uk'));
    assert.equal(body.meta.locale, 'uk');
    const ours = body.data.find((m) => m.program.id === fund.id)!;
    assert.equal(ours.fit, 'partial');
    const questions = ours.criteria.filter((c) => c.verdict === 'unknown').map((c) => c.question);
    assert.deepEqual(questions, ['applicantKind', 'area', 'topics', 'needs', 'amountEur', 'neededBy', 'ownContributionPercent']);
    const area = ours.criteria.find((c) => c.criterion === 'area')!;
    assert.equal(area.reason, 'Only for organisations based in: Musterstadt. Where is your organisation based?');
    assert.ok(body.data.every((m) => m.fit !== 'eligible' || m.criteria.every((c) => c.verdict === 'met')));
  });

  it('rejects a malformed profile with a 400 problem', async () => {
    for (const [profile, field] of [
      [{ amountEur: -5 }, 'amountEur'],
      [{ needs: ['cash'] }, 'needs.0'],
      [{ neededBy: 'soon' }, 'neededBy'],
    ] as const) {
      const response = await match(api(), profile);
      assert.equal(response.status, 400);
      assert.ok((await problemOf(response)).errors!.some((e) => e.path === field), JSON.stringify(profile));
    }
    const notJson = await api().request(`${BASE}/funding-programs/match`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"applicantKind":' });
    assert.equal(notJson.status, 400);
  });

  it('serves the deadlines of one programme as all-day iCalendar events', async () => {
    const response = await api().request(`${BASE}/funding-programs.ics?program=${fund.id}&locale=en`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.match(response.headers.get('content-disposition') ?? '', /filename="test-zebrafink-fonds-fristen\.ics"/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const vevents = calendar.getAllSubcomponents('vevent');
    const starts = vevents.map((v) => v.getFirstPropertyValue('dtstart') as ICAL.Time);
    assert.ok(starts.every((s) => s.isDate));
    assert.deepEqual(starts.map((s) => s.toString()), ['2026-01-15', '2026-06-30', '2027-01-15', '2027-06-30', '2028-01-15', '2028-06-30']);
    assert.equal(String(vevents[0]!.getFirstPropertyValue('summary')), 'Application deadline: Zebra finch fund for youth projects');
    assert.equal(String(vevents[0]!.getFirstPropertyValue('url')), 'https://example.org/antrag');
    assert.equal((await api().request(`${BASE}/funding-programs.ics?program=no-such-programme`)).status, 404);
  });

  it('serves the deadlines of the filtered programmes in one feed', async () => {
    const rolling = new ICAL.Component(ICAL.parse(await (await api().request(`${BASE}/funding-programs.ics?deadline=none`)).text()));
    assert.equal(rolling.getAllSubcomponents('vevent').length, 0);
    const micro = await list(api(), 'kind=micro-grant&limit=100');
    const feed = new ICAL.Component(ICAL.parse(await (await api().request(`${BASE}/funding-programs.ics?kind=micro-grant`)).text()));
    const ids = new Set(micro.data.map((p) => p.id));
    const uids = feed.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    assert.ok(uids.length > 0);
    for (const uid of uids) assert.ok(ids.has(uid.replace(/-\d{4}-\d{2}-\d{2}@.*$/, '')), uid);
    assert.equal((await api().request(`${BASE}/funding-programs.ics?deadline=whenever`)).status, 400);
  });

  it('validates writes and needs an editor token of this tenant', async () => {
    const bad = {
      ...fund,
      id: 'test-other',
      kinds: ['lottery'],
      eligibleApplicants: ['aliens'],
      requirements: { ...fund.requirements, seatInAreas: ['atlantis'] },
      amount: { minEur: 5000, maxEur: 100 },
      deadlines: { kind: 'yearly', monthDays: ['02-29', '02-30'] },
    };
    const invalid = await api().request(`${BASE}/funding-programs/${fund.id}`, api().asEditor({ method: 'PUT', body: JSON.stringify(bad) }));
    assert.equal(invalid.status, 400);
    assert.deepEqual(
      (await problemOf(invalid)).errors!.map((e) => e.path).sort(),
      ['amount.maxEur', 'deadlines.monthDays.1', 'eligibleApplicants.0', 'id', 'kinds.0', 'requirements.seatInAreas.0'],
    );
    const path = `${BASE}/funding-programs/${fund.id}`;
    assert.equal((await api().request(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fund) })).status, 401);
    await api().database.db
      .insertInto('tenants')
      .values({ id: 'andere-stadt', name: 'Andere Stadt', default_locale: 'de', locales: ['de'], time_zone: 'Europe/Berlin', cors_origins: [] })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const otherToken = (await createApiToken(api().database.db, 'andere-stadt', 'tests')).token;
    assert.equal((await api().request(path, { method: 'DELETE', headers: { Authorization: `Bearer ${otherToken}` } })).status, 403);
    assert.equal((await api().request(path, api().asEditor({ method: 'DELETE' }))).status, 204);
    assert.equal((await api().request(path)).status, 404);
    assert.equal((await api().request(path, api().asEditor({ method: 'DELETE' }))).status, 404);
  });
});
