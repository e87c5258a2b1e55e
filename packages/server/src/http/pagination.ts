/** Opaque cursors over an offset: stable enough for relevance-ranked search results. */
import { ProblemError } from './problem.js';

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0 && o <= 1_000_000) return o;
  } catch {
    // handled below
  }
  throw new ProblemError({
    status: 400,
    type: 'validation',
    title: 'The request is invalid',
    errors: [{ path: 'cursor', code: 'invalid_cursor', message: 'Use the `meta.nextCursor` of a previous page.' }],
  });
}

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function nextCursor(offset: number, pageSize: number, total: number): string | null {
  const next = offset + pageSize;
  return next < total ? encodeCursor(next) : null;
}
