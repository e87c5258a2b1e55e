/**
 * The SDK's error guards: what a widget asks of an error before it shows
 * anything. They must also recognise errors thrown by another bundled copy of
 * the SDK, where `instanceof` fails.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApiError,
  NetworkError,
  ResponseFormatError,
  TimeoutError,
  isApiError,
  isBookingConflict,
  isNetworkError,
  isNotFound,
  isProblem,
  isProblemOfType,
  isRateLimited,
  isResponseFormatError,
  isTeilhabeError,
  isTimeoutError,
  isValidationError,
} from '@teilhabe/sdk';

const request = { method: 'POST', url: 'https://api.example/v1/musterkreis/bookings' };

function apiError(status: number, problem: Record<string, unknown>): ApiError {
  return new ApiError({ ...request, status, problem: { type: '/problems/x', title: 'x', status, ...problem } });
}

describe('error guards', () => {
  test('tell the kinds apart', () => {
    const errors = {
      api: apiError(500, {}),
      network: new NetworkError(request),
      timeout: new TimeoutError({ ...request, timeoutMs: 10 }),
      format: new ResponseFormatError({ ...request, status: 200, reason: 'not JSON' }),
    };
    assert.deepEqual(
      Object.values(errors).map((error) => [isApiError(error), isNetworkError(error), isTimeoutError(error), isResponseFormatError(error), isTeilhabeError(error)]),
      [
        [true, false, false, false, true],
        [false, true, false, false, true],
        [false, false, true, false, true],
        [false, false, false, true, true],
      ],
    );
    for (const other of [new Error('x'), { status: 409 }, null, undefined, 'ApiError']) {
      assert.equal(isTeilhabeError(other), false);
      assert.equal(isApiError(other), false);
    }
  });

  test('name the problems a booking form handles', () => {
    const conflict = apiError(409, { type: '/problems/booking-conflict', conflicts: [], alternatives: [] });
    assert.equal(isBookingConflict(conflict), true);
    assert.equal(isBookingConflict(apiError(409, { type: '/problems/idempotency-conflict' })), false);
    assert.equal(isBookingConflict(apiError(422, { type: '/problems/booking-conflict' })), false);
    assert.equal(isValidationError(apiError(422, { errors: [{ path: 'purpose', code: 'too_small', message: 'x' }] })), true);
    assert.equal(isValidationError(apiError(422, {})), false, 'without field errors there is nothing to mark');
    assert.equal(isRateLimited(apiError(429, {})), true);
    assert.equal(isNotFound(apiError(404, { type: '/problems/not-found' })), true);
    assert.equal(isProblemOfType(apiError(422, { type: '/problems/booking-rules' }), 'booking-rules'), true);
    assert.equal(isProblemOfType(apiError(422, { type: '/problems/booking-rules' }), 'validation'), false);
  });

  test('isProblem checks the shape of a problem body', () => {
    assert.equal(isProblem({ type: '/problems/x', title: 'x', status: 400 }), true);
    assert.equal(isProblem({ title: 'x', status: 400 }), false);
    assert.equal(isProblem('<html>'), false);
    assert.equal(isProblem(null), false);
  });

  test('recognise errors of a second copy of the SDK, where instanceof fails', async () => {
    const copy = (await import(`../../packages/sdk/src/errors.ts?copy=${Date.now()}`)) as typeof import('../../packages/sdk/src/errors.js');
    assert.notEqual(copy.ApiError, ApiError, 'the test needs a second module instance');
    const foreign = new copy.ApiError({ ...request, status: 409, problem: { type: '/problems/booking-conflict', title: 'x', status: 409 } });
    assert.equal(foreign instanceof ApiError, false);
    assert.equal(isApiError(foreign), true);
    assert.equal(isBookingConflict(foreign), true);
    assert.equal(isNetworkError(new copy.NetworkError(request)), true);
    assert.equal(copy.isTimeoutError(new TimeoutError({ ...request, timeoutMs: 1 })), true);
  });
});
