/** What an SDK error means for a screen: throttled (with the wait), a status, or no connection. */
import { ApiError } from '@teilhabe/sdk';

export interface ErrorMeaning {
  status: number;
  /** Milliseconds to wait, for a 429. */
  waitMs?: number;
  fieldErrors: Array<{ path: string; message: string }>;
}

export function meaningOf(error: unknown): ErrorMeaning {
  if (error instanceof ApiError) {
    return {
      status: error.status,
      ...(error.status === 429 ? { waitMs: error.retryAfterMs ?? 60_000 } : {}),
      fieldErrors: error.fieldErrors.map((e) => ({ path: e.path, message: e.message })),
    };
  }
  return { status: 0, fieldErrors: [] };
}
