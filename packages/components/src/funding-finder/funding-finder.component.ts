import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { activeUiLocale, directionOf } from '../localization/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { widgetFrameStyles } from '../shared/widget-frame.styles.js';
import { filterPanelStyles } from '../shared/filter-panel.styles.js';
import { resultCardStyles } from '../shared/result-card.styles.js';
import { factsStyles } from '../shared/facts.styles.js';
import { todayIn } from '../shared/dates.js';
import { PagedList } from '../shared/paged-list.js';
import { errorState } from '../shared/status.js';
import { UrlStateController } from '../shared/url-state-controller.js';
import type { FilterState } from '../shared/url-state.js';
import { WidgetElement } from '../shared/widget-element.js';
import { tokens } from '../theme/tokens.styles.js';
import { BrowseController } from './browse-controller.js';
import { browsePage } from './browse-page.js';
import { URL_KEYS, browseFilterQuery, browseFromUrl, browseToUrl, presetCodes, type BrowseCodes } from './browse-state.js';
import { detailPage, withTicked } from './detail-page.js';
import { modeSwitch } from './mode-switch.js';
import {
  createFundingApi,
  type ApplicantProfile,
  type FundingApi,
  type FundingMatch,
  type FundingMatchResponse,
  type FundingProgram,
  type FundingProgramSummary,
  type FundingTaxonomy,
  type ListResponse,
} from './funding-api.js';
import { fundingFinderStyles } from './funding-finder.styles.js';
import { rankedResults } from './results-view.js';
import { RESULTS_PAGE, matchAnnouncement, matchSummary, moreResultsText, shownText } from './ranked-matches.js';
import { ApplicantAnswers } from './applicant-answers.js';
import { STEPS, cleanProfile, type QuestionKey } from './profile.js';
import { questionControls, stepInputId, taxonomyOfQuestion } from './questions.js';
import { inlineQuestion, privacyNotice, questionStep } from './questionnaire-view.js';

/** Detail of `tk-select`: the programme the reader opens. */
export interface FundingSelectEventDetail {
  id: string;
  title: string;
}

interface FundingEvents {
  [name: string]: unknown;
  'tk-select': FundingSelectEventDetail;
}

/**
 * @summary Finds funding programmes and non-cash support for a migrant organisation: a short questionnaire or browsing, results ranked by fit with reasons.
 *
 * @attr mode - `guided` (default: the questionnaire) or `browse` (search and filters).
 * @attr kind - Preset: only programmes of these funding kinds (codes of `funding-kinds`, comma-separated). Its filter is hidden.
 * @attr topic - Preset: only programmes with one of these topics (comma-separated).
 * @attr provider-level - Preset: only programmes of these provider levels (`municipal`, `district`, `state`, `federal`, `eu`, `foundation`).
 * @attr url-prefix - Prefix of the URL parameters (default `tk-funding-`). `url-state` covers the browse filters, never the answers; the attributes every widget has are documented on `WidgetElement` (shared/widget-element.ts).
 *
 * @fires tk-select - The reader opens a programme. `detail: { id, title }`. Cancelable: call `preventDefault()` to show your own page.
 *
 * @slot heading - Replaces the default heading ("Förderung finden").
 * @slot intro - Text below the heading.
 *
 * @csspart base - The wrapper of everything; carries `lang` and `dir`.
 * @csspart modes - The switch between questionnaire and browsing.
 * @csspart step - One step of the questionnaire.
 * @csspart privacy - The privacy notice with the consent box and "Meine Angaben löschen".
 * @csspart status - The announced status line.
 * @csspart list - The list of results.
 * @csspart card - One programme.
 * @csspart fit - How well a programme fits.
 * @csspart criterion - One criterion with its verdict.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One filter.
 * @csspart detail - The programme detail.
 * @csspart checklist - The document checklist.
 * @csspart ics-link - A link to a deadline calendar file.
 * @csspart state - Empty and error messages.
 * @csspart button - Buttons.
 * @csspart more - The "show more" buttons.
 * @csspart fallback-hint - The hint on a text shown in another language.
 *
 */
@localized()
export class TkFundingFinder extends WidgetElement<FundingApi, FundingEvents> {
  static override styles = [tokens, baseStyles, widgetFrameStyles, filterPanelStyles, resultCardStyles, factsStyles, fundingFinderStyles];

  /** `guided` or `browse`. */
  @property({ reflect: true }) mode: 'guided' | 'browse' = 'guided';
  /** Preset funding kinds (comma-separated). */
  @property() kind = '';
  /** Preset topics (comma-separated). */
  @property() topic = '';
  /** Preset provider levels (comma-separated). */
  @property({ attribute: 'provider-level' }) providerLevel = '';
  override urlPrefix = 'tk-funding-';
  /**
   * Answers to start from (e.g. what a host app already knows about the
   * organisation). Kept in memory only, like the reader's own answers.
   */
  @property({ attribute: false }) profile: ApplicantProfile | undefined;

