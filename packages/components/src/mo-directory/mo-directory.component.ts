import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { activeUiLocale, directionOf, type UiLocale } from '../localization/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { widgetFrameStyles } from '../shared/widget-frame.styles.js';
import { filterPanelStyles } from '../shared/filter-panel.styles.js';
import { resultCardStyles } from '../shared/result-card.styles.js';
import { factsStyles } from '../shared/facts.styles.js';
import { detailDialogStyles } from '../shared/detail-dialog.styles.js';
import { debounce } from '../shared/debounce.js';
import {
  createDirectoryApi,
  type DirectoryApi,
  type DirectoryTaxonomy,
  type ListResponse,
  type Organization,
  type OrganizationSummary,
} from '../shared/directory-api.js';
import { FetchController } from '../shared/fetch-controller.js';
import { filterChips, focusNextChipOrSearch, type ActiveFilter } from '../shared/filter-chips.js';
import { withCodeChecked } from '../shared/filter-selection.js';
import { formatNumber, pluralCategory } from '../shared/format.js';
import { LocaleController } from '../shared/locale-controller.js';
import { searchField } from '../shared/search-field.js';
import { emptyState, errorState, skeleton } from '../shared/status.js';
import { loadTaxonomyLabels, TaxonomyLabels } from '../shared/taxonomy-labels.js';
import { readUrlState, writeUrlState } from '../shared/url-state.js';
import { tokens } from '../theme/tokens.styles.js';
import { directoryFilters, filterName } from './directory-filters.js';
import { FILTER_KEYS, TAXONOMY_OF, emptyFilters, parseCodes, type FilterKey } from './directory-state.js';
import { organizationCard } from './organization-card.js';
import { organizationDetail } from './organization-detail.js';
import { directoryStyles } from './mo-directory.styles.js';

const TAXONOMIES: DirectoryTaxonomy[] = ['topics', 'organization-types', 'offers', 'areas'];
const URL_KEYS = ['q', ...FILTER_KEYS, 'org'] as const;

/** Detail of `tk-select`: the organisation the reader chose to open. */
export interface SelectEventDetail {
  id: string;
  name: string;
}
/** Detail of `tk-navigate`: moving from one organisation to a related one in the detail view. */
export interface NavigateEventDetail {
  id: string;
  from: string;
}
/** Detail of `tk-filter-change`: the search and filters now applied. */
export interface FilterChangeEventDetail {
  q: string;
  filters: Record<FilterKey, string[]>;
}

/**
 * @summary A searchable directory of the migrant organisations of a municipality or district.
 *
 * @attr api-base - Base URL of the Teilhabe-Kit data API, e.g. `https://daten.musterkreis.de`; a relative URL such as `/` is resolved against the page.
 * @attr tenant - The municipality or district whose organisations are shown, e.g. `musterkreis`.
 * @attr locale - UI and content language (`de`, `en`, `tr`, `ar`, `uk`, `ru`, `fa`). Defaults to the closest `lang` on the page, else `de`.
 * @attr topic - Preset: only organisations with one of these topic codes (comma-separated). Its filter is hidden.
 * @attr area - Preset: only organisations serving one of these areas (comma-separated).
 * @attr type - Preset: only organisations of one of these types (comma-separated).
 * @attr language - Preset: only organisations speaking one of these languages (ISO codes, comma-separated).
 * @attr page-size - Organisations per page, 1–100 (default 20).
 * @attr view - `list` (cards with description) or `compact` (name, place and languages only).
 * @attr url-state - `query` (default) reflects search, filters and the open organisation in the page URL; `none` leaves the URL alone.
 * @attr url-prefix - Prefix of the URL parameters (default `tk-`), e.g. `?tk-topic=youth-education`.
 * @attr map-url - Template of a map-service link for addresses, with `{address}`, e.g. `https://www.openstreetmap.org/search?query={address}`. No link without it.
 * @attr heading-level - Level of the widget's headings (default 2; cards use one level below).
 *
 * @fires tk-select - The reader opens an organisation. `detail: { id, name }`. Cancelable: call `preventDefault()` to show your own page instead of the dialog.
 * @fires tk-navigate - The reader moves to an umbrella or member organisation in the detail view. `detail: { id, from }`. Cancelable.
 * @fires tk-filter-change - Search or filters changed. `detail: { q, filters }`.
 *
 * @slot heading - Replaces the default heading ("Migrantenorganisationen finden").
 * @slot intro - Text below the heading, e.g. how the office keeps the list up to date.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart search - The search field with label and hint.
 * @csspart search-input - The search input.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One filter (a disclosure).
 * @csspart chips - The active filters.
 * @csspart chip - One removable active filter.
 * @csspart status - The announced result count.
 * @csspart list - The list of results.
 * @csspart card - One result.
 * @csspart card-title - The button with an organisation's name.
 * @csspart more - The "show more" button.
 * @csspart dialog - The detail dialog.
 * @csspart state - Empty, error and offline messages.
 * @csspart button - Buttons.
 * @csspart fallback-hint - The hint on a text shown in another language.
 *
 * @cssprop --tk-color-primary - Buttons, chips' borders, links (default #0a4f96).
 * @cssprop --tk-color-text - Body text (default #1b1b1b).
 * @cssprop --tk-color-text-muted - Hints and meta text (default #4d4d4d).
 * @cssprop --tk-color-background - Cards and dialog (default #ffffff).
 * @cssprop --tk-color-surface - Panels and states (default #f4f5f7).
 * @cssprop --tk-color-border - Form controls (default #757575).
 * @cssprop --tk-color-link - Links (default #0a4f96).
 * @cssprop --tk-color-danger - Error accents (default #a4161a).
 * @cssprop --tk-focus-color - The focus ring (default #0a4f96).
 * @cssprop --tk-font-family - Font of the widget (default: the system font).
 * @cssprop --tk-radius - Corner radius of controls (default 0.375rem).
 * @cssprop --tk-space-m - The base spacing (default 1rem).
 */
