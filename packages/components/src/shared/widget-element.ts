import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_TIME_ZONE } from './dates.js';
import { msg } from '@lit/localize';
import { activeUiLocale, directionOf, type UiLocale } from '../localization/index.js';
import { FetchController } from './fetch-controller.js';
import { FocusController } from './focus-controller.js';
import type { TaxonomyTerm } from '@teilhabe/sdk';
import type { ApiCallOptions, TenantTimeZoneSource } from './api-options.js';
import { LiveAnnouncer } from './live-announcer.js';
import { LocaleController } from './locale-controller.js';
import { SetupDiagnosis, setupState } from './setup-problem.js';
import { TaxonomyLabels, TaxonomyLoadError, loadTaxonomyLabels } from './taxonomy-labels.js';

/** What a widget dispatches: event name → `detail`. */
export type WidgetEvents = Record<string, unknown>;

/** Every widget's data calls can fetch the taxonomies that label its codes, and may tell the tenant's time zone. */
export interface TaxonomySource extends TenantTimeZoneSource {
  // `never`: each widget names its own taxonomies; the chassis passes only names the widget listed.
  getTaxonomy(name: never, options: ApiCallOptions): Promise<readonly TaxonomyTerm[]>;
}

/**
 * The chassis of every widget: the attributes a web team types on each of
 * them, the data client built from them, the locale, focus after a render, one
 * live announcer, retrying what failed offline once the network is back, and a
 * visible message plus one `console.error` when the widget is set up wrongly.
 * A widget adds only what is particular to it.
 *
 * @attr api-base - Base URL of the Teilhabe-Kit data API, e.g. `https://daten.musterkreis.de`; a relative URL such as `/` is resolved against the page.
 * @attr tenant - The municipality or district whose data is shown, e.g. `musterkreis`.
 * @attr locale - UI and content language (`de`, `en`, `tr`, `ar`, `uk`, `ru`, `fa`). Defaults to the closest `lang` on the page, else `de`.
 * @attr heading-level - Level of the widget's heading (default 2; its sections use the levels below).
 * @attr url-state - `query` (default) reflects the reader's choices in the page URL, so a link or the back button restores them; `none` leaves the URL alone.
 * @attr url-prefix - Prefix of the widget's URL parameters (each widget has its own default, e.g. `tk-`), so they do not collide with the CMS's.
 */
export abstract class WidgetElement<Api extends TaxonomySource, Events extends WidgetEvents = WidgetEvents> extends LitElement {
  /** Base URL of the data API; relative URLs are resolved against the page. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Tenant id (municipality or district). */
  @property() tenant = '';
  /** UI and content language; empty = the closest `lang` on the page. */
  @property() locale: string | undefined;
  /** Heading level of the widget's heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** `query` reflects the state in the URL; `none` does not. */
  @property({ attribute: 'url-state' }) urlState: 'query' | 'none' = 'query';
  /** Prefix of the URL parameters. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'tk-';
  /** The data calls; by default the SDK for `api-base` and `tenant`. Set it to share a client or to test. */
  @property({ attribute: false }) api: Api | undefined;

  protected readonly localeController = new LocaleController(this, () => this.localeChanged());
  protected readonly focusAfterUpdate = new FocusController(this);
  protected readonly announcer = new LiveAnnouncer(this);
  protected readonly setup = new SetupDiagnosis(this, this.localName);
  private readonly fetches: FetchController<unknown>[] = [];
  private readonly taxonomyFetch = this.fetcher<TaxonomyLabels>();
  private taxonomyKey: [Api, UiLocale] | undefined;
  private partialLabels: TaxonomyLabels | undefined;
  private timeZoneOf: Api | undefined;
  /** The tenant's time zone: days such as "today" and deadlines are its days. */
  @state() protected timeZone = DEFAULT_TIME_ZONE;
  private defaultApi: { key: string; api: Api } | undefined;

  /** The taxonomies that label this widget's codes (loaded in the content locale). */
  protected abstract readonly taxonomies: readonly string[];

