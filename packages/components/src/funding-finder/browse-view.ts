/**
 * Browse mode: search, filters (native disclosures with checkboxes and their
 * counts) and the list of programmes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { FundingProgramSummary } from './funding-api.js';
import { localizedText, contentText } from '../shared/fallback.js';
import type { FetchStatus } from '../shared/fetch-controller.js';
import { formatNumber } from '../shared/format.js';
import { emptyState, errorState, skeleton } from '../shared/status.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import { deadlineFilterLabel, providerLevelLabel, supportLabel } from './labels.js';
import { amountText, deadlineText } from './program-facts.js';

export const BROWSE_KEYS = ['kind', 'topic', 'providerLevel', 'applicant', 'supportType'] as const;
export type BrowseKey = (typeof BROWSE_KEYS)[number];
export const DEADLINE_VALUES = ['', 'open-now', 'soon', 'none'] as const;
export type DeadlineFilter = (typeof DEADLINE_VALUES)[number];

export interface BrowseFilters {
  q: string;
  deadline: DeadlineFilter;
  codes: Record<BrowseKey, string[]>;
}

export const emptyBrowseFilters = (): BrowseFilters => ({
  q: '',
  deadline: '',
  codes: { kind: [], topic: [], providerLevel: [], applicant: [], supportType: [] },
});

const FIXED_CODES: Partial<Record<BrowseKey, string[]>> = {
  providerLevel: ['municipal', 'district', 'state', 'federal', 'eu', 'foundation'],
  supportType: ['money', 'room', 'counselling', 'qualification'],
};
const TAXONOMY: Partial<Record<BrowseKey, string>> = { kind: 'funding-kinds', topic: 'topics', applicant: 'applicant-kinds' };

export function browseFilterName(key: BrowseKey): string {
  switch (key) {
    case 'kind':
      return msg('Art der Förderung', { id: 'funding.detail.kinds' });
    case 'topic':
      return msg('Thema', { id: 'funding.criterion.topic' });
    case 'providerLevel':
      return msg('Wer fördert', { id: 'funding.filter.level' });
    case 'applicant':
      return msg('Wer einen Antrag stellen darf', { id: 'funding.criterion.applicant' });
    case 'supportType':
      return msg('Art der Hilfe', { id: 'funding.criterion.need' });
  }
}

/** The label of a filter code. */
export function browseCodeLabel(key: BrowseKey, code: string, labels: TaxonomyLabels): { label: string; lang?: string | undefined } {
  if (key === 'providerLevel') return { label: providerLevelLabel(code) };
  if (key === 'supportType') return { label: supportLabel(code) };
  return labels.label(TAXONOMY[key]!, code);
}

export interface BrowseContext {
  uiLocale: string;
  labels: TaxonomyLabels;
  keys: readonly BrowseKey[];
  filters: BrowseFilters;
  facets: Record<string, { code: string; count: number }[]> | undefined;
  onToggle: (key: BrowseKey, code: string, checked: boolean) => void;
  onDeadline: (value: DeadlineFilter) => void;
}

function options(key: BrowseKey, context: BrowseContext): { code: string; count: number | undefined }[] {
  const counts = new Map((context.facets?.[key] ?? []).map((facet) => [facet.code, facet.count]));
  const known = FIXED_CODES[key] ?? context.labels.codes(TAXONOMY[key]!);
  const codes = new Set([...known, ...counts.keys(), ...context.filters.codes[key]]);
  return [...codes]
    .map((code) => ({ code, count: context.facets ? (counts.get(code) ?? 0) : undefined }))
    .filter((option) => option.count !== 0 || context.filters.codes[key].includes(option.code));
}

export function browseFilters(context: BrowseContext): TemplateResult {
  return html`<div class="filters" part="filters">
    ${context.keys.map((key) => {
      const name = browseFilterName(key);
      const chosen = context.filters.codes[key].length;
      return html`<details class="filter-group" part="filter-group" data-filter-key=${key}>
        <summary class="filter-summary">
          ${name}${chosen ? html` <span class="filter-chosen">${msg(str`(${formatNumber(chosen, context.uiLocale)} gewählt)`, { id: 'filters.chosen' })}</span>` : nothing}
        </summary>
        <fieldset class="filter-options">
          <legend class="visually-hidden">${name}</legend>
          <ul>
            ${repeat(
              options(key, context),
              (option) => option.code,
              (option) => {
                const id = `filter-${key}-${option.code}`;
                const { label, lang } = browseCodeLabel(key, option.code, context.labels);
                return html`<li class="choice">
                  <input type="checkbox" id=${id} .checked=${context.filters.codes[key].includes(option.code)} @change=${(event: Event) => context.onToggle(key, option.code, (event.target as HTMLInputElement).checked)} />
                  <label for=${id}>${contentText(label, lang)}${option.count !== undefined ? html` <span class="count">(${formatNumber(option.count, context.uiLocale)})</span>` : nothing}</label>
                </li>`;
              },
            )}
          </ul>
        </fieldset>
      </details>`;
    })}
    <fieldset class="filter-group deadline-filter">
      <legend class="filter-legend">${msg('Frist', { id: 'funding.criterion.deadline' })}</legend>
      <ul>
        ${DEADLINE_VALUES.map((value) => {
          const id = `filter-deadline-${value || 'all'}`;
          return html`<li class="choice">
            <input type="radio" id=${id} name="deadline" .checked=${context.filters.deadline === value} @change=${() => context.onDeadline(value)} />
            <label for=${id}>${deadlineFilterLabel(value)}</label>
          </li>`;
        })}
      </ul>
    </fieldset>
  </div>`;
}

