/**
 * Bad input never gets a 500: every route of the contract is called with
 * malformed paths, query values and bodies, with and without an editor token.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routes } from '@teilhabe/contract';
import { describeOnBothBackends } from '../support/test-api.js';

const JUNK_VALUES = ['', ' ', '-1', '0', '1e309', 'NaN', 'null', '[]', '{}', "'; DROP TABLE tenants; --", '%00', '😀'.repeat(50), 'a'.repeat(5000), '2026-02-30', '2026-12-01T25:00:00Z', '../../etc/passwd'];
const JUNK_BODIES = ['', 'null', '[]', '{}', '{"id": 5}', 'not json', '{"start": "yesterday", "end": 3}', JSON.stringify({ roomId: 'x'.repeat(500) }), '{"__proto__": {"admin": true}}'];

function queryNames(route: (typeof routes)[keyof typeof routes]): string[] {
  const query = ((route as { request?: unknown }).request as { query?: { shape: Record<string, unknown> } } | undefined)?.query;
  return query ? Object.keys(query.shape) : [];
}

describeOnBothBackends('robustness', (api) => {
  test('no route answers 500 to malformed input', async () => {
    const failures: string[] = [];
    const check = async (method: string, path: string, init: RequestInit = {}) => {
      const response = await api().request(path, { method, ...init });
      const body = await response.text();
      if (response.status >= 500) failures.push(`${method} ${path} → ${response.status} ${body.slice(0, 200)}`);
      else if (response.status >= 400 && response.headers.get('content-type') !== 'application/problem+json') {
        failures.push(`${method} ${path} → ${response.status} without problem+json`);
      }
      if (/\n\s+at .*[(/].*:\d+:\d+/.test(body)) failures.push(`${method} ${path} leaks a stack trace`);
    };

    for (const route of Object.values(routes)) {
      const method = route.method.toUpperCase();
      const path = route.path.replace('{tenant}', 'musterkreis').replace('{name}', 'topics');
      for (const junk of ['NOT A SLUG', 'x'.repeat(300), '%2e%2e', '123e4567-e89b-12d3-a456-426614174000']) {
        await check(method, path.replace('{id}', encodeURIComponent(junk)), { headers: { Authorization: `Bearer ${api().editorToken}`, 'Content-Type': 'application/json' }, ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }) });
      }
      const concrete = path.replace('{id}', 'some-id');
      for (const name of queryNames(route)) {
        for (const value of JUNK_VALUES) await check(method, `${concrete}?${name}=${encodeURIComponent(value)}`, method === 'GET' ? {} : { body: '{}', headers: { 'Content-Type': 'application/json' } });
      }
      if (method !== 'GET' && method !== 'DELETE') {
        for (const body of JUNK_BODIES) {
          await check(method, concrete, { body, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${api().editorToken}` } });
          await check(method, concrete, { body, headers: { 'Content-Type': 'text/plain' } });
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
