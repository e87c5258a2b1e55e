import type { ListResponse } from '@teilhabe/sdk';
import type { FetchController } from './fetch-controller.js';

/** What a page needs to be chained: its items and the cursor of the next one. */
export interface Page<T> {
  data: T[];
  meta: { nextCursor: string | null };
}

/** Fetches one page of a list: the first without a cursor, the next with the cursor of the last. */
export type PageFetch<T, R extends Page<T> = ListResponse<T>> = (cursor: string | undefined, signal: AbortSignal) => Promise<R>;

/**
 * A list loaded page by page, "show more" at the end: a new search replaces
 * the items (and aborts a "show more" still on its way), "show more" appends
 * the next page. `list` and `more` are the widget's fetch controllers, so both
 * get the chassis' retry when the browser is back online.
 */
export class PagedList<T, R extends Page<T> = ListResponse<T>> {
  items: T[] = [];
  /** The `meta` of the last page loaded. */
  meta: R['meta'] | undefined;
  private fetchPage: PageFetch<T, R> | undefined;

  constructor(
    readonly list: FetchController<R>,
    readonly more: FetchController<R>,
  ) {}

  /** Loads the first page; `fetchPage` also serves the following ones. */
  async search(fetchPage: PageFetch<T, R>): Promise<void> {
    this.more.abort();
    this.fetchPage = fetchPage;
    await this.list.run(async (signal) => {
      const page = await fetchPage(undefined, signal);
      signal.throwIfAborted();
      this.items = page.data;
      this.meta = page.meta;
      return page;
    });
  }

  /** Appends the next page. Resolves with the index of the first new item, or `undefined` when nothing came. */
  async loadMore(): Promise<number | undefined> {
    const cursor = this.meta?.nextCursor;
    const fetchPage = this.fetchPage;
    if (!cursor || !fetchPage) return undefined;
    const firstNew = this.items.length;
    await this.more.run(async (signal) => {
      const page = await fetchPage(cursor, signal);
      signal.throwIfAborted();
      this.items = [...this.items, ...page.data];
      this.meta = page.meta;
      return page;
    });
    return this.more.status === 'success' && this.items.length > firstNew ? firstNew : undefined;
  }

  /** Forgets every page and stops what is on its way. */
  clear(): void {
    this.list.abort();
    this.more.abort();
    this.items = [];
    this.meta = undefined;
    this.fetchPage = undefined;
    for (const fetcher of [this.list, this.more]) {
      fetcher.value = undefined;
      fetcher.status = 'idle';
    }
  }
}
