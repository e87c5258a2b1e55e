import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { activeUiLocale, directionOf } from '../localization/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { widgetFrameStyles } from '../shared/widget-frame.styles.js';
import { filterPanelStyles } from '../shared/filter-panel.styles.js';
import { resultCardStyles } from '../shared/result-card.styles.js';
import { factsStyles } from '../shared/facts.styles.js';
import { parseCodes } from '../shared/codes.js';
import { todayIn } from '../shared/dates.js';
import { debounce } from '../shared/debounce.js';
import { filterChips, type ActiveFilter } from '../shared/filter-chips.js';
import { withCodeChecked } from '../shared/filter-selection.js';
import { formatNumber } from '../shared/format.js';
import { PagedList } from '../shared/paged-list.js';
import { searchField } from '../shared/search-field.js';
import { errorState, skeleton } from '../shared/status.js';
import { UrlStateController } from '../shared/url-state-controller.js';
import type { FilterState } from '../shared/url-state.js';
import { WidgetElement } from '../shared/widget-element.js';
import { tokens } from '../theme/tokens.styles.js';
import {
  BROWSE_KEYS,
  DEADLINE_VALUES,
  browseCodeLabel,
  browseFilters,
  emptyBrowseFilters,
  browseResults,
  takeHome,
  type BrowseFilters,
  type BrowseKey,
  type DeadlineFilter,
} from './browse-view.js';
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
import { programDetail } from './program-detail.js';
import { STEPS, cleanProfile, forgetSavedProfile, loadSavedProfile, saveProfile, withoutAnswer, type QuestionKey } from './profile.js';
import { answerError, hasAnswer, parseNumber, questionControls, questionHint, questionText } from './questions.js';
import { privacyNotice, questionStep } from './questionnaire-view.js';
import { plural } from '../shared/plural.js';

const URL_KEYS = ['mode', 'q', ...BROWSE_KEYS, 'deadline', 'program'] as const;
const PAGE_SIZE = 20;
/**
 * Ranked results drawn at first and added by each "show more". Drawing every
 * card at once (500 programmes, 9 criteria each) took 1–3 s after the last
 * answer; with 20 the widget's own part is ~40 ms (the rest is the server's
 * match). The criterion texts are built only for the cards shown.
 */
