/**
 * The mocks behind Storybook and the browser tests show the demo data where
 * they share a record with it: a designer sees the titles a newcomer sees
 * after `npm start`. Records only the mocks have (edge cases) are free.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventFixtures, fundingFixtures } from '@teilhabe/mocks';
import { demoEvents } from '../../packages/server/src/demo/events.js';
import { demoFundingPrograms } from '../../packages/server/src/demo/funding.js';

function sharedTitles(demo: { id: string; title: unknown }[], mocks: { id: string; title: unknown }[]) {
  const byId = new Map(demo.map((record) => [record.id, record.title]));
  return mocks.filter((mock) => byId.has(mock.id)).map((mock) => ({ id: mock.id, mock: mock.title, demo: byId.get(mock.id) }));
}

describe('mock fixtures follow the demo dataset', () => {
  test('event titles', () => {
    const shared = sharedTitles(demoEvents(new Date()), eventFixtures());
    assert.ok(shared.length >= 5, 'the mocks share most events with the demo');
    for (const { id, mock, demo } of shared) assert.deepEqual(mock, demo, id);
  });

  test('funding programme titles', () => {
    const shared = sharedTitles(demoFundingPrograms as { id: string; title: unknown }[], fundingFixtures);
    assert.ok(shared.length >= 1);
    for (const { id, mock, demo } of shared) assert.deepEqual(mock, demo, id);
  });
});
