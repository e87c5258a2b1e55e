/**
 * What the office's room form sends and the schema alone lets through: a
 * closure that ends before it starts, and a photo on plain http (the widgets
 * run on https pages). Both are 400 with the field's path, never stored.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

async function putRoom(api: TestApi, changes: Record<string, unknown>) {
  const venues = await api.database.db.selectFrom('venues').select('id').where('tenant_id', '=', 'musterkreis').limit(1).execute();
  return api.request('/v1/musterkreis/rooms/pruefraum', api.asEditor({
    method: 'PUT',
    body: JSON.stringify({
      id: 'pruefraum',
      venueId: venues[0]!.id,
      name: 'Prüfraum',
      description: { de: 'Ein Raum für Prüfungen der Eingaben.' },
      capacity: 20,
      openingHours: [{ weekday: 1, opens: '09:00', closes: '18:00' }],
      bookingPolicy: { needsApproval: true, minNoticeHours: 24, maxAdvanceDays: 90, maxDurationMinutes: 240, bufferMinutes: 15 },
      fees: { standardEurPerHour: 0, rules: [] },
      houseRules: { de: 'Aufräumen.' },
      contactOffice: { name: 'Integrationsbüro' },
      ...changes,
    }),
  }));
}

describeOnBothBackends('room validation', (api) => {
  test('a closure ending before it starts and a photo on http are refused at their fields', async () => {
    const refused = await putRoom(api(), {
      closures: [
        { from: '2027-06-01', to: '2027-06-05', reason: null },
        { from: '2027-08-10', to: '2027-08-01', reason: { de: 'Ferien' } },
      ],
      photos: [
        { url: 'https://bilder.example.org/raum.jpg', alt: { de: 'Der Raum' } },
        { url: 'http://bilder.example.org/flur.jpg', alt: { de: 'Der Flur' } },
      ],
    });
    assert.equal(refused.status, 400);
    const problem = await json(refused);
    assert.deepEqual(
      problem.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [
        ['closures.1.to', 'before_start'],
        ['photos.1.url', 'not_https'],
      ],
    );
    assert.equal((await api().request('/v1/musterkreis/rooms/pruefraum')).status, 404, 'nothing was stored');
  });

  test('a one-day closure and https photos are stored', async () => {
    const stored = await putRoom(api(), {
      closures: [{ from: '2027-06-01', to: '2027-06-01', reason: { de: 'Renovierung' } }],
      photos: [{ url: 'https://bilder.example.org/raum.jpg', alt: { de: 'Der Raum', tr: 'Oda' } }],
    });
    assert.equal(stored.status, 200, await stored.clone().text());
    const record = await json(await api().request('/v1/musterkreis/records/rooms/pruefraum', { headers: { Authorization: `Bearer ${api().editorToken}` } }));
    assert.deepEqual(record.data.closures, [{ from: '2027-06-01', to: '2027-06-01', reason: { de: 'Renovierung' } }]);
    assert.deepEqual(record.data.photos, [{ url: 'https://bilder.example.org/raum.jpg', alt: { de: 'Der Raum', tr: 'Oda' } }]);
  });
});
