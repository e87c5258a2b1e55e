/**
 * Request bodies are bounded before anything parses them: a 10 MB JSON body
 * would otherwise cost seconds of CPU. Too big is a 413 problem.
 */
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { problemResponse } from './problem.js';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** `MAX_BODY_BYTES` from the environment, or the default; a value that is no positive whole number stops the start. */
export function maxBodyBytesFromEnvironment(value = process.env.MAX_BODY_BYTES): number {
  if (value === undefined || value.trim() === '') return DEFAULT_MAX_BODY_BYTES;
  const bytes = Number(value);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new Error(`MAX_BODY_BYTES must be a positive whole number of bytes, e.g. 1048576; it is "${value}".`);
  }
  return bytes;
}

export function requestBodyLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      problemResponse(c, {
        status: 413,
        type: 'body-too-large',
        title: 'The request body is too large',
        detail: `A request body may have at most ${maxBytes} bytes.`,
        maxBytes,
      }),
  });
}
