/**
 * The SDK against msw: every way a call can fail, and the retry policy.
 */
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { HttpResponse, delay, http } from 'msw';
import { ApiError, NetworkError, ResponseFormatError, TeilhabeError, TimeoutError } from '@teilhabe/sdk';
import { api, bookingCreated, bookingInput, listBody, organizationSummary, server, testClient, timed } from './support.js';

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

/** A handler that answers with the given responses in turn (the last one repeats) and counts calls. */
function sequence(method: 'get' | 'post' | 'put' | 'delete' | 'patch', path: string, responses: (() => Response)[]) {
  const seen: Request[] = [];
  server.use(
    http[method](api(path), ({ request }) => {
      seen.push(request.clone());
      const next = responses[Math.min(seen.length - 1, responses.length - 1)];
      return next!();
    }),
  );
  return seen;
}

const ok = () => HttpResponse.json(listBody([organizationSummary('a')]));
const unavailable = () => HttpResponse.json({ type: '/problems/unavailable', title: 'Service unavailable', status: 503 }, { status: 503 });

describe('retries', () => {
  test('a GET answered 500 with Retry-After is repeated after the wait and then succeeds', async () => {
    const seen = sequence('get', '/organizations', [
      () => HttpResponse.json({ type: '/problems/internal', title: 'Internal server error', status: 500 }, { status: 500, headers: { 'Retry-After': '1' } }),
      ok,
    ]);
    const { ms, value, error } = await timed(() => testClient().organizations.list());
    assert.equal(error, undefined);
    assert.equal(value?.data[0]?.id, 'a');
    assert.equal(seen.length, 2);
    assert.ok(ms >= 950, `waited ${ms} ms, expected the 1 s of Retry-After`);
  });

  test('Retry-After as an HTTP date is honoured too', async () => {
    const inOneSecond = new Date(Date.now() + 1500).toUTCString(); // HTTP dates have whole seconds
    const seen = sequence('get', '/organizations', [() => HttpResponse.json({ title: 'Busy', status: 503 }, { status: 503, headers: { 'Retry-After': inOneSecond } }), ok]);
    const { ms, error } = await timed(() => testClient().organizations.list());
    assert.equal(error, undefined);
    assert.equal(seen.length, 2);
    assert.ok(ms >= 400, `waited ${ms} ms`);
  });

  test('without Retry-After the backoff is used, and after `retries` repeats the last error is thrown', async () => {
    const seen = sequence('get', '/organizations', [unavailable]);
    const { error } = await timed(() => testClient({ retries: 2 }).organizations.list());
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 503);
    assert.equal(seen.length, 3);
  });

  test('retries: 0 sends once', async () => {
    const seen = sequence('get', '/organizations', [unavailable]);
    await assert.rejects(testClient({ retries: 0 }).organizations.list(), ApiError);
    assert.equal(seen.length, 1);
  });

  test('408, 429, 502 and 504 are retried for GETs; 400, 404 and 501 are not', async () => {
    for (const status of [408, 429, 502, 504]) {
      const seen = sequence('get', '/organizations', [() => HttpResponse.json({ title: 'x', status }, { status }), ok]);
      await testClient().organizations.list();
      assert.equal(seen.length, 2, `status ${status}`);
      server.resetHandlers();
    }
    for (const status of [400, 404, 501]) {
      const seen = sequence('get', '/organizations', [() => HttpResponse.json({ title: 'x', status }, { status }), ok]);
      await assert.rejects(testClient().organizations.list(), ApiError);
      assert.equal(seen.length, 1, `status ${status}`);
      server.resetHandlers();
    }
  });

  test('a POST without an idempotency key (funding match) is never retried', async () => {
    const seen = sequence('post', '/funding-programs/match', [unavailable, () => HttpResponse.json({ data: [], meta: { total: 0, locale: 'de' } })]);
    const { error } = await timed(() => testClient().funding.match({ applicantKind: 'registered-association' }));
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 503);
    assert.equal(seen.length, 1);
  });

  test('a POST without an idempotency key is not retried after a network error either', async () => {
    const seen = sequence('post', '/funding-programs/match', [() => HttpResponse.error()]);
    await assert.rejects(testClient().funding.match({}), NetworkError);
    assert.equal(seen.length, 1);
  });

  test('PATCH (booking decision) is never retried', async () => {
    const seen = sequence('patch', '/bookings/5a0b1f8e-2c3d-4e5f-8a9b-0c1d2e3f4a5b', [unavailable]);
    await assert.rejects(testClient({ token: 'editor' }).bookings.decide(bookingCreated.data.id, { status: 'confirmed' }), ApiError);
    assert.equal(seen.length, 1);
  });

  test('PUT is retried on 503 but not on 500 (the write may have happened)', async () => {
    const client = testClient({ token: 'editor' });
    const input = { id: 'x', name: 'X', shortDescription: { de: 'x' }, description: { de: 'x' }, types: ['association'] };
    const written = () => HttpResponse.json({ data: { ...organizationSummary('x') } });

    let seen = sequence('put', '/organizations/x', [unavailable, written]);
    await client.organizations.put('x', input);
    assert.equal(seen.length, 2);
    server.resetHandlers();

    seen = sequence('put', '/organizations/x', [() => HttpResponse.json({ title: 'Internal', status: 500 }, { status: 500 }), written]);
    await assert.rejects(client.organizations.put('x', input), (error: unknown) => error instanceof ApiError && error.status === 500);
    assert.equal(seen.length, 1);
  });

  test('the booking POST is retried (it carries an idempotency key), with the same key every time', async () => {
    const seen = sequence('post', '/bookings', [unavailable, () => HttpResponse.error(), () => HttpResponse.json(bookingCreated, { status: 201 })]);
    const created = await testClient().bookings.create(bookingInput);
    assert.equal(created.manageToken, bookingCreated.manageToken);
    assert.equal(seen.length, 3);
    const keys = seen.map((request) => request.headers.get('idempotency-key'));
    assert.match(keys[0] ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(new Set(keys).size, 1, `keys differ: ${keys.join(', ')}`);
    // The body survives being sent three times.
    for (const request of seen) assert.equal((await request.json()).purpose, 'Elternabend');
  });

  test('each booking request gets a new key; a key the caller passes is used as is', async () => {
    const seen = sequence('post', '/bookings', [() => HttpResponse.json(bookingCreated, { status: 201 })]);
    const client = testClient();
    await client.bookings.create(bookingInput);
    await client.bookings.create(bookingInput);
    await client.bookings.create(bookingInput, { idempotencyKey: 'form-submission-42' });
    const keys = seen.map((request) => request.headers.get('idempotency-key'));
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'form-submission-42');
  });

  test('a booking POST whose key is still being processed (409 + Retry-After) is repeated and gets the first answer', async () => {
    const seen = sequence('post', '/bookings', [
      () => HttpResponse.json({ type: '/problems/request-in-progress', title: 'The same request is still being processed', status: 409 }, { status: 409, headers: { 'Retry-After': '0' } }),
      () => HttpResponse.json(bookingCreated, { status: 201 }),
    ]);
    const created = await testClient().bookings.create(bookingInput);
    assert.equal(created.data.id, bookingCreated.data.id);
    assert.equal(seen.length, 2);
  });

  test('a booking conflict (409 without Retry-After) is not repeated', async () => {
    const seen = sequence('post', '/bookings', [() => HttpResponse.json({ title: 'The time is taken', status: 409 }, { status: 409 })]);
    await assert.rejects(testClient().bookings.create(bookingInput), (error: unknown) => error instanceof ApiError && error.status === 409);
    assert.equal(seen.length, 1);
  });

  test('a 500 to the booking POST is not retried', async () => {
    const seen = sequence('post', '/bookings', [() => HttpResponse.json({ title: 'Internal', status: 500 }, { status: 500 })]);
    await assert.rejects(testClient().bookings.create(bookingInput), ApiError);
    assert.equal(seen.length, 1);
  });

  test('a Retry-After beyond the deadline is not waited for: the error comes at once', async () => {
    const seen = sequence('get', '/organizations', [() => HttpResponse.json({ title: 'Too many requests', status: 429 }, { status: 429, headers: { 'Retry-After': '5' } })]);
    const { ms, error } = await timed(() => testClient({ timeoutMs: 2_000 }).organizations.list());
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterMs, 5_000);
    assert.equal(seen.length, 1);
    assert.ok(ms < 1_000, `took ${ms} ms`);
  });

  test('a long Retry-After is capped by backoff.maxRetryAfterMs', async () => {
    const seen = sequence('get', '/organizations', [() => HttpResponse.json({ title: 'Busy', status: 503 }, { status: 503, headers: { 'Retry-After': '3600' } }), ok]);
    const { ms, error } = await timed(() => testClient({ backoff: { maxRetryAfterMs: 200 } }).organizations.list());
    assert.equal(error, undefined);
    assert.equal(seen.length, 2);
    assert.ok(ms >= 190 && ms < 2_000, `took ${ms} ms`);
  });
});

