import type { ListResponse } from '@teilhabe/sdk';
import type { FetchController } from './fetch-controller.js';

/** Fetches one page of a list: the first without a cursor, the next with the cursor of the last. */
export type PageFetch<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<ListResponse<T>>;

/**
 * A list loaded page by page, "show more" at the end: a new search replaces
 * the items (and aborts a "show more" still on its way), "show more" appends
 * the next page. `list` and `more` are the widget's fetch controllers, so both
 * get the chassis' retry when the browser is back online.
 */
export class PagedList<T> {
  items: T[] = [];
  meta: ListResponse<T>['meta'] | undefined;
  private fetchPage: PageFetch<T> | undefined;

  constructor(
    readonly list: FetchController<ListResponse<T>>,
    readonly more: FetchController<ListResponse<T>>,
  ) {}

  /** Loads the first page; `fetchPage` also serves the following ones. */
  async search(fetchPage: PageFetch<T>): Promise<void> {
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
}
