/**
 * The ranked results of the questionnaire: heading, summary, actions, the
 * cards of the pages fetched so far and the "show more" for the rest.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import type { FetchStatus } from '../shared/fetch-controller.js';
import { errorState, skeleton } from '../shared/status.js';
import type { FundingMatch } from './funding-api.js';
import { matchCard, type MatchCardContext } from './match-card.js';

export interface RankedResultsContext {
  status: FetchStatus;
  /** The matches fetched so far, all drawn. */
  matches: readonly FundingMatch[];
  /** How many programmes the ranking has in all. */
  total: number;
  /** Whether any programme of the whole ranking fits or may fit. */
  anyFit: boolean;
  /** The last "show more" failed. */
  moreFailed: boolean;
  summary: string;
  /** "20 von 500 angezeigt" while not all are drawn. */
  shownText: string | undefined;
  moreText: (remaining: number) => string;
  card: MatchCardContext;
  /** Level of the results heading; the cards sit one below. */
  headingLevel: number;
  onChangeAnswers: () => void;
  onRetry: () => void;
  onBrowse: () => void;
  onMore: () => void;
}

export function rankedResults(context: RankedResultsContext): TemplateResult {
  const { status, matches } = context;
  const heading = html`<div role="heading" aria-level=${context.headingLevel} id="results-heading" class="section-title" tabindex="-1">${msg('Förderprogramme für Sie', { id: 'funding.results.title' })}</div>`;
  const actions = html`<div class="result-actions no-print">
    <button type="button" class="button secondary" part="button" @click=${context.onChangeAnswers}>${msg('Angaben ändern', { id: 'funding.results.change' })}</button>
    <button type="button" class="button secondary" part="button" @click=${() => window.print()}>${msg('Liste drucken', { id: 'funding.results.print' })}</button>
  </div>`;
  if (status === 'loading' || status === 'idle') {
    return html`${heading}<p class="hint-text">${msg('Die Programme werden geprüft …', { id: 'funding.results.loading' })}</p>${skeleton(3)}`;
  }
  if (status === 'error' || status === 'offline') return html`${heading}${errorState(status === 'offline', context.onRetry)}${actions}`;
  const remaining = context.total - matches.length;
  return html`${heading}
    <p class="results-summary">${context.summary}</p>
    ${actions}
    ${context.total === 0
      ? html`<div class="state" part="state state-empty"><p class="state-title">${msg('Es gibt noch keine Förderprogramme.', { id: 'funding.results.none-at-all' })}</p></div>`
      : context.anyFit
        ? nothing
        : html`<div class="state" part="state state-empty">
            <p class="state-title">${msg('Kein Programm passt ganz zu Ihren Angaben.', { id: 'funding.results.no-match' })}</p>
            <p>${msg('Unten sehen Sie bei jedem Programm, was nicht passt. Die Förderberatung Ihrer Stadt oder Ihres Landkreises hilft Ihnen gerne weiter.', { id: 'funding.results.no-match-hint' })}</p>
            <button type="button" class="button" part="button" @click=${context.onBrowse}>${msg('Alle Programme ansehen', { id: 'funding.mode.browse' })}</button>
          </div>`}
    <ol class="results" part="list" aria-labelledby="results-heading">
      ${repeat(matches, (match) => match.program.id, (match) => html`<li>${matchCard(match, context.card)}</li>`)}
    </ol>
    ${remaining > 0
      ? html`<div class="more">
          ${context.shownText ? html`<p class="hint-text">${context.shownText}</p>` : nothing}
          <button type="button" class="button secondary no-print" part="more button" id="results-more" @click=${context.onMore}>${context.moreText(remaining)}</button>
          ${context.moreFailed ? html`<p class="hint-text" role="alert">${msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' })}</p>` : nothing}
        </div>`
      : nothing}`;
}