  @state() private step = 0;
  @state() private stepError: string | undefined;
  @state() private showResults = false;
  @state() private openQuestion: string | undefined;
  @state() private inlineError: string | undefined;
  @state() private detailId: string | undefined;
  @state() private ticked = new Map<string, Set<number>>();

  protected readonly taxonomies: readonly FundingTaxonomy[] = ['applicant-kinds', 'areas', 'topics', 'funding-kinds'];
  private readonly url = new UrlStateController(this, URL_KEYS, (saved) => this.restore(saved));
  private readonly applicant = new ApplicantAnswers(this, () => {
    this.stepError = undefined;
    this.inlineError = undefined;
  });
  /** The ranked results fetched so far: a page at first, one more per "show more". */
  private readonly ranking = new PagedList<FundingMatch, FundingMatchResponse>(this.fetcher(), this.fetcher());
  private readonly browse = new BrowseController(this, new PagedList(this.fetcher<ListResponse<FundingProgramSummary>>(), this.fetcher<ListResponse<FundingProgramSummary>>()), {
    presets: () => this.presets(),
    source: () => {
      const api = this.client();
      const locale = this.contentLocale;
      return api ? (query, signal) => api.listPrograms(query, { locale, signal }) : undefined;
    },
    announce: (text) => this.announcer.announce(text),
    focus: (selector) => this.focusLater(selector),
    onChange: (push) => this.reflect(push),
  });
  private readonly detail = this.fetcher<FundingProgram>();
  private opener: string | undefined;

  protected createApi(baseUrl: string, tenant: string): FundingApi {
    return createFundingApi(baseUrl, tenant);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = ['apiBase', 'tenant', 'api', 'kind', 'topic', 'providerLevel'] as const;
    if (inputs.some((name) => changed.has(name))) {
      this.browse.stale = true;
      // The server ranks within the presets: new presets are a new ranking.
      if (this.showResults && this.ranking.meta) void this.runMatch(undefined);
    }
    if (changed.has('profile') && this.profile) this.applicant.preset(this.profile);
    this.applicant.useTenant(this.tenant);
    if (this.mode === 'browse' && this.browse.stale && this.client()) {
      this.browse.stale = false;
      void this.browse.search();
    }
  }

  /** Focus once the target is drawn (results and details arrive later than the request). */
  private focusLater(selector: string): void {
    this.focusAfterUpdate.request(selector, { untilFound: true });
  }

  protected localeChanged(): void {
    this.browse.stale = true;
    // As long a list as before, in the new language (and the open programme's verdicts with it).
    if (this.showResults && this.ranking.meta) void this.runMatch(undefined, this.detailId ?? this.ranking.items.at(-1)?.program.id);
    if (this.detailId) void this.loadDetail(this.detailId, false);
    this.requestUpdate();
  }

  // ── Questionnaire ─────────────────────────────────────────────────────────

  private goToStep(step: number): void {
    this.step = step;
    this.stepError = undefined;
    this.showResults = false;
    this.focusLater('#step-heading');
  }

  private submitStep(event: Event): void {
    event.preventDefault();
    const key = STEPS[this.step]!;
    const error = this.applicant.commit(key, activeUiLocale());
    if (error) {
      this.stepError = error;
      this.focusLater('#step-error-summary');
      return;
    }
    this.advance();
  }

  private dontKnow(): void {
    const key = STEPS[this.step]!;
    this.applicant.drop(key);
    this.advance();
  }

  private advance(): void {
    if (this.step < STEPS.length - 1) this.goToStep(this.step + 1);
    else void this.runMatch('#results-heading');
  }