  /** The SDK-backed data calls for one resolved base URL and tenant. */
  protected abstract createApi(baseUrl: string, tenant: string): Api;
  /** The resolved locale changed (also once at connect): refetch what is localized. */
  protected abstract localeChanged(): void;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('apiBase') || changed.has('tenant') || changed.has('api')) this.setup.check(this.api !== undefined, this.apiBase, this.tenant);
    this.loadTaxonomiesIfStale();
    this.loadTimeZoneIfStale();
  }

  private loadTimeZoneIfStale(): void {
    const api = this.client();
    if (!api || api === this.timeZoneOf) return;
    this.timeZoneOf = api;
    // A failure keeps the default zone: the widget still works, and the request that matters reports its own error.
    void api
      .getTimeZone?.({})
      .then((zone) => {
        if (zone && api === this.timeZoneOf) this.timeZone = zone;
      })
      .catch(() => undefined);
  }

  /** Labels of the taxonomies in the content locale; codes show as themselves until they are loaded. */
  protected get labels(): TaxonomyLabels {
    const labels = this.taxonomyFetch.value ?? this.partialLabels;
    return labels?.uiLocale === this.contentLocale ? labels : new TaxonomyLabels(this.contentLocale);
  }

  private loadTaxonomiesIfStale(): void {
    const api = this.client();
    const locale = this.contentLocale;
    if (!api || (this.taxonomyKey?.[0] === api && this.taxonomyKey[1] === locale)) return;
    this.taxonomyKey = [api, locale];
    this.partialLabels = undefined;
    const fetchTerms = api.getTaxonomy.bind(api) as (name: string, options: ApiCallOptions) => Promise<readonly TaxonomyTerm[]>;
    void this.taxonomyFetch.run(async (signal) => {
      try {
        return await loadTaxonomyLabels(locale, this.taxonomies, (name) => fetchTerms(name, { locale, signal }));
      } catch (error) {
        if (error instanceof TaxonomyLoadError) this.partialLabels = error.labels;
        throw error;
      }
    });
  }

  /** A notice with a retry when the taxonomy labels could not be loaded (the codes then show as themselves). */
  protected taxonomyNotice(): TemplateResult | typeof nothing {
    const { status } = this.taxonomyFetch;
    if (status !== 'error' && status !== 'offline') return nothing;
    return html`<div class="taxonomy-notice state state-error" part="state state-error">
      <p>${msg('Die Namen der Filter und Merkmale konnten nicht geladen werden. Sie sehen stattdessen Kurzbezeichnungen.', { id: 'state.taxonomy-failed' })}</p>
      <button type="button" class="button secondary" part="button" @click=${() => void this.taxonomyFetch.retry()}>${msg('Erneut versuchen', { id: 'state.retry' })}</button>
    </div>`;
  }

  /** Whether the taxonomy labels failed to load (a step that needs them shows an error with a retry). */
  protected get taxonomiesFailed(): boolean {
    return this.taxonomyFetch.status === 'error' || this.taxonomyFetch.status === 'offline';
  }

  protected retryTaxonomies(): void {
    void this.taxonomyFetch.retry();
  }

  /** The widget's content locale (UI strings and API content). */
  protected get contentLocale(): UiLocale {
    return this.localeController.locale;
  }

  /** The data calls, or `undefined` while `api-base` or `tenant` is missing or unusable. */
  protected client(): Api | undefined {
    if (this.api) return this.api;
    const baseUrl = resolveApiBase(this.apiBase);
    if (!baseUrl || !this.tenant) return undefined;
    const key = `${baseUrl} ${this.tenant}`;
    if (this.defaultApi?.key !== key) this.defaultApi = { key, api: this.createApi(baseUrl, this.tenant) };
    return this.defaultApi.api;
  }

  /**
   * A fetch controller of this widget: it is retried when the browser comes
   * back online, and its failures are checked for a setup problem (unknown
   * tenant, unreachable API).
   */
  protected fetcher<T>(): FetchController<T> {
    // A taxonomy failure wraps the request's error; the setup check looks at that one.
    const controller = new FetchController<T>(this, (error) => this.setup.failed(error instanceof TaxonomyLoadError ? error.cause : error, this.apiBase, this.tenant));
    this.fetches.push(controller as FetchController<unknown>);
    return controller;
  }

  /** Dispatches a bubbling, composed widget event; returns `false` when a listener cancelled it. */
  protected emit<Name extends keyof Events & string>(name: Name, detail: Events[Name], { cancelable = false } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  protected $(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  /**
   * The outer frame of every widget: `lang`/`dir`, the heading with its
   * slots, then the body, or the setup message in its place.
   */
  protected frame(title: string, body: () => unknown, className = ''): TemplateResult {
    const uiLocale = activeUiLocale();
    const problem = this.setup.problem;
    return html`<div part="base" class="base ${className}" lang=${uiLocale} dir=${directionOf(uiLocale)}>
      <header class="header">
        <div role="heading" aria-level=${this.headingLevel} class="title"><slot name="heading">${title}</slot></div>
        <slot name="intro"></slot>
      </header>
      ${problem ? setupState(problem, () => this.retryAll()) : body()}
    </div>`;
  }

  /** Runs every failed request again. */
  protected retryAll(): void {
    for (const controller of this.fetches) if (controller.status === 'error' || controller.status === 'offline') void controller.retry();
  }

  private readonly onOnline = () => {
    for (const controller of this.fetches) if (controller.status === 'offline') void controller.retry();
  };
}

/** `api-base` as an absolute URL without a trailing slash; a relative one is resolved against the page. */
export function resolveApiBase(apiBase: string): string | undefined {
  if (!apiBase.trim()) return undefined;
  try {
    const url = new URL(apiBase.trim(), document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}
