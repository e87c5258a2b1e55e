import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg } from '@lit/localize';
import { activeUiLocale, directionOf } from '../localization/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { widgetFrameStyles } from '../shared/widget-frame.styles.js';
import { filterPanelStyles } from '../shared/filter-panel.styles.js';
import { resultCardStyles } from '../shared/result-card.styles.js';
import { factsStyles } from '../shared/facts.styles.js';
import { detailDialogStyles } from '../shared/detail-dialog.styles.js';
import { parseCodes } from '../shared/codes.js';
import { DetailDialogController, detailDialog } from '../shared/detail-dialog.js';
import { filterChips, type ActiveFilter } from '../shared/filter-chips.js';
import { plural } from '../shared/plural.js';
import { SearchFiltersController } from '../shared/search-filters.js';
import { searchField } from '../shared/search-field.js';
import { NarrowController } from '../shared/narrow-controller.js';
import { PagedList } from '../shared/paged-list.js';
import { showMore } from '../shared/show-more.js';
import { clearFiltersAction, emptyState, errorState, loadStatusText, skeleton } from '../shared/status.js';
import { UrlStateController } from '../shared/url-state-controller.js';
import type { FilterState } from '../shared/url-state.js';
import { WidgetElement } from '../shared/widget-element.js';
import type { NavigateEventDetail } from '../shared/widget-events.js';
import { tokens } from '../theme/tokens.styles.js';
import { createDirectoryApi, type DirectoryApi, type DirectoryTaxonomy, type ListResponse, type Organization, type OrganizationSummary } from './directory-api.js';
import { FILTER_KEYS, TAXONOMY_OF, directoryFilters, type FilterKey } from './directory-filters.js';
import { organizationCard } from './organization-card.js';
import { organizationDetail } from './organization-detail.js';
import { directoryStyles } from './mo-directory.styles.js';

const URL_KEYS = ['q', ...FILTER_KEYS, 'org'] as const;


/** Below this width (px) the widget draws fewer cards at a time: in a sidebar each card is tall. */
const NARROW = 480;
const NARROW_PAGE = 8;
/** Detail of `tk-select`: the organisation the reader chose to open. */
export interface SelectEventDetail {
  id: string;
  name: string;
}
export type { NavigateEventDetail };
/** Detail of `tk-filter-change`: the search and filters now applied. */
export interface FilterChangeEventDetail {
  q: string;
  filters: Record<FilterKey, string[]>;
}

interface DirectoryEvents {
  [name: string]: unknown;
  'tk-select': SelectEventDetail;
  'tk-navigate': NavigateEventDetail;
  'tk-filter-change': FilterChangeEventDetail;
}

/**
 * @summary A searchable directory of the migrant organisations of a municipality or district.
 *
 * The attributes every widget has (`api-base`, `tenant`, `locale`, `heading-level`, `url-state`, `url-prefix`) are documented on `WidgetElement` (shared/widget-element.ts); `url-state` here covers search, filters and the open organisation.
 *
 * @attr topic - Preset: only organisations with one of these topic codes (comma-separated). Its filter is hidden.
 * @attr area - Preset: only organisations serving one of these areas (comma-separated).
 * @attr type - Preset: only organisations of one of these types (comma-separated).
 * @attr language - Preset: only organisations speaking one of these languages (ISO codes, comma-separated).
 * @attr page-size - Organisations per page, 1–100 (default 20).
 * @attr view - `list` (cards with description) or `compact` (name, place and languages only).
 * @attr map-url - Template of a map-service link for addresses, with `{address}`, e.g. `https://www.openstreetmap.org/search?query={address}`. No link without it.
 *
 * @fires tk-select - The reader opens an organisation. `detail: { id, name }`. Cancelable: call `preventDefault()` to show your own page instead of the dialog.
 * @fires tk-navigate - The reader moves to an umbrella or member organisation in the detail view. `detail: { id, name, from }` (`from`: the organisation left). Cancelable.
 * @fires tk-filter-change - Search or filters changed (only then). `detail: { q, filters }`.
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
 */
@localized()
export class TkMoDirectory extends WidgetElement<DirectoryApi, DirectoryEvents> {
  static override styles = [tokens, baseStyles, widgetFrameStyles, filterPanelStyles, resultCardStyles, factsStyles, detailDialogStyles, directoryStyles];

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
  /** Cards drawn in a narrow widget; the rest of the loaded page waits behind "Weitere Organisationen anzeigen". */
  @state() private narrowDrawn = NARROW_PAGE;
  private readonly width = new NarrowController(this, NARROW);
  /** `list` or `compact`. */
  @property() view: 'list' | 'compact' = 'list';
  /** Map-service URL template with `{address}`. */
  @property({ attribute: 'map-url' }) mapUrl: string | undefined;

  @state() private openId: string | undefined;

