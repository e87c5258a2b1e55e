/**
 * The SDK's small pieces on their own: Retry-After parsing, backoff, the LRU,
 * URL redaction, idempotency keys, and calls through a custom fetch that
 * misbehaves in ways msw cannot imitate (a body that stalls, a signal ignored).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NetworkError, ResponseFormatError, TimeoutError, createClient, redactUrl } from '@teilhabe/sdk';
import { backoffDelay, isRetryableRequest, isRetryableResponse, parseRetryAfter, resolveBackoff } from '../../packages/sdk/src/retry.js';
import { EtagCache } from '../../packages/sdk/src/etag-cache.js';
import { newIdempotencyKey } from '../../packages/sdk/src/idempotency.js';
import { normalizeQuery, serializeQuery } from '../../packages/sdk/src/query.js';
import { BASE, TENANT, listBody, organizationSummary, timed } from './support.js';

describe('Retry-After', () => {
  test('seconds', () => {
    assert.equal(parseRetryAfter('3', 10_000), 3_000);
    assert.equal(parseRetryAfter(' 0 ', 10_000), 0);
  });
  test('an HTTP date', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    assert.equal(parseRetryAfter('Mon, 02 Mar 2026 10:00:05 GMT', 60_000, now), 5_000);
    assert.equal(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', 60_000, now), 0, 'a date in the past means now');
  });
  test('capped, and garbage ignored', () => {
    assert.equal(parseRetryAfter('86400', 10_000), 10_000);
    assert.equal(parseRetryAfter(null, 10_000), undefined);
    assert.equal(parseRetryAfter('soon', 10_000), undefined);
    assert.equal(parseRetryAfter('-5', 10_000), undefined);
  });
});

describe('backoff', () => {
  test('full jitter: a random wait between 0 and an exponentially growing, capped ceiling', () => {
    const top = resolveBackoff({ baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.999999 });
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, top)), [99, 199, 399, 799, 999, 999]);
    const bottom = resolveBackoff({ baseDelayMs: 100, random: () => 0 });
    assert.equal(backoffDelay(3, bottom), 0);
  });

  test('which requests and statuses are retried', () => {
    const request = (method: string, headers: Record<string, string> = {}) => new Request(`${BASE}/x`, { method, headers });
    assert.equal(isRetryableRequest(request('GET')), true);
    assert.equal(isRetryableRequest(request('PUT')), true);
    assert.equal(isRetryableRequest(request('DELETE')), true);
    assert.equal(isRetryableRequest(request('PATCH')), false);
    assert.equal(isRetryableRequest(request('POST')), false);
    assert.equal(isRetryableRequest(request('POST', { 'Idempotency-Key': 'k-12345678' })), true);
    const answer = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });
    assert.equal(isRetryableResponse(request('GET'), answer(500)), true);
    assert.equal(isRetryableResponse(request('PUT'), answer(500)), false);
    for (const status of [408, 429, 502, 503, 504]) assert.equal(isRetryableResponse(request('DELETE'), answer(status)), true);
    for (const status of [400, 401, 403, 404, 409, 422, 501]) assert.equal(isRetryableResponse(request('GET'), answer(status)), false);
    const keyed = request('POST', { 'Idempotency-Key': 'k-12345678' });
    assert.equal(isRetryableResponse(keyed, answer(409, { 'Retry-After': '1' })), true, 'same key still in progress');
    assert.equal(isRetryableResponse(keyed, answer(409)), false, 'a booking conflict');
  });
});

describe('EtagCache', () => {
  test('evicts the least recently used entry', () => {
    const cache = new EtagCache({ maxEntries: 2 });
    const entry = (etag: string) => ({ etag, body: '{}', contentType: 'application/json' });
    cache.set('a', entry('1'));
    cache.set('b', entry('2'));
    cache.get('a');
    cache.set('c', entry('3'));
    assert.equal(cache.size, 2);
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a')?.etag, '1');
    assert.equal(cache.get('c')?.etag, '3');
  });
});

describe('small helpers', () => {
  test('redactUrl hides the booking secret', () => {
    assert.equal(redactUrl('https://x.test/v1/t/bookings/1?token=abc&x=1'), 'https://x.test/v1/t/bookings/1?token=***&x=1');
    assert.equal(redactUrl('https://x.test/v1/t/rooms'), 'https://x.test/v1/t/rooms');
  });

  test('idempotency keys are UUID v4, also without crypto.randomUUID (http:// pages)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    assert.match(newIdempotencyKey(), uuid);
    const original = globalThis.crypto.randomUUID;
    try {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
      const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
      assert.equal(keys.size, 50);
      for (const key of keys) assert.match(key, uuid);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  test('query normalisation', () => {
    assert.deepEqual(normalizeQuery({ a: ['x', 'y'], b: [], c: '', d: undefined, e: null, f: false, g: 0 }), { a: 'x,y', f: 'false', g: 0 });
    assert.equal(serializeQuery({ q: 'Café & Co', topic: ['a', 'b'] }), 'q=Caf%C3%A9%20%26%20Co&topic=a,b');
  });
});

describe('a misbehaving fetch', () => {
  const client = (fetch: (request: Request) => Promise<Response>, timeoutMs = 100) =>
    createClient({ baseUrl: BASE, tenant: TENANT, fetch, timeoutMs, retries: 0 });

  test('a body that stalls after the headers runs into the timeout', async () => {
    const stalled = () =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"data": ['));
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
      );
    const { ms, error } = await timed(() => client(stalled).organizations.list());
    // A TimeoutError at all means the deadline ended the wait (a hang never settles); it came no earlier
    // than the deadline. No upper bound: a loaded machine may run the timer late.
    assert.ok(error instanceof TimeoutError, String(error));
    assert.ok(ms >= 90, `gave up after ${ms} ms, before the 100 ms deadline`);
  });

  test('a fetch that ignores the signal cannot outlive the deadline', async () => {
    const never = () => new Promise<Response>(() => undefined);
    const { ms, error } = await timed(() => client(never).organizations.list());
    assert.ok(error instanceof TimeoutError, String(error));
    assert.ok(ms >= 90, `gave up after ${ms} ms, before the 100 ms deadline`);
  });

  test('a fetch that throws a TypeError is a NetworkError', async () => {
    const failing = () => Promise.reject(new TypeError('fetch failed'));
    await assert.rejects(client(failing).organizations.list(), NetworkError);
  });

  test('a body that breaks off midway is a NetworkError', async () => {
    const broken = () =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"data": ['));
              controller.error(new TypeError('terminated'));
            },
          }),
        ),
      );
    await assert.rejects(client(broken).organizations.list(), NetworkError);
  });

  test('JSON with a content length that is not JSON is a ResponseFormatError', async () => {
    const body = 'not json';
    const wrong = () => Promise.resolve(new Response(body, { headers: { 'Content-Length': String(body.length) } }));
    await assert.rejects(client(wrong).organizations.list(), ResponseFormatError);
  });

  test('a healthy custom fetch works', async () => {
    const healthy = () => Promise.resolve(Response.json(listBody([organizationSummary('a')])));
    const { data } = await client(healthy).organizations.list();
    assert.equal(data[0]?.id, 'a');
  });
});
