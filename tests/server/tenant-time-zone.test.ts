/**
 * The time zone comes from the tenant: a tenant in New York sees its weekly
 * 18:00 meeting at 18:00 New York time across the US clock change (two weeks
 * before Europe's), its evening filter on its own clock, its feed days and
 * funding deadlines in its own zone.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import { demoFundingPrograms } from '../../packages/server/src/demo/funding.js';
import { createTenant } from '../../packages/server/src/tenants/provisioning.js';
import type { EventOccurrence, FundingProgramSummary, ListResponse } from '@teilhabe/sdk';
import { TEST_TODAY, describeOnBothBackends, json } from '../support/test-api.js';

const TENANT = 'new-york-test';
const BASE = `/v1/${TENANT}`;

/** Tuesdays 18:00 in New York, from before the US change (14 March 2027) to after the EU one (28 March 2027). */
const weekly = {
  id: 'ny-weekly-meeting',
  title: { de: 'Wochentreffen' },
  summary: { de: 'Jeden Dienstag.' },
  description: { de: 'Jeden Dienstag um 18 Uhr.' },
  start: '2027-03-02T18:00:00-05:00',
  end: '2027-03-02T19:00:00-05:00',
  recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', exdates: [] },
  location: { kind: 'online', onlineUrl: 'https://meet.example.org/ny' },
  organizers: [{ kind: 'office', name: 'Office' }],
  format: 'network-meeting',
};

describeOnBothBackends('the tenant time zone', (api) => {
  let token = '';
  before(async () => {
    await createTenant(api().database.db, { id: TENANT, name: 'New York Test', timeZone: 'America/New_York' });
    token = (await createApiToken(api().database.db, TENANT, 'tests', ['editor'])).token;
    const put = await api().request(`${BASE}/events/${weekly.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(weekly),
    });
    assert.equal(put.status, 200, await put.clone().text());
  });

  it("expands a series in the tenant's wall time and names its zone", async () => {
    const response = await api().request(`${BASE}/events?from=2027-03-01T00:00:00Z&to=2027-04-30T00:00:00Z&limit=20`);
    assert.equal(response.status, 200);
    const body = await json<ListResponse<EventOccurrence>>(response);
    assert.deepEqual(
      body.data.map((occurrence) => occurrence.start),
      ['2027-03-02T18:00:00-05:00', '2027-03-09T18:00:00-05:00', '2027-03-16T18:00:00-04:00', '2027-03-23T18:00:00-04:00', '2027-03-30T18:00:00-04:00', '2027-04-06T18:00:00-04:00'],
    );
    assert.ok(body.data.every((occurrence) => occurrence.timeZone === 'America/New_York'));
  });

  it("reads the evening filter on the tenant's clock", async () => {
    // 18:00 in New York is past midnight in Berlin: evening there, not here.
    const response = await api().request(`${BASE}/events?from=2027-03-01T00:00:00Z&to=2027-04-30T00:00:00Z&time=evening`);
    assert.equal((await json<ListResponse<EventOccurrence>>(response)).meta.total, 6);
  });

  it("bounds the feed by the tenant's calendar days", async () => {
    // The last date, 6 April 18:00 New York, is 7 April in Berlin: a feed up to 6 April has it only in New York time.
    const response = await api().request(`${BASE}/events.ics?from=2027-04-06&to=2027-04-06`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /BEGIN:VEVENT/);
  });

  it("counts funding deadlines on the tenant's calendar", async () => {
    const demo = demoFundingPrograms[0]!;
    const program = { ...demo, id: 'ny-fund', status: 'open' as const, requirements: { ...demo.requirements, seatInAreas: [] }, deadlines: { kind: 'fixed' as const, dates: ['2027-01-10'] } };
    const put = await api().request(`${BASE}/funding-programs/${program.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(program),
    });
    assert.equal(put.status, 200, await put.clone().text());
    // 02:00 UTC on 11 January is still 10 January in New York: the deadline is today, not past.
    api().clock.now = new Date('2027-01-11T02:00:00Z');
    try {
      const response = await api().request(`${BASE}/funding-programs/${program.id}`);
      const { data } = await json<{ data: FundingProgramSummary }>(response);
      assert.equal(data.nextDeadline, '2027-01-10');
    } finally {
      api().clock.now = new Date(TEST_TODAY);
    }
  });
});
