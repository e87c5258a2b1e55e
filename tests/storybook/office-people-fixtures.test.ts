/** The mocked people, tokens and bookings of the office's admin screens and timeline are what the contract says the server sends. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queueFixtures, staffFixtures, tokenFixtures } from '@teilhabe/mocks';
import { ApiToken, StaffBooking, StaffMember } from '../../packages/contract/src/index.js';

test('every mocked person is a StaffMember and every mocked token an ApiToken of the contract', () => {
  for (const member of staffFixtures()) assert.deepEqual(StaffMember.strict().parse(member), member);
  for (const token of tokenFixtures()) assert.deepEqual(ApiToken.strict().parse(token), token);
});

test('every mocked booking of the queue and the timeline is a StaffBooking of the contract', () => {
  for (const booking of queueFixtures()) assert.deepEqual(StaffBooking.parse(booking), booking);
});
