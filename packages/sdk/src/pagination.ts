/**
 * `for await` over every record of a list, page by page along
 * `meta.nextCursor`. A cap (default 1,000 records) keeps a forgotten `break`
 * or a very large tenant from pulling the whole database into a browser tab.
 */
import { ResponseFormatError } from './errors.js';
import type { CallOptions } from './transport.js';
import type { ListResponse } from './types.js';

/** Options of the `iterate()` methods. */
export interface IterateOptions extends CallOptions {
  /** Stop after this many records. Default 1,000. */
  max?: number;
}

export const DEFAULT_ITERATE_MAX = 1_000;
/** The API's largest page; fewer round trips when the caller did not choose a page size. */
export const ITERATE_PAGE_SIZE = 100;

/**
 * Yields the records of every page that `loadPage` fetches, starting without
 * a cursor. Fails with a ResponseFormatError if the server repeats a cursor
 * (it would otherwise loop forever on empty pages).
 */
export async function* paginate<T>(
  loadPage: (cursor: string | undefined) => Promise<ListResponse<T>>,
  max: number = DEFAULT_ITERATE_MAX,
): AsyncGenerator<T, void, undefined> {
  if (!(max > 0)) return;
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  let yielded = 0;
  for (;;) {
    const page = await loadPage(cursor);
    for (const item of page.data) {
      yield item;
      if (++yielded >= max) return;
    }
    const next = page.meta.nextCursor;
    if (!next) return;
    if (seenCursors.has(next)) {
      throw new ResponseFormatError({ status: 200, method: 'GET', url: '', reason: `the server repeated the cursor "${next}"` });
    }
    seenCursors.add(next);
    cursor = next;
  }
}
