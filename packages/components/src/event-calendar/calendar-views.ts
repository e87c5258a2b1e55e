/**
 * The calendar's smaller views: the toolbar (period and view), the day lists
 * of the week and list views, the panel of an opened day, and the feed
 * subscription.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DayKey } from './calendar-dates.js';
import { VIEWS, type CalendarView, type PlacedOccurrence } from './calendar-state.js';
import { eventItem, type ItemContext } from './event-item.js';
import { formatDayLong } from './event-labels.js';
import { eventCount } from './month-grid.js';

export interface ToolbarContext {
  view: CalendarView;
  onMove: (step: number) => void;
  onToday: () => void;
  onView: (view: CalendarView) => void;
}

export function calendarToolbar({ view, onMove, onToday, onView }: ToolbarContext): TemplateResult {
  const week = view === 'week';
  const viewNames: Record<CalendarView, string> = {
    month: msg('Monat', { id: 'calendar.view.month' }),
    week: msg('Woche', { id: 'calendar.view.week' }),
    list: msg('Liste', { id: 'calendar.view.list' }),
  };
  return html`<div class="toolbar" part="toolbar">
    <div class="period-nav">
      <button type="button" class="button secondary nav-button" part="button" @click=${() => onMove(-1)}>
        <span class="arrow" aria-hidden="true">←</span>
        ${week ? msg('Vorherige Woche', { id: 'calendar.previous-week' }) : msg('Vorheriger Monat', { id: 'calendar.previous-month' })}
      </button>
      <button type="button" class="button secondary" part="button" @click=${onToday}>${msg('Heute', { id: 'calendar.today' })}</button>
      <button type="button" class="button secondary nav-button" part="button" @click=${() => onMove(1)}>
        ${week ? msg('Nächste Woche', { id: 'calendar.next-week' }) : msg('Nächster Monat', { id: 'calendar.next-month' })}
        <span class="arrow" aria-hidden="true">→</span>
      </button>
    </div>
    <div class="view-switch" role="group" aria-label=${msg('Ansicht', { id: 'calendar.view' })}>
      ${VIEWS.map(
        (name) => html`<button type="button" class="button secondary view-button" part="button" aria-pressed=${name === view ? 'true' : 'false'} data-view=${name} @click=${() => onView(name)}>
          ${viewNames[name]}
        </button>`,
      )}
    </div>
  </div>`;
}

export interface DayListContext extends ItemContext {
  headingLevel: number;
  today: DayKey;
}

/** Days with their events, at most `limit` events in all; the week view also lists days without any. */
export function dayList(days: readonly DayKey[], byDay: Map<DayKey, PlacedOccurrence[]>, className: 'week' | 'agenda', limit: number, context: DayListContext): TemplateResult {
  let budget = limit;
  const shownDays: TemplateResult[] = [];
  for (const day of days) {
    const entries = byDay.get(day) ?? [];
    if (className !== 'week' && entries.length === 0) continue;
    if (budget <= 0) break;
    const shown = entries.slice(0, budget);
    budget -= shown.length;
    const isToday = day === context.today;
    shownDays.push(html`<li class="list-day${isToday ? ' today' : ''}">
      <div class="list-day-title" role="heading" aria-level=${context.headingLevel + 1}>
        ${formatDayLong(day, context.uiLocale)}${isToday ? html` <span class="today-badge">${msg('heute', { id: 'calendar.today-marker' })}</span>` : nothing}
      </div>
      ${shown.length > 0
        ? html`<ul class="event-list">${shown.map((placed) => eventItem(placed, context, context.headingLevel + 2))}</ul>`
        : html`<p class="hint">${msg('Keine Veranstaltung.', { id: 'calendar.no-event-day' })}</p>`}
    </li>`);
  }
  return html`<ol class=${className} aria-labelledby="period-title">${shownDays}</ol>`;
}

/** The events of the day opened in the month grid, with the way back to the grid. */
export function dayPanel(day: DayKey, entries: readonly PlacedOccurrence[], context: DayListContext, onClose: () => void): TemplateResult {
  return html`<section class="day-panel" part="day-panel" aria-labelledby="day-panel-title">
    <div class="day-panel-bar">
      <div id="day-panel-title" class="day-panel-title" tabindex="-1" role="heading" aria-level=${context.headingLevel + 1}>
        ${formatDayLong(day, context.uiLocale)}: ${eventCount(entries.length, context.uiLocale)}
      </div>
      <button type="button" class="button secondary" part="button" @click=${onClose}>${msg('Zurück zum Kalender', { id: 'calendar.back-to-grid' })}</button>
    </div>
    ${entries.length > 0
      ? html`<ul class="event-list">${entries.map((placed) => eventItem(placed, context, context.headingLevel + 2))}</ul>`
      : html`<p>${msg('An diesem Tag gibt es keine passende Veranstaltung.', { id: 'calendar.day-empty' })}</p>`}
  </section>`;
}

/** "Kalender abonnieren": the webcal link and the https address to copy. */
export function subscribePanel({ webcal, https }: { webcal: string; https: string }): TemplateResult {
  return html`<details class="subscribe" part="subscribe">
    <summary class="filter-summary">${msg('Kalender abonnieren', { id: 'calendar.subscribe' })}</summary>
    <div class="subscribe-body">
      <p>${msg('Ihr Kalenderprogramm zeigt dann immer die aktuellen Termine mit Ihren Filtern.', { id: 'calendar.subscribe.hint' })}</p>
      <p><a class="button" part="button" href=${webcal}>${msg('Im Kalenderprogramm abonnieren', { id: 'calendar.subscribe.webcal' })}</a></p>
      <label class="label" for="feed-url">${msg('Adresse zum Kopieren', { id: 'calendar.subscribe.copy' })}</label>
      <input id="feed-url" class="input" readonly .value=${https} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
    </div>
  </details>`;
}
