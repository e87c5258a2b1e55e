/** How one occurrence shows: a compact chip in a month cell, or an item in the week, list and day views. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { fallbackHint, contentText, isolate } from '../shared/fallback.js';
import type { EventOccurrence } from './calendar-api.js';
import type { DayKey } from './calendar-dates.js';
import type { PlacedOccurrence } from './calendar-state.js';
import { formatTime, formatWhen, statusLabel } from './event-labels.js';

export interface ItemContext {
  uiLocale: string;
  formatLabel: (code: string) => { label: string; lang?: string | undefined };
  onOpen: (placed: PlacedOccurrence, opener: HTMLElement) => void;
}

/** The place in one line: room and venue, or the address, and "online". */
export function placeLine(location: EventOccurrence['location']): string {
  const parts: string[] = [];
  if (location.roomName) parts.push(isolate(location.roomName));
  if (location.venueName) parts.push(isolate(location.venueName));
  if (!location.roomName && !location.venueName && location.address) parts.push(isolate(`${location.address.street}, ${location.address.city}`));
  if (location.kind === 'online' || location.kind === 'hybrid') parts.push(msg('Online', { id: 'calendar.online' }));
  return parts.join(' · ');
}

/** The title, with `lang`/`dir` when it fell back to another language. */
function title(occurrence: EventOccurrence): TemplateResult {
  const lang = occurrence.translation.fallbacks['title'];
  return contentText(occurrence.title, lang, 'event-title');
}

function statusBadge(occurrence: EventOccurrence): TemplateResult | typeof nothing {
  const label = statusLabel(occurrence.status);
  return label ? html`<span class="status-badge" part="status-badge">${label}:</span> ` : nothing;
}

/**
 * A chip in a month cell. Not in the tab order: the grid is one tab stop and
 * Enter on a day opens its list; the chip serves pointer users.
 */
export function eventChip(placed: PlacedOccurrence, day: DayKey, context: ItemContext): TemplateResult {
  const { occurrence } = placed;
  const continued = placed.days[0] !== day;
  return html`<li>
    <button
      type="button"
      class="event-chip ${occurrence.status}${continued ? ' continued' : ''}"
      part="event-chip"
      tabindex="-1"
      data-occurrence=${occurrence.occurrenceId}
      @click=${(event: MouseEvent) => {
        event.stopPropagation();
        context.onOpen(placed, event.currentTarget as HTMLElement);
      }}
    >
      ${statusBadge(occurrence)}${continued
        ? html`<span class="visually-hidden">${msg('(Fortsetzung)', { id: 'calendar.continued' })}</span>`
        : occurrence.allDay
          ? nothing
          : html`<span class="event-time">${formatTime(placed.start, context.uiLocale)}</span> `}${title(occurrence)}
    </button>
  </li>`;
}

/** An item with title button, date and time, place and markers (week, list and day views). */
export function eventItem(placed: PlacedOccurrence, context: ItemContext, headingLevel: number): TemplateResult {
  const { occurrence } = placed;
  const format = context.formatLabel(occurrence.format);
  const place = placeLine(occurrence.location);
  return html`<li class="event-item ${occurrence.status}" part="event-item">
    <div role="heading" aria-level=${headingLevel} class="event-item-title">
      <button
        type="button"
        class="event-open"
        data-occurrence=${occurrence.occurrenceId}
        @click=${(event: MouseEvent) => context.onOpen(placed, event.currentTarget as HTMLElement)}
      >
        ${statusBadge(occurrence)}${title(occurrence)}
      </button>
    </div>
    <p class="event-when">${formatWhen(occurrence, context.uiLocale)}</p>
    <p class="event-meta">
      ${contentText(format.label, format.lang)}${place ? html` · ${place}` : nothing}${occurrence.recurring
        ? html` · <span class="marker">${msg('Regelmäßiger Termin', { id: 'calendar.recurring' })}</span>`
        : nothing}${occurrence.price.free ? html` · <span class="marker">${msg('Kostenlos', { id: 'calendar.free' })}</span>` : nothing}
    </p>
    <p class="event-summary">
      ${contentText(occurrence.summary, occurrence.translation.fallbacks['summary'])} ${fallbackHint('summary', occurrence.translation, context.uiLocale)}
    </p>
  </li>`;
}
