/**
 * The server's layering rule, read from the sources: routes do HTTP, services
 * hold the rules and refuse with domain errors, rooms never reach into
 * bookings, and a validated body is not parsed a second time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Conflict, Invalid, NotFound, PreconditionFailed, RuleViolation } from '../../packages/server/src/domain/errors.js';
import { problemOf } from '../../packages/server/src/http/problem.js';

const resources = fileURLToPath(new URL('../../packages/server/src/resources/', import.meta.url));
const resourceNames = readdirSync(resources, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const sourcesOf = (resource: string) =>
  readdirSync(join(resources, resource))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file: `${resource}/${file}`, text: readFileSync(join(resources, resource, file), 'utf8') }));
const importsOf = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1]!);

test('every resource with rules beyond storage has a service; only its routes import from http/', () => {
  for (const resource of ['bookings', 'events', 'funding', 'organizations', 'rooms']) {
    assert.ok(existsSync(join(resources, resource, 'service.ts')), `${resource}/service.ts`);
  }
  for (const resource of resourceNames) {
    for (const { file, text } of sourcesOf(resource)) {
      if (file.endsWith('/routes.ts')) continue;
      const fromHttp = importsOf(text).filter((path) => path.includes('/http/') && !path.endsWith('/http/auth.js'));
      assert.deepEqual(fromHttp, [], `${file} imports the HTTP edge`);
    }
  }
});

test('rooms do not import bookings; their shared busy times live in occupancy', () => {
  for (const { file, text } of sourcesOf('rooms')) {
    assert.deepEqual(importsOf(text).filter((path) => path.includes('/bookings/')), [], file);
    assert.doesNotMatch(text, /selectFrom\('bookings'\)|FROM booking_slots/, `${file} reads booking tables`);
  }
});

test('routes neither re-parse a validated body nor open transactions themselves', () => {
  for (const resource of resourceNames) {
    for (const { file, text } of sourcesOf(resource)) {
      assert.doesNotMatch(text, /\.parse\(c\.req\.valid\(/, `${file} parses a body the route validated`);
      assert.doesNotMatch(text, /\.transaction\(\)\.execute/, `${file} opens a transaction without inTransaction`);
    }
  }
});

test('each kind of domain error has one status; a named type and facts pass through', () => {
  const field = { path: 'id', code: 'id_mismatch', message: 'x' };
  assert.equal(problemOf(new NotFound('Room not found')).status, 404);
  assert.deepEqual(problemOf(new Invalid('The room is invalid', [field])), { status: 400, type: 'validation', title: 'The room is invalid', errors: [field] });
  assert.equal(problemOf(new RuleViolation('No date is left', { type: 'booking-rules' })).status, 422);
  assert.deepEqual(problemOf(new Conflict('Busy', { type: 'request-in-progress', retryAfterSeconds: 1, facts: { alternatives: [] } })), {
    status: 409,
    type: 'request-in-progress',
    title: 'Busy',
    alternatives: [],
    headers: { 'Retry-After': '1' },
  });
  assert.equal(problemOf(new PreconditionFailed('Stale')).status, 412);
  assert.equal(problemOf(new PreconditionFailed('Stale')).type, 'precondition-failed');
});