export function programCard(program: FundingProgramSummary, uiLocale: string, headingLevel: number, onOpen: (program: FundingProgramSummary) => void): TemplateResult {
  const titleId = `program-${program.id}`;
  return html`<article class="card" part="card" data-program=${program.id} aria-labelledby=${titleId}>
    <div role="heading" aria-level=${headingLevel} class="card-title" id=${titleId}>
      <button type="button" class="card-open" data-open=${program.id} @click=${() => onOpen(program)}>${localizedText(program.title, 'title', program.translation, uiLocale)}</button>
    </div>
    <p class="card-meta">${contentText(program.provider.name)} · ${providerLevelLabel(program.provider.level)}</p>
    <p>${localizedText(program.summary, 'summary', program.translation, uiLocale)}</p>
    <dl class="facts inline">
      <div class="fact"><dt>${msg('Betrag', { id: 'funding.criterion.amount' })}</dt><dd>${amountText(program, uiLocale)}</dd></div>
      <div class="fact"><dt>${msg('Frist', { id: 'funding.criterion.deadline' })}</dt><dd>${deadlineText(program, uiLocale)}</dd></div>
    </dl>
  </article>`;
}

export interface BrowseResultsContext {
  status: FetchStatus;
  programs: readonly FundingProgramSummary[];
  hasMore: boolean;
  /** A first page has arrived (a new search keeps the old list visible while it loads). */
  loaded: boolean;
  uiLocale: string;
  /** Level of the cards' titles (one below "Alle Förderprogramme"). */
  headingLevel: number;
  onOpen: (program: FundingProgramSummary) => void;
  onMore: () => void;
  onRetry: () => void;
}

/** The programmes found, with their designed states and "Weitere Programme anzeigen". */
export function browseResults(context: BrowseResultsContext): TemplateResult {
  const { status } = context;
  if ((status === 'loading' || status === 'idle') && !context.loaded) return skeleton(3);
  if (status === 'error' || status === 'offline') return errorState(status === 'offline', context.onRetry);
  if (context.programs.length === 0) {
    return emptyState({
      title: msg('Kein Förderprogramm passt zu Ihrer Suche.', { id: 'funding.count.none' }),
      hint: msg('Ändern Sie den Suchbegriff oder entfernen Sie Filter.', { id: 'state.empty.hint' }),
    });
  }
  return html`<ol class="results" part="list" aria-labelledby="browse-heading" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${repeat(context.programs, (program) => program.id, (program) => html`<li>${programCard(program, context.uiLocale, context.headingLevel, context.onOpen)}</li>`)}
    </ol>
    ${context.hasMore
      ? html`<p class="more no-print"><button type="button" class="button secondary" part="more button" @click=${context.onMore}>${msg('Weitere Programme anzeigen', { id: 'funding.more' })}</button></p>`
      : nothing}`;
}

/** What a reader takes home from a selection: the deadline feed and a link to share (never the answers). */
export function takeHome({ feed, shareUrl, copied, onCopy }: { feed: string | undefined; shareUrl: string | undefined; copied: boolean; onCopy: () => void }): TemplateResult {
  return html`<div class="take-home no-print">
    ${feed ? html`<p><a href=${feed} part="ics-link">${msg('Fristen dieser Auswahl im Kalender abonnieren (.ics)', { id: 'funding.browse.feed' })}</a></p>` : nothing}
    ${shareUrl
      ? html`<div class="field share">
          <label class="label" for="share-url">${msg('Link zu dieser Auswahl', { id: 'funding.share.label' })}</label>
          <p class="field-hint" id="share-hint">${msg('Der Link enthält nur Suche und Filter, keine Antworten aus den Fragen.', { id: 'funding.share.hint' })}</p>
          <div class="share-row">
            <input id="share-url" class="input" readonly aria-describedby="share-hint" .value=${shareUrl} />
            <button type="button" class="button secondary" part="button" @click=${onCopy}>
              ${copied ? msg('Kopiert', { id: 'funding.share.done' }) : msg('Link kopieren', { id: 'funding.share.copy' })}
            </button>
          </div>
        </div>`
      : nothing}
  </div>`;
}