  protected readonly taxonomies: readonly DirectoryTaxonomy[] = ['topics', 'organization-types', 'offers', 'areas'];
  private readonly query = new SearchFiltersController(this, FILTER_KEYS, {
    delay: 250,
    focus: this.focusAfterUpdate,
    onChange: (typing) => {
      this.changed(!typing);
      void this.search();
    },
  });
  private readonly url = new UrlStateController(this, URL_KEYS, (saved) => this.restore(saved), { afterPopState: () => this.refresh() });
  private readonly dialog = new DetailDialogController(this);
  private readonly organizations = new PagedList<OrganizationSummary>(this.fetcher<ListResponse<OrganizationSummary>>(), this.fetcher<ListResponse<OrganizationSummary>>());
  private readonly detail = this.fetcher<Organization>();
  private searchPending = true;

  protected createApi(baseUrl: string, tenant: string): DirectoryApi {
    return createDirectoryApi(baseUrl, tenant);
  }

  /** Starts a new search from the first page. */
  refresh(): void {
    this.searchPending = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = ['apiBase', 'tenant', 'api', 'topic', 'area', 'type', 'language', 'pageSize'] as const;
    if (inputs.some((name) => changed.has(name))) this.searchPending = true;
    if (this.searchPending && this.client()) {
      this.searchPending = false;
      void this.search();
    }
  }

  private presets(): Record<FilterKey, string[]> {
    return { ...this.query.selection.empty(), topic: parseCodes(this.topic), area: parseCodes(this.area), type: parseCodes(this.type), language: parseCodes(this.language) };
  }