  /** Ranks anew from the first page; with `through`, the first pages run on until they include that programme. */
  private async runMatch(focus: string | undefined, through?: string): Promise<void> {
    const api = this.client();
    if (!api) return;
    this.stepError = undefined;
    this.showResults = true;
    if (focus) this.focusLater(focus);
    const locale = this.contentLocale;
    const profile = cleanProfile(this.applicant.profile);
    const { kind, topic, providerLevel } = this.presets();
    await this.ranking.search((cursor, signal) =>
      api.match(profile, { kind, topic, providerLevel, limit: RESULTS_PAGE, cursor, through: cursor ? undefined : through }, { locale, signal }),
    );
    if (this.ranking.list.status === 'success') this.announcer.announce(this.matchAnnouncement());
    else this.announcer.announce(msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' }));
    if (focus) this.focusLater(focus);
  }

  private toggleQuestion(programId: string, key: QuestionKey): void {
    const id = `${programId}:${key}`;
    this.openQuestion = this.openQuestion === id ? undefined : id;
    this.inlineError = undefined;
    if (this.openQuestion) this.focusLater(`#inline-${CSS.escape(programId)}-legend`);
  }

  private async submitInline(event: Event, programId: string, key: QuestionKey): Promise<void> {
    event.preventDefault();
    const error = this.applicant.commit(key, activeUiLocale());
    if (error) {
      this.inlineError = error;
      this.focusLater(`#inline-${CSS.escape(programId)}-error`);
      return;
    }
    this.openQuestion = undefined;
    this.inlineError = undefined;
    await this.runMatch(undefined, programId);
    if (this.ranking.list.status === 'success') {
      this.announcer.announce(`${msg('Die Liste ist neu sortiert.', { id: 'funding.reranked' })} ${this.matchAnnouncement()}`);
      this.focusLater(`[data-open="${CSS.escape(programId)}"]`);
    }
  }

  private renderInlineQuestion(programId: string, key: QuestionKey): TemplateResult {
    return inlineQuestion({
      programId,
      key,
      error: this.inlineError,
      controls: (idPrefix, describedBy, invalid) => questionControls(key, this.applicant.controls(idPrefix, this.labels, describedBy, invalid)),
      onSubmit: (event) => void this.submitInline(event, programId, key),
    });
  }

  private forgetAnswers(): void {
    this.applicant.forget();
    this.openQuestion = undefined;
    this.ranking.clear();
    this.announcer.announce(msg('Ihre Angaben sind gelöscht.', { id: 'funding.privacy.deleted' }));
    this.mode = 'guided';
    this.detailId = undefined;
    this.goToStep(0);
  }

  // ── Browse ────────────────────────────────────────────────────────────────

  private presets(): BrowseCodes {
    return presetCodes(this.kind, this.topic, this.providerLevel);
  }

  private urlStateNow(): FilterState {
    return browseToUrl(this.mode, this.browse.filters, this.detailId);
  }

  private reflect(push: boolean): void {
    this.url.write(this.urlStateNow(), push);
  }

  private restore(saved: FilterState): void {
    this.browse.restore(browseFromUrl(saved));
    if (saved['mode']?.[0] === 'browse') this.mode = 'browse';
    const program = saved['program']?.[0];
    if (program && program !== this.detailId) void this.openDetail(program, false);
    if (!program && this.detailId) this.detailId = undefined;
  }

  private setMode(mode: 'guided' | 'browse'): void {
    if (this.mode === mode && !this.detailId) return;
    this.mode = mode;
    this.detailId = undefined;
    this.reflect(true);
    this.focusLater(mode === 'browse' ? '#browse-heading' : this.showResults ? '#results-heading' : '#step-heading');
  }

  // ── Detail ────────────────────────────────────────────────────────────────

  private selectProgram(program: FundingProgramSummary): void {
    if (this.emit('tk-select', { id: program.id, title: program.title }, { cancelable: true })) void this.openDetail(program.id, true);
  }

  private async openDetail(id: string, push: boolean): Promise<void> {
    this.opener = id;
    this.detailId = id;
    if (push) this.reflect(true);
    await this.loadDetail(id, true);
  }

  private async loadDetail(id: string, focus: boolean): Promise<void> {
    const api = this.client();
    if (focus) this.focusLater('#detail-heading');
    if (!api) return;
    const locale = this.contentLocale;
    await this.detail.run((signal) => api.getProgram(id, { locale, signal }));
    if (focus) this.focusLater('#detail-heading');
  }

  private closeDetail(): void {
    const opener = this.opener;
    this.detailId = undefined;
    this.detail.abort();
    this.reflect(true);
    this.focusLater(opener ? `[data-open="${CSS.escape(opener)}"]` : '#results-heading, #browse-heading, #step-heading');
  }

  private tick(programId: string, index: number, checked: boolean): void {
    this.ticked = withTicked(this.ticked, programId, index, checked);
  }

  // ── Rendering ─────────────────────────────────────────────────────────────

  private matchAnnouncement(): string {
    const { meta, items } = this.ranking;
    return meta ? matchAnnouncement(meta, items.length, activeUiLocale()) : '';
  }

  /** Fetches and draws the next page of ranked results; focus goes to the first new one. */
  private async showMoreResults(): Promise<void> {
    const firstNew = await this.ranking.loadMore();
    const { meta, items } = this.ranking;
    if (firstNew === undefined || !meta) return;
    this.announcer.announce(shownText(items.length, meta.total, activeUiLocale()) ?? matchSummary(meta.fits, activeUiLocale()));
    this.focusLater(`[data-open="${CSS.escape(items[firstNew]!.program.id)}"]`);
  }

  private renderStep(): TemplateResult {
    const key = STEPS[this.step]!;
    const describedBy = this.stepError ? 'step-hint step-error' : 'step-hint';
    return questionStep({
      step: this.step,
      headingLevel: this.headingLevel + 1,
      key,
      error: this.stepError,
      inputId: stepInputId(key, this.labels),
      describedBy,
      controls: this.stepNeedsTaxonomy(key)
        ? errorState(navigator.onLine === false, () => this.retryTaxonomies())
        : questionControls(key, this.applicant.controls('step', this.labels, describedBy, Boolean(this.stepError))),
      onSubmit: (event) => this.submitStep(event),
      onUnknown: () => this.dontKnow(),
      onBack: () => this.goToStep(this.step - 1),
      onFocus: (id) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus(),
    });
  }

  /** A step whose choices come only from a taxonomy that failed to load: it shows the error with a retry ("Weiß ich nicht" still moves on). */
  private stepNeedsTaxonomy(key: QuestionKey): boolean {
    return (key === 'area' || key === 'topics') && this.taxonomiesFailed && this.labels.codes(taxonomyOfQuestion(key)!).length === 0;
  }

  private renderResults(): TemplateResult {
    const { status } = this.ranking.list;
    const { meta, items } = this.ranking;
    const loaded = status === 'success' && meta !== undefined;
    return rankedResults({
      status,
      matches: loaded ? items : [],
      total: loaded ? meta.total : 0,
      anyFit: loaded && meta.fits.eligible + meta.fits.partial > 0,
      moreFailed: this.ranking.more.status === 'error' || this.ranking.more.status === 'offline',
      summary: loaded ? matchSummary(meta.fits, activeUiLocale()) : '',
      shownText: loaded ? shownText(items.length, meta.total, activeUiLocale()) : undefined,
      moreText: (remaining) => moreResultsText(remaining, activeUiLocale()),
      headingLevel: this.headingLevel + 1,
      card: {
        uiLocale: activeUiLocale(),
        labels: this.labels,
        headingLevel: this.headingLevel + 2,
        openQuestion: this.openQuestion,
        onOpen: (program) => this.selectProgram(program),
        onToggleQuestion: (programId, key) => this.toggleQuestion(programId, key),
        renderQuestion: (programId, key) => this.renderInlineQuestion(programId, key),
      },
      onChangeAnswers: () => this.goToStep(0),
      onRetry: () => void this.runMatch('#results-heading'),
      onBrowse: () => this.setMode('browse'),
      onMore: () => void this.showMoreResults(),
    });
  }

  private renderBrowse(): TemplateResult {
    const presets = this.presets();
    const api = this.client();
    return browsePage({
      browse: this.browse,
      presets,
      uiLocale: activeUiLocale(),
      labels: this.labels,
      headingLevel: this.headingLevel,
      feed: api ? api.feedUrl(browseFilterQuery(presets, this.browse.filters), this.contentLocale) : undefined,
      shareUrl: this.url.hrefWith(this.urlStateNow()),
      onCopy: (url) => void this.browse.copyLink(url, () => this.renderRoot.querySelector<HTMLInputElement>('#share-url')),
      onOpen: (program) => this.selectProgram(program),
    });
  }

  private renderDetail(): TemplateResult {
    const api = this.client();
    const locale = this.contentLocale;
    return detailPage({
      status: this.detail.status,
      program: this.detail.value,
      programId: this.detailId,
      uiLocale: activeUiLocale(),
      headingLevel: this.headingLevel + 1,
      labels: this.labels,
      today: todayIn(this.timeZone),
      match: this.mode === 'guided' ? this.ranking.items.find((match) => match.program.id === this.detailId) : undefined,
      ticked: (id) => this.ticked.get(id) ?? new Set(),
      icsUrl: api ? (id) => api.feedUrl({ program: id }, locale) : undefined,
      onTick: (id, index, checked) => this.tick(id, index, checked),
      onPrint: () => window.print(),
      onRetry: () => void this.detail.retry(),
      onBack: () => this.closeDetail(),
    });
  }

  protected override render(): TemplateResult {
    let main: TemplateResult;
    if (this.detailId) main = this.renderDetail();
    else if (this.mode === 'browse') main = this.renderBrowse();
    else main = html`${this.showResults ? this.renderResults() : this.renderStep()}`;
    return this.frame(msg('Förderung finden', { id: 'funding.title' }), () => html`
      ${modeSwitch(this.mode, (mode) => this.setMode(mode))}
      <p class="status visually-hidden" part="status" role="status" aria-live="polite">${this.announcer.message}</p>
      ${this.taxonomyNotice()}
      <div class="main" lang=${this.contentLocale} dir=${directionOf(this.contentLocale)}>${main}</div>
      ${this.mode === 'guided' && !this.detailId ? privacyNotice({ consent: this.applicant.consent, headingLevel: this.headingLevel + 1, onConsent: (checked) => this.applicant.setConsent(checked), onForget: () => this.forgetAnswers() }) : nothing}`);
  }
}
