/**
 * The rooms found: the status line's text, the list (in a sidebar a few
 * cards at a time behind "Weitere Räume anzeigen"), and the empty and error
 * states.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import { directionOf } from '../localization/index.js';
import type { FetchStatus } from '../shared/fetch-controller.js';
import { plural } from '../shared/plural.js';
import { showMore } from '../shared/show-more.js';
import { emptyState, errorState, loadStatusText, skeleton } from '../shared/status.js';
import type { ListResponse, RoomSummary } from './booking-api.js';
import { roomCard, type RoomCardContext } from './room-card.js';

export function roomsStatusText(status: FetchStatus, total: number | undefined, locale: string): string {
  return loadStatusText(status, {
    loading: () => msg('Räume werden gesucht …', { id: 'rb.status.loading' }),
    success: () =>
      total === 0 ? msg('Kein Raum passt zu Ihrer Suche.', { id: 'rb.empty.title' }) : plural(total ?? 0, locale, msg('one {# Raum gefunden} other {# Räume gefunden}', { id: 'rb.results' })),
  });
}

export interface RoomResultsContext {
  status: FetchStatus;
  rooms: ListResponse<RoomSummary> | undefined;
  /** Cards drawn: all, or in a sidebar the first few. */
  drawn: number;
  card: RoomCardContext;
  onRetry: () => void;
  onMore: (drawnBefore: number) => void;
}

export function roomResults(context: RoomResultsContext): TemplateResult {
  const { status, rooms: value } = context;
  if ((status === 'loading' || status === 'idle') && !value) return skeleton(3);
  if (status === 'error' || status === 'offline') return errorState(status === 'offline', context.onRetry);
  if (!value || value.data.length === 0) {
    return emptyState({
      title: msg('Kein Raum passt zu Ihrer Suche.', { id: 'rb.empty.title' }),
      hint: msg('Wählen Sie weniger Ausstattung, einen anderen Tag oder eine andere Uhrzeit.', { id: 'rb.empty.hint' }),
    });
  }
  const drawn = value.data.slice(0, context.drawn);
  return html`<ul class="results" part="list" aria-busy=${status === 'loading' ? 'true' : 'false'} aria-labelledby="results-title">
      ${repeat(drawn, (room) => room.id, (room) => html`<li>${roomCard(room, context.card)}</li>`)}
    </ul>
    ${drawn.length < value.data.length
      ? showMore({
          shown: drawn.length,
          total: value.data.length,
          uiLocale: context.card.uiLocale,
          label: msg('Weitere Räume anzeigen', { id: 'rb.results.more' }),
          onMore: () => context.onMore(drawn.length),
        })
      : nothing}`;
}

export interface ResultsAreaContext extends RoomResultsContext {
  /** Level of "Freie Räume"; the cards sit one below. */
  headingLevel: number;
  contentLocale: string;
  statusText: string;
}

/** "Freie Räume" with the status line and the list, in the content language. */
export function resultsArea(context: ResultsAreaContext): TemplateResult {
  return html`<section class="results-area" aria-labelledby="results-title" lang=${context.contentLocale} dir=${directionOf(context.contentLocale)}>
    <div role="heading" aria-level=${context.headingLevel} class="section-title" id="results-title">${msg('Freie Räume', { id: 'rb.results.title' })}</div>
    <p class="status" part="status">${context.statusText}</p>
    ${roomResults(context)}
  </section>`;
}