describe('timeouts and aborts', () => {
  test('a server that does not answer in time gives a TimeoutError with status 0', async () => {
    server.use(http.get(api('/organizations'), async () => {
      await delay(2_000);
      return ok();
    }));
    const { ms, error } = await timed(() => testClient({ timeoutMs: 100 }).organizations.list());
    assert.ok(error instanceof TimeoutError, String(error));
    assert.ok(error instanceof TeilhabeError);
    assert.equal(error.status, 0);
    assert.equal(error.timeoutMs, 100);
    assert.ok(ms < 1_000, `took ${ms} ms`);
  });

  test('the per-call timeoutMs overrides the client default', async () => {
    server.use(http.get(api('/organizations/slow'), async () => {
      await delay(2_000);
      return HttpResponse.json({ data: organizationSummary('slow') });
    }));
    await assert.rejects(testClient({ timeoutMs: 60_000 }).organizations.get('slow', { timeoutMs: 50 }), TimeoutError);
  });

  test('the deadline covers the retries: no endless retrying of a slow failure', async () => {
    const seen = sequence('get', '/organizations', [unavailable]);
    const client = testClient({ retries: 50, timeoutMs: 300, backoff: { baseDelayMs: 100, maxDelayMs: 100, random: () => 0.99 } });
    const { ms, error } = await timed(() => client.organizations.list());
    assert.ok(error instanceof ApiError || error instanceof TimeoutError, String(error));
    assert.ok(ms < 1_000, `took ${ms} ms`);
    assert.ok(seen.length <= 4, `sent ${seen.length} times`);
  });

  test("a caller's abort rejects with the standard AbortError, not an SDK error", async () => {
    server.use(http.get(api('/organizations'), async () => {
      await delay(2_000);
      return ok();
    }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { ms, error } = await timed(() => testClient().organizations.list({}, { signal: controller.signal }));
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'AbortError');
    assert.ok(!(error instanceof TeilhabeError));
    assert.equal(error, controller.signal.reason);
    assert.ok(ms < 1_000, `took ${ms} ms`);
  });

  test("a caller's abort reason is passed through as is", async () => {
    server.use(http.get(api('/organizations'), async () => {
      await delay(2_000);
      return ok();
    }));
    const controller = new AbortController();
    const reason = new Error('the user left the page');
    setTimeout(() => controller.abort(reason), 20);
    await assert.rejects(testClient().organizations.list({}, { signal: controller.signal }), (error) => error === reason);
  });

  test('an already aborted signal sends nothing', async () => {
    const seen = sequence('get', '/organizations', [ok]);
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(testClient().organizations.list({}, { signal: controller.signal }), { name: 'AbortError' });
    assert.equal(seen.length, 0);
  });

  test('no retry after the caller aborted during the backoff wait', async () => {
    const seen = sequence('get', '/organizations', [() => HttpResponse.json({ title: 'Busy', status: 503 }, { status: 503, headers: { 'Retry-After': '2' } }), ok]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { ms, error } = await timed(() => testClient().organizations.list({}, { signal: controller.signal }));
    assert.equal((error as Error).name, 'AbortError');
    assert.ok(ms < 1_000, `took ${ms} ms`);
    await delay(50);
    assert.equal(seen.length, 1);
  });

  test('a timeout stays distinct from an abort even when both signals exist', async () => {
    server.use(http.get(api('/organizations'), async () => {
      await delay(2_000);
      return ok();
    }));
    const controller = new AbortController();
    const { error } = await timed(() => testClient({ timeoutMs: 50 }).organizations.list({}, { signal: controller.signal }));
    assert.ok(error instanceof TimeoutError);
    assert.equal(controller.signal.aborted, false);
  });
});

describe('bad answers', () => {
  test('malformed JSON becomes a ResponseFormatError', async () => {
    server.use(http.get(api('/organizations'), () => new HttpResponse('{"data": [', { headers: { 'Content-Type': 'application/json' } })));
    const { error } = await timed(() => testClient().organizations.list());
    assert.ok(error instanceof ResponseFormatError, String(error));
    assert.equal(error.status, 200);
    assert.match(error.message, /not valid JSON/);
  });

  test('an HTML page with status 200 (captive portal) becomes a ResponseFormatError', async () => {
    server.use(http.get(api('/organizations'), () => HttpResponse.html('<!doctype html><title>WLAN-Anmeldung</title>')));
    await assert.rejects(testClient().organizations.list(), ResponseFormatError);
  });

  test('a list without a data array or without meta becomes a ResponseFormatError', async () => {
    for (const body of [{ items: [] }, { data: [] }, { data: {}, meta: { total: 0, nextCursor: null } }, [], { data: [1, 2], meta: { total: 2, nextCursor: null } }]) {
      server.use(http.get(api('/organizations'), () => HttpResponse.json(body)));
      await assert.rejects(testClient().organizations.list(), ResponseFormatError, JSON.stringify(body));
    }
  });

  test('a single record whose data is not an object becomes a ResponseFormatError', async () => {
    for (const body of [{ data: [] }, { data: null }, { record: {} }, 'hello']) {
      server.use(http.get(api('/organizations/a'), () => HttpResponse.json(body)));
      await assert.rejects(testClient().organizations.get('a'), ResponseFormatError, JSON.stringify(body));
    }
  });

  test('an empty 200 body becomes a ResponseFormatError', async () => {
    server.use(http.get(api('/rooms/saal-1'), () => new HttpResponse(null, { status: 200, headers: { 'Content-Length': '0' } })));
    await assert.rejects(testClient().rooms.get('saal-1'), ResponseFormatError);
  });

  test('a booking answer without its manage token becomes a ResponseFormatError', async () => {
    server.use(http.post(api('/bookings'), () => HttpResponse.json({ data: bookingCreated.data }, { status: 201 })));
    await assert.rejects(testClient().bookings.create(bookingInput), ResponseFormatError);
  });

  test('a network failure becomes a NetworkError with status 0, after the GET retries', async () => {
    const seen = sequence('get', '/organizations', [() => HttpResponse.error()]);
    const { error } = await timed(() => testClient().organizations.list());
    assert.ok(error instanceof NetworkError, String(error));
    assert.equal(error.status, 0);
    assert.equal(error.method, 'GET');
    assert.ok(error.cause !== undefined);
    assert.equal(seen.length, 3);
  });

  test('a network failure and then success is just success', async () => {
    sequence('get', '/organizations', [() => HttpResponse.error(), ok]);
    const { data } = await testClient().organizations.list();
    assert.equal(data.length, 1);
  });
});

describe('problem details', () => {
  test('a problem+json 400 becomes an ApiError with the field errors and the request id', async () => {
    server.use(
      http.get(api('/organizations'), () =>
        HttpResponse.json(
          {
            type: '/problems/validation',
            title: 'The request is invalid',
            status: 400,
            detail: 'Some query parameters values are missing or malformed; see `errors`.',
            errors: [{ path: 'topic.0', code: 'invalid_format', message: 'a taxonomy code' }],
            requestId: 'req-from-problem-1234',
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-from-header-1234' } },
        ),
      ),
    );
    const { error } = await timed(() => testClient().organizations.list({ topic: 'NOT A CODE' }));
    assert.ok(error instanceof ApiError, String(error));
    assert.equal(error.status, 400);
    assert.equal(error.problem.title, 'The request is invalid');
    assert.equal(error.problem.type, '/problems/validation');
    assert.deepEqual(error.fieldErrors, [{ path: 'topic.0', code: 'invalid_format', message: 'a taxonomy code' }]);
    assert.equal(error.problem.errors?.[0]?.path, 'topic.0');
    assert.equal(error.requestId, 'req-from-problem-1234');
    assert.match(error.message, /400 The request is invalid/);
  });

  test('the request id comes from X-Request-Id when the problem has none', async () => {
    server.use(http.get(api('/rooms/none'), () => HttpResponse.json({ type: '/problems/not-found', title: 'Room not found', status: 404 }, { status: 404, headers: { 'X-Request-Id': 'req-header-5678' } })));
    const { error } = await timed(() => testClient().rooms.get('none'));
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 404);
    assert.equal(error.requestId, 'req-header-5678');
  });

  test('a 409 of a booking request carries conflicts and alternatives', async () => {
    const alternatives = [{ roomId: 'saal-1', roomName: 'Saal 1', start: '2026-03-02T20:30:00+01:00', end: '2026-03-02T22:30:00+01:00' }];
    const conflicts = [{ start: bookingInput.start, end: bookingInput.end }];
    server.use(
      http.post(api('/bookings'), () =>
        HttpResponse.json(
          { type: '/problems/booking-conflict', title: 'The time is taken', status: 409, conflicts, alternatives },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { error } = await timed(() => testClient().bookings.create(bookingInput));
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 409);
    assert.deepEqual(error.problem.alternatives, alternatives);
    assert.deepEqual(error.problem.conflicts, conflicts);
  });

  test('an error page that is not problem+json still yields an ApiError with a usable problem', async () => {
    server.use(http.get(api('/organizations'), () => HttpResponse.html('<html><body>Bad Gateway</body></html>', { status: 502, statusText: 'Bad Gateway' })));
    const { error } = await timed(() => testClient({ retries: 0 }).organizations.list());
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 502);
    assert.equal(error.problem.status, 502);
    assert.equal(error.problem.title, 'Bad Gateway');
    assert.equal(error.problem.detail, undefined);
  });

  test('errors never contain the bearer token or a booking secret', async () => {
    const token = 'editor-secret-token-0123456789';
    const secret = 'booking-secret-abcdefghijklmnopqrstuvwxyz';
    server.use(
      http.delete(api('/organizations/a'), () => HttpResponse.json({ title: 'Forbidden', status: 403 }, { status: 403 })),
      http.get(api('/bookings/:id'), () => HttpResponse.json({ title: 'Not found', status: 404 }, { status: 404 })),
    );
    const client = testClient({ token });
    const { error: deleteError } = await timed(() => client.organizations.delete('a'));
    const { error: bookingError } = await timed(() => client.bookings.get(bookingCreated.data.id, { token: secret }));
    for (const error of [deleteError, bookingError]) {
      assert.ok(error instanceof ApiError);
      const everything = `${error.message} ${error.stack} ${JSON.stringify(error)} ${JSON.stringify(Object.entries(error))} ${error.url}`;
      assert.ok(!everything.includes(token), 'the bearer token leaked');
      assert.ok(!everything.includes(secret), 'the booking secret leaked');
    }
    assert.match((bookingError as ApiError).url, /token=\*\*\*/);
    assert.ok(!inspect(client, { depth: 10, showHidden: true }).includes(token), 'a logged client shows no token');
  });
});