@localized()
export class TkMoDirectory extends LitElement {
  static override styles = [tokens, baseStyles, widgetFrameStyles, filterPanelStyles, resultCardStyles, factsStyles, detailDialogStyles, directoryStyles];

  /** Base URL of the data API. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Tenant id (municipality or district). */
  @property() tenant = '';
  /** UI and content language; empty = the closest `lang` on the page. */
  @property() locale: string | undefined;
  /** Preset topic codes (comma-separated). */
  @property() topic = '';
  /** Preset area codes (comma-separated). */
  @property() area = '';
  /** Preset organisation type codes (comma-separated). */
  @property() type = '';
  /** Preset language codes (comma-separated). */
  @property() language = '';
  /** Organisations per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** `list` or `compact`. */
  @property() view: 'list' | 'compact' = 'list';
  /** `query` reflects the state in the URL; `none` does not. */
  @property({ attribute: 'url-state' }) urlState: 'query' | 'none' = 'query';
  /** Prefix of the URL parameters. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'tk-';
  /** Map-service URL template with `{address}`. */
  @property({ attribute: 'map-url' }) mapUrl: string | undefined;
  /** Heading level of the widget's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The data calls; by default the SDK for `api-base` and `tenant`. Set it to share a client or to test. */
  @property({ attribute: false }) api: DirectoryApi | undefined;