  private queryFor(cursor?: string) {
    const presets = this.presets();
    const codes = (key: FilterKey) => (presets[key].length > 0 ? presets[key] : this.query.selected[key]);
    return {
      q: this.query.text.trim() || undefined,
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
    const locale = this.contentLocale;
    this.narrowDrawn = NARROW_PAGE;
    await this.organizations.search((cursor, signal) => api.listOrganizations(this.queryFor(cursor), { locale, signal }));
  }

  /** The loaded organisations that are drawn: all of them, or in a narrow widget the first `narrowDrawn`. */
  private drawnOrganizations(): OrganizationSummary[] {
    return this.width.narrow ? this.organizations.items.slice(0, this.narrowDrawn) : this.organizations.items;
  }

  /** "Weitere Organisationen anzeigen": draws more of the loaded page and loads the next one when that runs out; focus goes to the first new card. */
  private async showMoreOrganizations(): Promise<void> {
    const drawn = this.drawnOrganizations().length;
    this.narrowDrawn = drawn + NARROW_PAGE;
    const needsPage = this.width.narrow ? this.narrowDrawn > this.organizations.items.length : true;
    if (needsPage && this.organizations.meta?.nextCursor && (await this.organizations.loadMore()) === undefined) return;
    this.focusAfterUpdate.request(() => this.renderRoot.querySelectorAll<HTMLElement>('.card-open')[drawn]);
  }

  protected localeChanged(): void {
    this.refresh();
    if (this.openId) void this.loadDetail(this.openId, false);
  }

  /** The search or the filters changed: the URL follows and the page hears of it. */
  private changed(push: boolean): void {
    this.writeUrl(push);
    this.emit('tk-filter-change', { q: this.query.text, filters: this.query.selected });
  }

  private writeUrl(push: boolean): void {
    this.url.write({ ...this.query.urlState(), org: this.openId ? [this.openId] : [] }, push);
  }

  private restore(saved: FilterState): void {
    this.query.restore(saved);
    const org = saved['org']?.[0];
    if (org !== this.openId) {
      if (org) void this.openDetail(org, undefined, false);
      else this.closeDetail(false);
    }
  }

  private selectOrganization(organization: OrganizationSummary, opener: HTMLElement): void {
    if (this.emit('tk-select', { id: organization.id, name: organization.name }, { cancelable: true })) void this.openDetail(organization.id, opener.dataset['orgId'], true);
  }

  private navigateTo(id: string, name: string): void {
    if (!this.emit('tk-navigate', { id, name, from: this.openId ?? '' }, { cancelable: true })) return;
    this.openId = id;
    this.writeUrl(true);
    void this.loadDetail(id, true);
  }

  private async openDetail(id: string, openerId: string | undefined, push: boolean): Promise<void> {
    this.openId = id;
    if (push) this.writeUrl(true);
    await this.dialog.show(openerId ? () => this.$(`[data-org-id="${CSS.escape(openerId)}"]`) : undefined);
    await this.loadDetail(id, false);
  }

  private async loadDetail(id: string, focusTitle: boolean): Promise<void> {
    const api = this.client();
    if (!api) return;
    const locale = this.contentLocale;
    await this.detail.run((signal) => api.getOrganization(id, { locale, signal }));
    if (focusTitle) this.focusAfterUpdate.request('#detail-title');
  }

  private closeDetail(push: boolean): void {
    if (!this.openId) return;
    this.openId = undefined;
    this.detail.abort();
    if (push) this.writeUrl(true);
    this.dialog.close(() => this.$('input[type="search"]'));
  }

  private activeFilters(): ActiveFilter[] {
    return this.query.selection.active((key, code) => this.labels.label(TAXONOMY_OF[key], code));
  }

  private resultCount(total: number): string {
    return plural(total, activeUiLocale(), msg('one {# Organisation gefunden} other {# Organisationen gefunden}', { id: 'results.count' }));
  }

  private statusText(): string {
    const meta = this.organizations.meta;
    return loadStatusText(this.organizations.list.status, {
      // A search after the first keeps the last count on the line until the new one arrives.
      loading: () => (meta ? this.resultCount(meta.total) : msg('Organisationen werden geladen …', { id: 'status.loading' })),
      success: () => (meta?.total === 0 ? msg('Keine Organisation passt zu Ihrer Suche.', { id: 'state.empty.title' }) : this.resultCount(meta?.total ?? 0)),
    });
  }

  private renderResults(): TemplateResult {
    const { status } = this.organizations.list;
    if ((status === 'loading' || status === 'idle') && !this.organizations.meta) return skeleton(Math.min(this.pageSize, 3));
    if (status === 'error' || status === 'offline') return errorState(status === 'offline', () => void this.organizations.list.retry());
    if (this.organizations.items.length === 0) {
      const hasFilters = this.query.hasAny();
      return emptyState({
        title: msg('Keine Organisation passt zu Ihrer Suche.', { id: 'state.empty.title' }),
        hint: hasFilters
          ? msg('Ändern Sie den Suchbegriff oder entfernen Sie Filter.', { id: 'state.empty.hint' })
          : msg('Versuchen Sie einen anderen Suchbegriff.', { id: 'state.empty.hint-search' }),
        action: hasFilters ? clearFiltersAction(() => this.query.clear()) : undefined,
      });
    }
    const uiLocale = activeUiLocale();
    const context = {
      uiLocale,
      labels: this.labels,
      headingLevel: this.headingLevel + 1,
      compact: this.view === 'compact',
      onOpen: (organization: OrganizationSummary, opener: HTMLElement) => this.selectOrganization(organization, opener),
    };
    const drawn = this.drawnOrganizations();
    return html`<ul class="results ${this.view}" part="list" aria-busy=${status === 'loading' ? 'true' : 'false'}>
        ${repeat(drawn, (organization) => organization.id, (organization) => html`<li>${organizationCard(organization, context)}</li>`)}
      </ul>
      ${this.organizations.meta && (this.organizations.meta.nextCursor || drawn.length < this.organizations.items.length)
        ? showMore({
            shown: drawn.length,
            total: this.organizations.meta.total,
            uiLocale,
            label: msg('Weitere Organisationen anzeigen', { id: 'results.more' }),
            onMore: () => void this.showMoreOrganizations(),
            failed: this.organizations.more.status === 'error' || this.organizations.more.status === 'offline',
          })
        : nothing}`;
  }

  private renderDetail(): TemplateResult {
    const { status, value } = this.detail;
    return detailDialog({
      open: this.openId !== undefined,
      busy: status === 'loading',
      contentLocale: this.contentLocale,
      onClose: () => this.closeDetail(true),
      body: () =>
        status === 'error' || status === 'offline'
          ? errorState(status === 'offline', () => void this.detail.retry())
          : status === 'success' && value
            ? organizationDetail(value, {
                uiLocale: activeUiLocale(),
                labels: this.labels,
                mapUrlTemplate: this.mapUrl,
                onNavigate: (id, name) => this.navigateTo(id, name),
              })
            : html`<h2 id="detail-title" class="detail-title" tabindex="-1">${msg('Organisation wird geladen …', { id: 'detail.loading' })}</h2>
                ${skeleton(1)}`,
    });
  }

  protected override render(): TemplateResult {
    const uiLocale = activeUiLocale();
    const presets = this.presets();
    const filterKeys = FILTER_KEYS.filter((key) => presets[key].length === 0);
    return this.frame(msg('Migrantenorganisationen finden', { id: 'directory.title' }), () => html`
      <search class="controls" aria-label=${msg('Organisationen durchsuchen', { id: 'directory.search-region' })}>
        ${searchField({
          id: 'search',
          label: msg('Suchbegriff', { id: 'search.label' }),
          hint: msg('Zum Beispiel ein Name, eine Sprache oder ein Angebot wie Hausaufgabenhilfe.', { id: 'search.hint' }),
          value: this.query.text,
          onInput: (value) => this.query.input(value),
        })}
        ${filterKeys.length > 0
          ? html`<div class="filter-panel">
              <p class="label" id="filters-title">${msg('Ergebnisse eingrenzen', { id: 'filters.title' })}</p>
              ${directoryFilters({
                uiLocale,
                labels: this.labels,
                keys: filterKeys,
                selected: this.query.selected,
                facets: this.organizations.meta?.facets,
                onToggle: (key, code, checked) => this.query.toggle(key, code, checked),
              })}
            </div>`
          : nothing}
        ${this.taxonomyNotice()}
      </search>
      ${filterChips(this.activeFilters(), (filter) => this.query.remove(filter), () => this.query.clear(), this.headingLevel + 1)}
      <p class="status" part="status" role="status" aria-live="polite">${this.statusText()}</p>
      <div class="results-area" lang=${this.contentLocale} dir=${directionOf(this.contentLocale)}>${this.renderResults()}</div>
      ${this.renderDetail()}`);
  }
}
