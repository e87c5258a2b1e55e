/**
 * Cheap structural checks of response bodies. Not a validation (that would
 * need zod in the browser bundle): just enough that a widget never meets
 * `undefined.map` deep in its render code because a proxy, a captive portal
 * or a misconfigured server answered something else.
 */
import type { Problem } from './types.js';

/**
 * - `list`: `{ data: object[], meta: { total: number, nextCursor: string | null } }` (lists, the funding match)
 * - `record`: `{ data: object }`
 * - `created`: `{ data: object, manageUrl: string, manageToken: string }` (a booking request)
 * - `items`: `{ data: object[] }` (tenants)
 * - `page`: `{ data: object[], meta: { nextCursor: string | null } }` (the office's lists)
 * - `object`: any JSON object (a sign-in session)
 * - `empty`: no body (204); a body is tolerated
 */
export type ExpectedShape = 'list' | 'record' | 'created' | 'items' | 'page' | 'object' | 'empty';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isObjectArray = (value: unknown): value is Record<string, unknown>[] => Array.isArray(value) && value.every(isObject);

/** Returns why `body` does not have `shape`, or undefined when it does. */
export function hasShape(body: unknown, shape: ExpectedShape): string | undefined {
  if (shape === 'empty') return undefined;
  if (!isObject(body)) return 'the body is not a JSON object';
  switch (shape) {
    case 'list': {
      if (!isObjectArray(body.data)) return '`data` is not an array of objects';
      const meta = body.meta;
      if (!isObject(meta)) return '`meta` is missing';
      if (typeof meta.total !== 'number') return '`meta.total` is not a number';
      if (meta.nextCursor !== null && typeof meta.nextCursor !== 'string') return '`meta.nextCursor` is neither a string nor null';
      return undefined;
    }
    case 'items':
      return isObjectArray(body.data) ? undefined : '`data` is not an array of objects';
    case 'page':
      if (!isObjectArray(body.data)) return '`data` is not an array of objects';
      return isObject(body.meta) && (body.meta.nextCursor === null || typeof body.meta.nextCursor === 'string') ? undefined : '`meta.nextCursor` is missing';
    case 'object':
      return undefined;
    case 'record':
      return isObject(body.data) ? undefined : '`data` is not an object';
    case 'created':
      if (!isObject(body.data)) return '`data` is not an object';
      if (typeof body.manageToken !== 'string' || typeof body.manageUrl !== 'string') return '`manageUrl` or `manageToken` is missing';
      return undefined;
  }
}

/**
 * The problem details of an error answer. A body that is not problem+json
 * (a proxy's HTML 502 page, an empty 503) still yields a usable problem so
 * that callers can always read `error.problem.title`.
 */
export function toProblem(body: unknown, response: Response): Problem {
  if (isObject(body) && typeof body.title === 'string') {
    return {
      ...body,
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: body.title,
      status: typeof body.status === 'number' ? body.status : response.status,
    } as Problem;
  }
  const problem: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  if (typeof body === 'string' && body.trim() !== '' && !/^\s*</.test(body)) problem.detail = body.trim().slice(0, 500);
  return problem;
}