  @state() private searchText = '';
  @state() private filters = emptyFilters();
  @state() private items: OrganizationSummary[] = [];
  @state() private page: ListResponse<OrganizationSummary>['meta'] | undefined;
  @state() private labels = new TaxonomyLabels('de');
  @state() private openId: string | undefined;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  private readonly localeController = new LocaleController(this, () => this.onLocaleChange());
  private readonly list = new FetchController<ListResponse<OrganizationSummary>>(this);
  private readonly more = new FetchController<ListResponse<OrganizationSummary>>(this);
  private readonly detail = new FetchController<Organization>(this);
  private searchPending = true;
  private defaultApi: DirectoryApi | undefined;
  private opener: string | undefined;
  private focusAfterMore: number | undefined;
  private readonly debouncedSearch = debounce(() => this.applySearch(), 250);

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoreFromUrl();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('online', this.onOnline);
    this.debouncedSearch.cancel();
  }

  /** Starts a new search from the first page. */
  refresh(): void {
    this.searchPending = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['apiBase', 'tenant', 'api', 'topic', 'area', 'type', 'language', 'pageSize'] as const;
    if (inputs.some((name) => changed.has(name))) {
      if (changed.has('apiBase') || changed.has('tenant')) this.defaultApi = undefined;
      this.searchPending = true;
    }
    if (this.searchPending && this.client()) {
      this.searchPending = false;
      void this.search();
    }
  }

  protected override updated(): void {
    if (this.focusAfterMore !== undefined) {
      const index = this.focusAfterMore;
      this.focusAfterMore = undefined;
      this.renderRoot.querySelectorAll<HTMLElement>('.card-open')[index]?.focus();
    }
  }

  private client(): DirectoryApi | undefined {
    if (this.api) return this.api;
    if (!this.apiBase || !this.tenant) return undefined;
    // A relative `api-base` (e.g. "/") means the page's own origin.
    this.defaultApi ??= createDirectoryApi(new URL(this.apiBase, document.baseURI).href.replace(/\/$/, ''), this.tenant);
    return this.defaultApi;
  }

  private get contentLocale(): UiLocale {
    return this.localeController.locale;
  }

  private presets(): Record<FilterKey, string[]> {
    return { ...emptyFilters(), topic: parseCodes(this.topic), area: parseCodes(this.area), type: parseCodes(this.type), language: parseCodes(this.language) };
  }

  private queryFor(cursor?: string) {
    const presets = this.presets();
    const codes = (key: FilterKey) => (presets[key].length > 0 ? presets[key] : this.filters[key]);
    return {
      q: this.searchText.trim() || undefined,
      topic: codes('topic'),
      type: codes('type'),
      language: codes('language'),
      area: codes('area'),
      offer: codes('offer'),
      limit: Math.min(100, Math.max(1, Math.round(this.pageSize) || 20)),
      cursor,
    };
  }

  private async search(): Promise<void> {
    const api = this.client();
    if (!api) return;
    this.more.abort();
    const locale = this.contentLocale;
    await this.list.run(async (signal) => {
      const page = await api.listOrganizations(this.queryFor(), { locale, signal });
      signal.throwIfAborted();
      this.items = page.data;
      this.page = page.meta;
      return page;
    });
  }

  private async loadMore(): Promise<void> {
    const api = this.client();
    const cursor = this.page?.nextCursor;
    if (!api || !cursor) return;
    const locale = this.contentLocale;
    const firstNew = this.items.length;
    await this.more.run(async (signal) => {
      const page = await api.listOrganizations(this.queryFor(cursor), { locale, signal });
      signal.throwIfAborted();
      this.items = [...this.items, ...page.data];
      this.page = page.meta;
      this.focusAfterMore = firstNew;
      return page;
    });
  }

  private async loadTaxonomies(locale: UiLocale): Promise<void> {
    const api = this.client();
    const labels = api ? await loadTaxonomyLabels(locale, TAXONOMIES, (name) => api.getTaxonomy(name, { locale })) : new TaxonomyLabels(locale);
    // Labels of a locale the reader already left are dropped.
    if (locale === this.contentLocale) this.labels = labels;
  }

  private onLocaleChange(): void {
    this.labels = new TaxonomyLabels(this.contentLocale);
    void this.loadTaxonomies(this.contentLocale);
    this.refresh();
    if (this.openId) void this.loadDetail(this.openId, false);
  }

  private onSearchInput(value: string): void {
    this.searchText = value;
    this.debouncedSearch();
  }

  private applySearch(): void {
    this.reflect(false);
    void this.search();
  }

  private toggleFilter(key: FilterKey, code: string, checked: boolean): void {
    this.filters = { ...this.filters, [key]: withCodeChecked(this.filters[key], code, checked) };
    this.filtersChanged();
  }

  private removeFilter(filter: ActiveFilter): void {
    this.toggleFilter(filter.key as FilterKey, filter.code, false);
    void this.updateComplete.then(() => focusNextChipOrSearch(this.renderRoot));
  }

  private clearFilters(): void {
    this.filters = emptyFilters();
    this.searchText = '';
    this.filtersChanged();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input[type="search"]')?.focus());
  }

  private filtersChanged(): void {
    this.debouncedSearch.cancel();
    this.reflect(true);
    void this.search();
  }

  private reflect(push: boolean): void {
    this.dispatchEvent(
      new CustomEvent<FilterChangeEventDetail>('tk-filter-change', {
        detail: { q: this.searchText, filters: this.filters },
        bubbles: true,
        composed: true,
      }),
    );
    if (this.urlState === 'none') return;
    writeUrlState({ q: this.searchText ? [this.searchText] : [], ...this.filters, org: this.openId ? [this.openId] : [] }, this.urlPrefix, push);
  }

  private restoreFromUrl(): void {
    if (this.urlState === 'none') return;
    const saved = readUrlState(URL_KEYS, this.urlPrefix);
    this.searchText = saved['q']?.join(',') ?? '';
    const filters = emptyFilters();
    for (const key of FILTER_KEYS) filters[key] = saved[key] ?? [];
    this.filters = filters;
    const org = saved['org']?.[0];
    if (org !== this.openId) {
      if (org) void this.openDetail(org, undefined, false);
      else this.closeDetail(false);
    }
  }

  private readonly onPopState = () => {
    if (this.urlState === 'none') return;
    this.restoreFromUrl();
    this.refresh();
  };

  private readonly onOnline = () => {
    if (this.list.status === 'offline') void this.list.retry();
    if (this.detail.status === 'offline') void this.detail.retry();
  };

  private selectOrganization(organization: OrganizationSummary, opener: HTMLElement): void {
    const proceed = this.dispatchEvent(
      new CustomEvent<SelectEventDetail>('tk-select', {
        detail: { id: organization.id, name: organization.name },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    if (proceed) void this.openDetail(organization.id, opener.dataset['orgId'], true);
  }

  private navigateTo(id: string): void {
    const proceed = this.dispatchEvent(
      new CustomEvent<NavigateEventDetail>('tk-navigate', {
        detail: { id, from: this.openId ?? '' },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    if (!proceed) return;
    this.openId = id;
    this.reflect(true);
    void this.loadDetail(id, true);
  }

  private async openDetail(id: string, openerId: string | undefined, push: boolean): Promise<void> {
    this.opener = openerId;
    this.openId = id;
    if (push) this.reflect(true);
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
    await this.loadDetail(id, false);
  }

  private async loadDetail(id: string, focusTitle: boolean): Promise<void> {
    const api = this.client();
    if (!api) return;
    const locale = this.contentLocale;
    await this.detail.run((signal) => api.getOrganization(id, { locale, signal }));
    if (focusTitle) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
    }
  }

  private closeDetail(push: boolean): void {
    if (!this.openId) return;
    this.openId = undefined;
    this.detail.abort();
    if (this.dialog?.open) this.dialog.close();
    if (push) this.reflect(true);
    const opener = this.opener
      ? this.renderRoot.querySelector<HTMLElement>(`[data-org-id="${CSS.escape(this.opener)}"]`)
      : null;
    (opener ?? this.renderRoot.querySelector<HTMLElement>('input[type="search"]'))?.focus();
  }

  private activeFilters(): ActiveFilter[] {
    return FILTER_KEYS.flatMap((key) =>
      this.filters[key].map((code) => ({ key, code, ...this.labels.label(TAXONOMY_OF[key], code) })),
    );
  }

  private resultCount(total: number): string {
    const n = formatNumber(total, activeUiLocale());
    switch (pluralCategory(total, activeUiLocale())) {
      case 'zero':
        return msg(str`${n} Organisationen gefunden`, { id: 'results.count.zero' });
      case 'one':
        return msg(str`${n} Organisation gefunden`, { id: 'results.count.one' });
      case 'two':
        return msg(str`${n} Organisationen gefunden`, { id: 'results.count.two' });
      case 'few':
        return msg(str`${n} Organisationen gefunden`, { id: 'results.count.few' });
      case 'many':
        return msg(str`${n} Organisationen gefunden`, { id: 'results.count.many' });
      default:
        return msg(str`${n} Organisationen gefunden`, { id: 'results.count.other' });
    }
  }

  private statusText(): string {
    switch (this.list.status) {
      case 'idle':
      case 'loading':
        return this.page ? this.resultCount(this.page.total) : msg('Organisationen werden geladen …', { id: 'status.loading' });
      case 'offline':
        return msg('Sie sind offline. Die Daten konnten nicht geladen werden.', { id: 'state.offline.title' });
      case 'error':
        return msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' });
      case 'success':
        return this.page?.total === 0 ? msg('Keine Organisation passt zu Ihrer Suche.', { id: 'state.empty.title' }) : this.resultCount(this.page?.total ?? 0);
    }
  }

  private renderResults(): TemplateResult {
    const { status } = this.list;
    if ((status === 'loading' || status === 'idle') && !this.page) return skeleton(Math.min(this.pageSize, 3));
    if (status === 'error' || status === 'offline') return errorState(status === 'offline', () => void this.list.retry());
    if (this.items.length === 0) {
      const hasFilters = this.searchText !== '' || FILTER_KEYS.some((key) => this.filters[key].length > 0);
      return emptyState(hasFilters ? () => this.clearFilters() : undefined);
    }
    const uiLocale = activeUiLocale();
    const context = {
      uiLocale,
      labels: this.labels,
      headingLevel: this.headingLevel + 1,
      compact: this.view === 'compact',
      onOpen: (organization: OrganizationSummary, opener: HTMLElement) => this.selectOrganization(organization, opener),
    };
    const shown = formatNumber(this.items.length, uiLocale);
    const total = formatNumber(this.page?.total ?? this.items.length, uiLocale);
    return html`<ul class="results ${this.view}" part="list" aria-busy=${status === 'loading' ? 'true' : 'false'}>
        ${repeat(this.items, (organization) => organization.id, (organization) => html`<li>${organizationCard(organization, context)}</li>`)}
      </ul>
      ${this.page?.nextCursor
        ? html`<div class="more">
            <p class="hint">${msg(str`${shown} von ${total} angezeigt`, { id: 'results.shown' })}</p>
            <button type="button" class="button secondary" part="more button" @click=${() => void this.loadMore()}>
              ${msg('Weitere Organisationen anzeigen', { id: 'results.more' })}
            </button>
            ${this.more.status === 'error' || this.more.status === 'offline'
              ? html`<p class="hint" role="alert">${msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' })}</p>`
              : nothing}
          </div>`
        : nothing}`;
  }

  private renderDetail(): TemplateResult {
    const { status, value } = this.detail;
    const body =
      status === 'error' || status === 'offline'
        ? errorState(status === 'offline', () => void this.detail.retry())
        : status === 'success' && value
          ? organizationDetail(value, {
              uiLocale: activeUiLocale(),
              labels: this.labels,
              mapUrlTemplate: this.mapUrl,
              onNavigate: (id) => this.navigateTo(id),
            })
          : html`<h2 id="detail-title" class="detail-title" tabindex="-1">${msg('Organisation wird geladen …', { id: 'detail.loading' })}</h2>
              ${skeleton(1)}`;
    return html`<dialog
      part="dialog"
      class="detail"
      aria-labelledby="detail-title"
      lang=${this.contentLocale}
      dir=${directionOf(this.contentLocale)}
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.closeDetail(true);
      }}
    >
      <div class="dialog-bar">
        <button type="button" class="button secondary close" part="close button" @click=${() => this.closeDetail(true)}>
          <span aria-hidden="true">×</span> ${msg('Schließen', { id: 'detail.close' })}
        </button>
      </div>
      <div class="dialog-body" aria-busy=${status === 'loading' ? 'true' : 'false'}>${this.openId ? body : nothing}</div>
    </dialog>`;
  }

  protected override render(): TemplateResult {
    const uiLocale = activeUiLocale();
    const presets = this.presets();
    const filterKeys = FILTER_KEYS.filter((key) => presets[key].length === 0);
    return html`<div part="base" class="base" lang=${uiLocale} dir=${directionOf(uiLocale)}>
      <header class="header">
        <div role="heading" aria-level=${this.headingLevel} class="title">
          <slot name="heading">${msg('Migrantenorganisationen finden', { id: 'directory.title' })}</slot>
        </div>
        <slot name="intro"></slot>
      </header>
      <search class="controls" aria-label=${msg('Organisationen durchsuchen', { id: 'directory.search-region' })}>
        ${searchField({
          id: 'search',
          label: msg('Suchbegriff', { id: 'search.label' }),
          hint: msg('Zum Beispiel ein Name, eine Sprache oder ein Angebot wie Hausaufgabenhilfe.', { id: 'search.hint' }),
          value: this.searchText,
          onInput: (value) => this.onSearchInput(value),
        })}
        ${filterKeys.length > 0
          ? html`<div class="filter-panel">
              <p class="label" id="filters-title">${msg('Ergebnisse eingrenzen', { id: 'filters.title' })}</p>
              ${directoryFilters({
                uiLocale,
                labels: this.labels,
                keys: filterKeys,
                selected: this.filters,
                facets: this.page?.facets,
                onToggle: (key, code, checked) => this.toggleFilter(key, code, checked),
              })}
            </div>`
          : nothing}
      </search>
      ${filterChips(this.activeFilters(), (filter) => this.removeFilter(filter), () => this.clearFilters())}
      <p class="status" part="status" role="status" aria-live="polite">${this.statusText()}</p>
      <div class="results-area" lang=${this.contentLocale} dir=${directionOf(this.contentLocale)}>${this.renderResults()}</div>
      ${this.renderDetail()}
    </div>`;
  }
}

/** Kept for the filter names in messages and tests. */
export { filterName };