const RESULTS_PAGE = 20;

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

  @state() private answers: ApplicantProfile = {};
  @state() private typed: Partial<Record<QuestionKey, string>> = {};
  @state() private step = 0;
  @state() private stepError: string | undefined;
  @state() private showResults = false;
  @state() private consent = false;
  @state() private openQuestion: string | undefined;
  @state() private inlineError: string | undefined;
  @state() private browse: BrowseFilters = emptyBrowseFilters();
  @state() private detailId: string | undefined;
  @state() private ticked = new Map<string, Set<number>>();
  @state() private copied = false;
  /** How many ranked results are drawn (a multiple of `RESULTS_PAGE`). */
  @state() private shownResults = RESULTS_PAGE;

  protected readonly taxonomies: readonly FundingTaxonomy[] = ['applicant-kinds', 'areas', 'topics', 'funding-kinds'];
  private readonly url = new UrlStateController(this, URL_KEYS, (saved) => {
    this.restore(saved);
    this.requestUpdate();
  });
  private readonly matchFetch = this.fetcher<FundingMatchResponse>();
  private readonly programs = new PagedList<FundingProgramSummary>(this.fetcher<ListResponse<FundingProgramSummary>>(), this.fetcher<ListResponse<FundingProgramSummary>>());
  private readonly detail = this.fetcher<FundingProgram>();
  private listPending = true;
  private restoredTenant: string | undefined;
  private opener: string | undefined;
  private readonly debouncedSearch = debounce(() => this.filtersChanged(false), 250);

  protected createApi(baseUrl: string, tenant: string): FundingApi {
    return createFundingApi(baseUrl, tenant);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = this.url.read();
    if (saved) this.restore(saved);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.debouncedSearch.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('apiBase') || changed.has('tenant') || changed.has('api')) this.listPending = true;
    if (changed.has('kind') || changed.has('topic') || changed.has('providerLevel')) this.listPending = true;
    if (changed.has('profile') && this.profile) this.answers = cleanProfile({ ...this.profile });
    if (this.tenant !== this.restoredTenant) {
      this.restoredTenant = this.tenant;
      const saved = loadSavedProfile(this.tenant);
      if (saved) {
        this.answers = { ...saved, ...this.answers };
        this.consent = true;
      }
    }
    if (this.mode === 'browse' && this.listPending && this.client()) {
      this.listPending = false;
      void this.search();
    }
  }

  /** Focus once the target is drawn (results and details arrive later than the request). */
  private focusLater(selector: string): void {
    this.focusAfterUpdate.request(selector, { untilFound: true });
  }

  protected localeChanged(): void {
    this.listPending = true;
    if (this.showResults && this.matchFetch.value) void this.runMatch(undefined);
    if (this.detailId) void this.loadDetail(this.detailId, false);
    this.requestUpdate();
  }

  // ── Questionnaire ─────────────────────────────────────────────────────────

  private setAnswer(key: QuestionKey, value: ApplicantProfile[keyof ApplicantProfile], typed?: string): void {
    if (typed !== undefined) {
      this.typed = { ...this.typed, [key]: typed };
      return;
    }
    this.answers = cleanProfile({ ...this.answers, [key]: value });
    this.stepError = undefined;
    this.inlineError = undefined;
    this.persist();
  }

  private persist(): void {
    if (this.consent) saveProfile(this.tenant, this.answers);
  }

  /** Takes what was typed into a number or date field. Returns an error, or undefined when the answer is usable. */
  private commitTyped(key: QuestionKey): string | undefined {
    const typed = this.typed[key];
    if (key === 'amountEur' || key === 'ownContributionPercent' || key === 'neededBy') {
      if (typed === undefined) return hasAnswer(key, this.answers) ? undefined : answerError(key);
      if (key === 'neededBy') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(typed)) return answerError(key);
        this.setAnswer(key, typed);
      } else {
        const value = parseNumber(typed, key === 'amountEur' ? 10_000_000 : 100, activeUiLocale());
        if (value === undefined) return answerError(key);
        this.setAnswer(key, value);
      }
      const { [key]: _done, ...rest } = this.typed;
      this.typed = rest;
      return undefined;
    }
    return hasAnswer(key, this.answers) ? undefined : answerError(key);
  }

  private goToStep(step: number): void {
    this.step = step;
    this.stepError = undefined;
    this.showResults = false;
    this.focusLater('#step-heading');
  }

  private submitStep(event: Event): void {
    event.preventDefault();
    const key = STEPS[this.step]!;
    const error = this.commitTyped(key);
    if (error) {
      this.stepError = error;
      this.focusLater('#step-error-summary');
      return;
    }
    this.advance();
  }

  private dontKnow(): void {
    const key = STEPS[this.step]!;
    this.answers = withoutAnswer(this.answers, key);
    const { [key]: _dropped, ...rest } = this.typed;
    this.typed = rest;
    this.persist();
    this.advance();
  }

  private advance(): void {
    if (this.step < STEPS.length - 1) this.goToStep(this.step + 1);
    else void this.runMatch('#results-heading');
  }

  private async runMatch(focus: string | undefined): Promise<void> {
    const api = this.client();
    if (!api) return;
    this.stepError = undefined;
    this.showResults = true;
    this.shownResults = RESULTS_PAGE;
    if (focus) this.focusLater(focus);
    const locale = this.contentLocale;
    const profile = cleanProfile(this.answers);
    await this.matchFetch.run((signal) => api.match(profile, { locale, signal }));
    if (this.matchFetch.status === 'success') this.announcer.announce(this.matchAnnouncement());
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
    const error = this.commitTyped(key);
    if (error) {
      this.inlineError = error;
      this.focusLater(`#inline-${CSS.escape(programId)}-error`);
      return;
    }
    this.openQuestion = undefined;
    this.inlineError = undefined;
    await this.runMatch(undefined);
    if (this.matchFetch.status === 'success') {
      this.showThrough(programId);
      this.announcer.announce(`${msg('Die Liste ist neu sortiert.', { id: 'funding.reranked' })} ${this.matchAnnouncement()}`);
      this.focusLater(`[data-open="${CSS.escape(programId)}"]`);
    }
  }

  private renderInlineQuestion(programId: string, key: QuestionKey): TemplateResult {
    const prefix = `inline-${programId}`;
    const hintId = `${prefix}-hint`;
    const errorId = `${prefix}-error`;
    return html`<form class="inline-form no-print" novalidate @submit=${(event: Event) => void this.submitInline(event, programId, key)}>
      <fieldset aria-describedby=${this.inlineError ? `${hintId} ${errorId}` : hintId}>
        <legend id=${`${prefix}-legend`} tabindex="-1">${questionText(key)}</legend>
        <p class="field-hint" id=${hintId}>${questionHint(key)}</p>
        ${this.inlineError ? html`<p class="field-error" id=${errorId} tabindex="-1" role="alert">${this.inlineError}</p>` : nothing}
        ${questionControls(key, this.questionContext(prefix, this.inlineError ? `${hintId} ${errorId}` : hintId, Boolean(this.inlineError)))}
      </fieldset>
      <button type="submit" class="button" part="button">${msg('Übernehmen und neu sortieren', { id: 'funding.inline.apply' })}</button>
    </form>`;
  }

  private questionContext(idPrefix: string, describedBy: string, invalid: boolean) {
    return {
      idPrefix,
      labels: this.labels,
      profile: this.answers,
      typed: this.typed,
      describedBy,
      invalid,
      onChange: (key: QuestionKey, value: ApplicantProfile[keyof ApplicantProfile], typed?: string) => this.setAnswer(key, value, typed),
    };
  }

  private setConsent(checked: boolean): void {
    this.consent = checked;
    if (checked) saveProfile(this.tenant, this.answers);
    else forgetSavedProfile(this.tenant);
  }

  private forgetAnswers(): void {
    this.answers = {};
    this.typed = {};
    this.consent = false;
    forgetSavedProfile(this.tenant);
    this.openQuestion = undefined;
    this.matchFetch.abort();
    this.matchFetch.value = undefined;
    this.matchFetch.status = 'idle';
    this.announcer.announce(msg('Ihre Angaben sind gelöscht.', { id: 'funding.privacy.deleted' }));
    this.mode = 'guided';
    this.detailId = undefined;
    this.goToStep(0);
  }

  // ── Browse ────────────────────────────────────────────────────────────────

  private presets(): Record<BrowseKey, string[]> {
    return { kind: parseCodes(this.kind), topic: parseCodes(this.topic), providerLevel: parseCodes(this.providerLevel), applicant: [], supportType: [] };
  }

  private effectiveCodes(): Record<BrowseKey, string[]> {
    const presets = this.presets();
    return Object.fromEntries(BROWSE_KEYS.map((key) => [key, presets[key].length ? presets[key] : this.browse.codes[key]])) as Record<BrowseKey, string[]>;
  }

  private queryFor(cursor?: string) {
    return {
      ...this.effectiveCodes(),
      q: this.browse.q.trim() || undefined,
      deadline: this.browse.deadline || undefined,
      limit: PAGE_SIZE,
      cursor,
    };
  }

  private async search(): Promise<void> {
    const api = this.client();
    if (!api) return;
    const locale = this.contentLocale;
    await this.programs.search((cursor, signal) => api.listPrograms(this.queryFor(cursor), { locale, signal }));
    this.announcer.announce(this.programs.list.status === 'success' ? this.countText(this.programs.meta?.total ?? 0) : msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' }));
  }

  private async loadMore(): Promise<void> {
    const firstNew = await this.programs.loadMore();
    const next = firstNew === undefined ? undefined : this.programs.items[firstNew];
    if (next) this.focusLater(`[data-open="${CSS.escape(next.id)}"]`);
  }

  private countText(total: number): string {
    if (total === 0) return msg('Kein Förderprogramm passt zu Ihrer Suche.', { id: 'funding.count.none' });
    return plural(total, activeUiLocale(), msg('one {# Förderprogramm gefunden} other {# Förderprogramme gefunden}', { id: 'funding.count' }));
  }

  private toggleFilter(key: BrowseKey, code: string, checked: boolean): void {
    this.browse = { ...this.browse, codes: { ...this.browse.codes, [key]: withCodeChecked(this.browse.codes[key], code, checked) } };
    this.filtersChanged(true);
  }

  private filtersChanged(push: boolean): void {
    this.debouncedSearch.cancel();
    this.reflect(push);
    void this.search();
  }

  private removeFilter(filter: ActiveFilter): void {
    if (filter.key === 'deadline') this.browse = { ...this.browse, deadline: '' };
    else this.toggleFilter(filter.key as BrowseKey, filter.code, false);
    if (filter.key === 'deadline') this.filtersChanged(true);
    this.focusLater('.chip, input[type="search"]');
  }

  private clearFilters(): void {
    this.browse = emptyBrowseFilters();
    this.filtersChanged(true);
    this.focusLater('input[type="search"]');
  }

  private activeFilters(): ActiveFilter[] {
    const chips: ActiveFilter[] = BROWSE_KEYS.flatMap((key) => this.browse.codes[key].map((code) => ({ key, code, ...browseCodeLabel(key, code, this.labels) })));
    if (this.browse.deadline) chips.push({ key: 'deadline', code: this.browse.deadline, label: this.deadlineChip(this.browse.deadline) });
    return chips;
  }

  private deadlineChip(value: DeadlineFilter): string {
    return value === 'open-now'
      ? msg('Jetzt offen', { id: 'funding.deadline-filter.open-now' })
      : value === 'soon'
        ? msg('Frist in den nächsten 30 Tagen', { id: 'funding.deadline-filter.soon' })
        : msg('Ohne Frist (laufend)', { id: 'funding.deadline-filter.none' });
  }

  /** The URL parameters: browse filters, mode and the open programme. Never an answer of the questionnaire. */
  private urlStateNow(): FilterState {
    return {
      mode: this.mode === 'browse' ? ['browse'] : [],
      q: this.browse.q ? [this.browse.q] : [],
      ...this.browse.codes,
      deadline: this.browse.deadline ? [this.browse.deadline] : [],
      program: this.detailId ? [this.detailId] : [],
    };
  }

  private reflect(push: boolean): void {
    this.url.write(this.urlStateNow(), push);
  }

  private restore(saved: FilterState): void {
    const deadline = saved['deadline']?.[0] ?? '';
    this.browse = {
      q: saved['q']?.join(',') ?? '',
      deadline: (DEADLINE_VALUES as readonly string[]).includes(deadline) ? (deadline as DeadlineFilter) : '',
      codes: Object.fromEntries(BROWSE_KEYS.map((key) => [key, saved[key] ?? []])) as Record<BrowseKey, string[]>,
    };
    if (saved['mode']?.[0] === 'browse') this.mode = 'browse';
    const program = saved['program']?.[0];
    if (program && program !== this.detailId) void this.openDetail(program, false);
    if (!program && this.detailId) this.detailId = undefined;
    this.listPending = true;
  }

  private setMode(mode: 'guided' | 'browse'): void {
    if (this.mode === mode && !this.detailId) return;
    this.mode = mode;
    this.detailId = undefined;
    this.reflect(true);
    this.focusLater(mode === 'browse' ? '#browse-heading' : this.showResults ? '#results-heading' : '#step-heading');
  }

  private async copyLink(): Promise<void> {
    const url = this.url.hrefWith(this.urlStateNow()) ?? location.href;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = true;
      this.announcer.announce(msg('Der Link ist kopiert.', { id: 'funding.share.copied' }));
    } catch {
      this.renderRoot.querySelector<HTMLInputElement>('#share-url')?.select();
    }
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
    if (opener && this.mode === 'guided') this.showThrough(opener);
    this.detailId = undefined;
    this.detail.abort();
    this.reflect(true);
    this.focusLater(opener ? `[data-open="${CSS.escape(opener)}"]` : '#results-heading, #browse-heading, #step-heading');
  }

  private tick(programId: string, index: number, checked: boolean): void {
    const next = new Map(this.ticked);
    const set = new Set(next.get(programId) ?? []);
    if (checked) set.add(index);
    else set.delete(index);
    next.set(programId, set);
    this.ticked = next;
  }

  // ── Rendering ─────────────────────────────────────────────────────────────

  private visibleMatches(): FundingMatch[] {
    const all = this.matchFetch.value?.data ?? [];
    const presets = this.presets();
    return all.filter(
      ({ program }) =>
        (!presets.kind.length || program.kinds.some((code) => presets.kind.includes(code))) &&
        (!presets.topic.length || program.topics.length === 0 || program.topics.some((code) => presets.topic.includes(code))) &&
        (!presets.providerLevel.length || presets.providerLevel.includes(program.provider.level)),
    );
  }

  private matchSummary(): string {
    const matches = this.visibleMatches();
    const eligible = formatNumber(matches.filter((m) => m.fit === 'eligible').length, activeUiLocale());
    const partial = formatNumber(matches.filter((m) => m.fit === 'partial').length, activeUiLocale());
    const ineligible = formatNumber(matches.filter((m) => m.fit === 'ineligible').length, activeUiLocale());
    return msg(str`Passt: ${eligible}. Passt vielleicht: ${partial}. Passt nicht: ${ineligible}.`, { id: 'funding.results.summary' });
  }

  /** "20 von 500 angezeigt" while not all ranked results are drawn, else nothing. */
  private shownText(total: number): string | undefined {
    if (total <= this.shownResults) return undefined;
    const shown = formatNumber(this.shownResults, activeUiLocale());
    const all = formatNumber(total, activeUiLocale());
    return msg(str`${shown} von ${all} angezeigt`, { id: 'results.shown' });
  }

  /** The summary for the status line; says the total when only the first results are drawn. */
  private matchAnnouncement(): string {
    const shown = this.shownText(this.visibleMatches().length);
    return shown ? `${this.matchSummary()} ${shown}.` : this.matchSummary();
  }

  /** Draws enough pages of ranked results to include this programme (after re-ranking or coming back from its detail). */
  private showThrough(programId: string): void {
    const index = this.visibleMatches().findIndex((match) => match.program.id === programId);
    if (index >= this.shownResults) this.shownResults = Math.ceil((index + 1) / RESULTS_PAGE) * RESULTS_PAGE;
  }

  /** Draws the next `RESULTS_PAGE` results; focus goes to the first new one. */
  private showMoreResults(): void {
    const first = this.visibleMatches()[this.shownResults];
    this.shownResults += RESULTS_PAGE;
    this.announcer.announce(this.shownText(this.visibleMatches().length) ?? this.matchSummary());
    if (first) this.focusLater(`[data-open="${CSS.escape(first.program.id)}"]`);
  }

  private moreResultsText(remaining: number): string {
    return plural(remaining, activeUiLocale(), msg('one {Weiteres Ergebnis anzeigen (noch #)} other {Weitere Ergebnisse anzeigen (noch #)}', { id: 'funding.results.more' }));
  }

  private renderStep(): TemplateResult {
    const key = STEPS[this.step]!;
    const describedBy = this.stepError ? 'step-hint step-error' : 'step-hint';
    return questionStep({
      step: this.step,
      headingLevel: this.headingLevel + 1,
      key,
      error: this.stepError,
      inputId: key === 'amountEur' || key === 'ownContributionPercent' || key === 'neededBy' ? `step-${key}` : `step-${key}-${this.firstOptionCode(key)}`,
      describedBy,
      controls: this.stepNeedsTaxonomy(key)
        ? errorState(navigator.onLine === false, () => this.retryTaxonomies())
        : questionControls(key, this.questionContext('step', describedBy, Boolean(this.stepError))),
      onSubmit: (event) => this.submitStep(event),
      onUnknown: () => this.dontKnow(),
      onBack: () => this.goToStep(this.step - 1),
      onFocus: (id) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus(),
    });
  }

  /** A step whose choices come only from a taxonomy that failed to load: it shows the error with a retry ("Weiß ich nicht" still moves on). */
  private stepNeedsTaxonomy(key: QuestionKey): boolean {
    const taxonomy = key === 'area' ? 'areas' : key === 'topics' ? 'topics' : undefined;
    return taxonomy !== undefined && this.taxonomiesFailed && this.labels.codes(taxonomy).length === 0;
  }

  private firstOptionCode(key: QuestionKey): string {
    if (key === 'needs') return 'money';
    if (key === 'nonProfit') return 'yes';
    const taxonomy = key === 'applicantKind' ? 'applicant-kinds' : key === 'area' ? 'areas' : 'topics';
    return this.labels.codes(taxonomy)[0] ?? (key === 'applicantKind' ? 'registered-association' : '');
  }

  private renderResults(): TemplateResult {
    const { status } = this.matchFetch;
    const matches = status === 'success' ? this.visibleMatches() : [];
    return rankedResults({
      status,
      matches,
      shownCount: this.shownResults,
      summary: status === 'success' ? this.matchSummary() : '',
      shownText: this.shownText(matches.length),
      moreText: (remaining) => this.moreResultsText(remaining),
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
      onMore: () => this.showMoreResults(),
    });
  }

  private renderBrowse(): TemplateResult {
    const uiLocale = activeUiLocale();
    const presets = this.presets();
    const keys = BROWSE_KEYS.filter((key) => presets[key].length === 0);
    const { status } = this.programs.list;
    const api = this.client();
    const feed = api ? api.feedUrl({ ...this.effectiveCodes(), q: this.browse.q.trim() || undefined, deadline: this.browse.deadline || undefined }, this.contentLocale) : undefined;
    const shareUrl = this.url.hrefWith(this.urlStateNow());
    return html`<div role="heading" aria-level=${this.headingLevel + 1} id="browse-heading" class="section-title" tabindex="-1">${msg('Alle Förderprogramme', { id: 'funding.browse.title' })}</div>
      <search class="controls no-print" aria-label=${msg('Förderprogramme durchsuchen', { id: 'funding.browse.region' })}>
        ${searchField({
          id: 'search',
          label: msg('Suchbegriff', { id: 'search.label' }),
          hint: msg('Zum Beispiel Jugend, Miete oder Fest.', { id: 'funding.search.hint' }),
          value: this.browse.q,
          onInput: (value) => {
            this.browse = { ...this.browse, q: value };
            this.debouncedSearch();
          },
        })}
        ${browseFilters({
          uiLocale,
          labels: this.labels,
          keys,
          filters: this.browse,
          facets: this.programs.meta?.facets,
          onToggle: (key, code, checked) => this.toggleFilter(key, code, checked),
          onDeadline: (value) => {
            this.browse = { ...this.browse, deadline: value };
            this.filtersChanged(true);
          },
        })}
      </search>
      ${filterChips(this.activeFilters(), (filter) => this.removeFilter(filter), () => this.clearFilters(), this.headingLevel + 1)}
      ${takeHome({ feed, shareUrl, copied: this.copied, onCopy: () => void this.copyLink() })}
      ${browseResults({
        status,
        programs: this.programs.items,
        hasMore: Boolean(this.programs.meta?.nextCursor),
        loaded: this.programs.meta !== undefined,
        uiLocale,
        headingLevel: this.headingLevel + 2,
        onOpen: (program) => this.selectProgram(program),
        onMore: () => void this.loadMore(),
        onRetry: () => void this.programs.list.retry(),
      })}`;
  }

  private renderDetail(): TemplateResult {
    const { status, value } = this.detail;
    const back = html`<p class="no-print"><button type="button" class="button secondary back" part="button" @click=${() => this.closeDetail()}>
      <span aria-hidden="true">${directionOf(activeUiLocale()) === 'rtl' ? '→' : '←'}</span> ${msg('Zurück zur Liste', { id: 'funding.detail.back' })}
    </button></p>`;
    let body: TemplateResult;
    if (status === 'error' || status === 'offline') body = errorState(status === 'offline', () => void this.detail.retry());
    else if (status === 'success' && value && value.id === this.detailId) {
      const api = this.client();
      body = programDetail(value, {
        uiLocale: activeUiLocale(),
        headingLevel: this.headingLevel + 1,
        labels: this.labels,
        today: todayIn(this.timeZone),
        match: this.mode === 'guided' ? this.matchFetch.value?.data.find((match) => match.program.id === value.id) : undefined,
        ticked: this.ticked.get(value.id) ?? new Set(),
        icsUrl: api && value.deadlines.kind !== 'rolling' ? api.feedUrl({ program: value.id }, this.contentLocale) : undefined,
        onTick: (index, checked) => this.tick(value.id, index, checked),
        onPrint: () => window.print(),
      });
    } else body = html`<div role="heading" aria-level=${this.headingLevel + 1} id="detail-heading" class="detail-title" tabindex="-1">${msg('Programm wird geladen …', { id: 'funding.detail.loading' })}</div>${skeleton(1)}`;
    return html`<div class="detail" part="detail" aria-busy=${status === 'loading' ? 'true' : 'false'}>${back}${body}</div>`;
  }

  protected override render(): TemplateResult {
    let main: TemplateResult;
    if (this.detailId) main = this.renderDetail();
    else if (this.mode === 'browse') main = this.renderBrowse();
    else main = html`${this.showResults ? this.renderResults() : this.renderStep()}`;
    return this.frame(msg('Förderung finden', { id: 'funding.title' }), () => html`
      <div class="modes no-print" part="modes" role="group" aria-label=${msg('So suchen Sie', { id: 'funding.mode.label' })}>
        <button type="button" class="mode" aria-pressed=${this.mode === 'guided' ? 'true' : 'false'} @click=${() => this.setMode('guided')}>
          ${msg('Fragen beantworten', { id: 'funding.mode.guided' })}
        </button>
        <button type="button" class="mode" aria-pressed=${this.mode === 'browse' ? 'true' : 'false'} @click=${() => this.setMode('browse')}>
          ${msg('Alle Programme ansehen', { id: 'funding.mode.browse' })}
        </button>
      </div>
      <p class="status visually-hidden" part="status" role="status" aria-live="polite">${this.announcer.message}</p>
      ${this.taxonomyNotice()}
      <div class="main" lang=${this.contentLocale} dir=${directionOf(this.contentLocale)}>${main}</div>
      ${this.mode === 'guided' && !this.detailId ? privacyNotice({ consent: this.consent, headingLevel: this.headingLevel + 1, onConsent: (checked) => this.setConsent(checked), onForget: () => this.forgetAnswers() }) : nothing}`);
  }
}
