import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { activeUiLocale } from '../localization/index.js';
import { debounce } from '../shared/debounce.js';
import type { ActiveFilter } from '../shared/filter-chips.js';
import { withCodeChecked } from '../shared/filter-selection.js';
import type { PagedList, PageFetch } from '../shared/paged-list.js';
import { emptyBrowseFilters, type BrowseFilters, type BrowseKey, type DeadlineFilter } from './browse-view.js';
import { programCountText, programQuery, type BrowseCodes } from './browse-state.js';
import type { FundingApi, FundingProgramSummary, ListResponse } from './funding-api.js';

type FundingListQuery = Parameters<FundingApi['listPrograms']>[0];

export interface BrowseOptions {
  presets: () => BrowseCodes;
  /** One page of programmes for a query, or `undefined` while the widget has no data client. */
  source: () => ((query: FundingListQuery, signal: AbortSignal) => Promise<ListResponse<FundingProgramSummary>>) | undefined;
  announce: (text: string) => void;
  /** Focus once the target is drawn. */
  focus: (selector: string) => void;
  /** The search or the filters changed: the URL follows (`push`: a history entry the back button undoes; typing replaces it). */
  onChange: (push: boolean) => void;
}

/**
 * Browse mode: the reader's search, filters and deadline, and the list of
 * programmes they select, page by page. Each change searches at once;
 * typing waits for a pause.
 */
export class BrowseController implements ReactiveController {
  filters: BrowseFilters = emptyBrowseFilters();
  /** "Link kopieren" worked: the button says so. */
  copied = false;
  /** The list must be searched again (inputs, locale or URL changed) before browse mode shows it. */
  stale = true;
  private readonly typed = debounce(() => this.changed(false), 250);

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly programs: PagedList<FundingProgramSummary>,
    private readonly options: BrowseOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.typed.cancel();
  }

  async search(): Promise<void> {
    const source = this.options.source();
    if (!source) return;
    const fetchPage: PageFetch<FundingProgramSummary> = (cursor, signal) => source(programQuery(this.options.presets(), this.filters, cursor), signal);
    await this.programs.search(fetchPage);
    this.options.announce(
      this.programs.list.status === 'success' ? programCountText(this.programs.meta?.total ?? 0, activeUiLocale()) : msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' }),
    );
  }

  /** The next page; focus goes to its first programme. */
  async loadMore(): Promise<void> {
    const firstNew = await this.programs.loadMore();
    const next = firstNew === undefined ? undefined : this.programs.items[firstNew];
    if (next) this.options.focus(`[data-open="${CSS.escape(next.id)}"]`);
  }

  /** Copies the link to this selection; where the clipboard is refused, the address is selected to copy by hand. */
  async copyLink(url: string, field: () => HTMLInputElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copied = true;
      this.host.requestUpdate();
      this.options.announce(msg('Der Link ist kopiert.', { id: 'funding.share.copied' }));
    } catch {
      field()?.select();
    }
  }

  input(q: string): void {
    this.set({ ...this.filters, q });
    this.typed();
  }

  toggle(key: BrowseKey, code: string, checked: boolean): void {
    this.set({ ...this.filters, codes: { ...this.filters.codes, [key]: withCodeChecked(this.filters.codes[key], code, checked) } });
    this.changed(true);
  }

  setDeadline(deadline: DeadlineFilter): void {
    this.set({ ...this.filters, deadline });
    this.changed(true);
  }

  /** A chip was activated: its filter goes, focus stays on the chips or the search field. */
  remove(filter: ActiveFilter): void {
    if (filter.key === 'deadline') this.setDeadline('');
    else this.toggle(filter.key as BrowseKey, filter.code, false);
    this.options.focus('.chip, input[type="search"]');
  }

  clear(): void {
    this.set(emptyBrowseFilters());
    this.changed(true);
    this.options.focus('input[type="search"]');
  }

  /** The filters of a URL (connect or the back button): searched at the next render in browse mode. */
  restore(filters: BrowseFilters): void {
    this.filters = filters;
    this.stale = true;
  }

  private set(filters: BrowseFilters): void {
    this.filters = filters;
    this.host.requestUpdate();
  }

  private changed(push: boolean): void {
    this.typed.cancel();
    this.options.onChange(push);
    void this.search();
  }
}
