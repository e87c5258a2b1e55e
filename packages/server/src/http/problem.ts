/**
 * RFC 9457 problem details: every error the API answers, in one shape. Bad
 * input is always a 4xx with the fields named; a 500 never carries internals.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Conflict, DomainError, Invalid, NotFound, PreconditionFailed, RuleViolation, notFoundError, type FieldError } from '../domain/errors.js';
import type { AppEnv } from './env.js';

export type { FieldError } from '../domain/errors.js';

export interface ProblemInit {
  status: number;
  /** Short slug of the problem type, e.g. `validation`; documented on the landing page. */
  type: string;
  title: string;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
  [extension: string]: unknown;
}

/** Thrown anywhere in a handler; the error handler turns it into problem+json. */
export class ProblemError extends Error {
  constructor(readonly problem: ProblemInit) {
    super(problem.detail ?? problem.title);
  }
}

export const problemTypeUri = (slug: string) => `/problems/${slug}`;

export function problemResponse(c: Context<AppEnv>, init: ProblemInit): Response {
  const { status, type, headers, ...rest } = init;
  const body = { type: problemTypeUri(type), status, ...rest, instance: c.req.path, requestId: c.get('requestId') };
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
    ...headers,
  });
}

export const notFound = notFoundError;

/** Each kind of refusal has one status, and a problem type unless the service names a narrower one. */
const REFUSALS = [
  { kind: NotFound, status: 404, type: 'not-found' },
  { kind: Invalid, status: 400, type: 'validation' },
  { kind: RuleViolation, status: 422, type: 'rules' },
  { kind: Conflict, status: 409, type: 'conflict' },
  { kind: PreconditionFailed, status: 412, type: 'precondition-failed' },
] as const;

/** A service's refusal as the problem the API answers. */
export function problemOf(error: DomainError): ProblemInit {
  const refusal = REFUSALS.find(({ kind }) => error instanceof kind);
  const { type, detail, errors, facts, retryAfterSeconds } = error.details;
  return {
    status: refusal?.status ?? 500,
    type: type ?? refusal?.type ?? 'internal',
    title: error.title,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
    ...facts,
    ...(retryAfterSeconds === undefined ? {} : { headers: { 'Retry-After': String(retryAfterSeconds) } }),
  };
}

/** zod issues → field errors with dotted paths. */
export function fieldErrorsFrom(issues: ReadonlyArray<{ path: PropertyKey[]; code: string; message: string }>): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
    message: issue.message,
  }));
}

/** The validation hook of every route: a failed parse becomes a 400 naming each field. */
export function validationHook(
  result: { success: true } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; code: string; message: string }> } },
  c: Context<AppEnv>,
  target?: string,
) {
  if (result.success) return undefined;
  const where = target === 'json' ? 'body' : target === 'query' ? 'query parameters' : target === 'param' ? 'path' : 'request';
  return problemResponse(c, {
    status: 400,
    type: 'validation',
    title: 'The request is invalid',
    detail: `Some ${where} values are missing or malformed; see \`errors\`.`,
    errors: fieldErrorsFrom(result.error.issues),
  });
}

/** The app's error handler: known problems as they are, anything else as a bare 500. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ProblemError) return problemResponse(c, error.problem);
  if (error instanceof DomainError) return problemResponse(c, problemOf(error));
  if (error instanceof HTTPException) {
    const status = error.status;
    const malformedBody = status === 400 && /json/i.test(error.message);
    return problemResponse(c, {
      status,
      type: malformedBody ? 'malformed-body' : 'http',
      title: malformedBody ? 'The body is not valid JSON' : error.message || 'Request failed',
      ...(malformedBody ? { detail: 'Send a JSON object with Content-Type: application/json.' } : {}),
    });
  }
  console.error(`[${c.get('requestId') ?? '-'}] ${c.req.method} ${c.req.path}:`, error);
  return problemResponse(c, {
    status: 500,
    type: 'internal',
    title: 'Internal server error',
    detail: 'Something went wrong on our side. Try again later; quote the requestId if you contact the office.',
  });
}
