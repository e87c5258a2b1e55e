/**
 * The mocks behind Storybook and the browser tests show the demo data where
 * they share a record with it: a designer sees the titles a newcomer sees
 * after `npm start`. A mock may leave out a translation (to show the
 * fallback to German); what it has is the demo's text. Records only the
 * mocks have (edge cases) are free.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventFixtures, fundingFixtures, roomFixtures } from '@teilhabe/mocks';
import { demoEvents } from '../../packages/server/src/demo/events.js';
import { demoFundingPrograms } from '../../packages/server/src/demo/funding.js';
import { demoRooms } from '../../packages/server/src/demo/rooms.js';

type Titled = { id: string; title: Record<string, string | undefined> };

/** For each record both have: the mock's title and the demo's title in the mock's locales. */
function sharedTitles(demo: Titled[], mocks: Titled[]) {
  const byId = new Map(demo.map((record) => [record.id, record.title]));
  return mocks
    .filter((mock) => byId.has(mock.id))
    .map((mock) => {
      const demoTitle = byId.get(mock.id)!;
      return { id: mock.id, mock: mock.title, demo: Object.fromEntries(Object.keys(mock.title).map((locale) => [locale, demoTitle[locale]])) };
    });
}

describe('mock fixtures follow the demo dataset', () => {
  test('event titles', () => {
    const shared = sharedTitles(demoEvents(new Date()) as Titled[], eventFixtures() as Titled[]);
    assert.ok(shared.length >= 5, 'the mocks share most events with the demo');
    for (const { id, mock, demo } of shared) assert.deepEqual(mock, demo, id);
    for (const { id, mock } of shared) assert.ok(mock['de'], `${id} has a German title`);
  });

  test('funding programme titles', () => {
    const shared = sharedTitles(demoFundingPrograms as Titled[], fundingFixtures as Titled[]);
    assert.ok(shared.length >= 1);
    for (const { id, mock, demo } of shared) assert.deepEqual(mock, demo, id);
  });

  test("rooms: what the booking rules read, and the texts in the mock's locales", () => {
    const demoById = new Map(demoRooms.map((room) => [room.id, room]));
    const shared = roomFixtures.filter((room) => demoById.has(room.id));
    assert.ok(shared.length >= 1, 'the mocks share a room with the demo');
    const ruleFields = ['name', 'capacity', 'sizeSqm', 'equipment', 'accessibility', 'openingHours', 'bookingPolicy', 'fees'] as const;
    for (const mock of shared) {
      const demo = demoById.get(mock.id)!;
      for (const field of ruleFields) assert.deepEqual(mock[field], demo[field], `${mock.id}.${field}`);
      const demoDescription = demo.description as Record<string, string | undefined>;
      for (const [locale, text] of Object.entries(mock.description)) assert.equal(text, demoDescription[locale], `${mock.id}.description.${locale}`);
    }
  });
});
