/**
 * The month as a WAI-ARIA APG grid: one tab stop (roving tabindex), arrow
 * keys move by day and week, Home/End to the week's start and end,
 * PageUp/PageDown by month, Enter or Space opens the day. Today carries
 * `aria-current="date"`, the opened day `aria-selected="true"`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../shared/format.js';
import { sameMonth, type DayKey } from './calendar-dates.js';
import type { PlacedOccurrence } from './calendar-state.js';
import { eventChip, type ItemContext } from './event-item.js';
import { formatDayLong, formatDayNumber, formatMonth, formatWeekdayName } from './event-labels.js';
import { plural } from '../shared/plural.js';

export interface MonthGridContext extends ItemContext {
  weeks: DayKey[][];
  month: DayKey;
  focusDay: DayKey;
  selectedDay: DayKey | undefined;
  today: DayKey;
  days: Map<DayKey, PlacedOccurrence[]>;
  maxPerDay: number;
  busy: boolean;
  onKeyDown: (event: KeyboardEvent) => void;
  onOpenDay: (day: DayKey) => void;
}

export function eventCount(count: number, locale: string): string {
  return plural(count, locale, msg('=0 {keine Veranstaltung} one {# Veranstaltung} other {# Veranstaltungen}', { id: 'calendar.count' }));
}

function cell(day: DayKey, context: MonthGridContext): TemplateResult {
  const entries = context.days.get(day) ?? [];
  const shown = entries.length > context.maxPerDay ? entries.slice(0, Math.max(0, context.maxPerDay - 1)) : entries;
  const hidden = entries.length - shown.length;
  const isToday = day === context.today;
  const selected = day === context.selectedDay;
  const outside = !sameMonth(day, context.month);
  const locale = context.uiLocale;
  return html`<td
    role="gridcell"
    id=${`day-${day}`}
    class="day${outside ? ' outside' : ''}${isToday ? ' today' : ''}${selected ? ' selected' : ''}"
    part="day${isToday ? ' today' : ''}${selected ? ' selected-day' : ''}"
    tabindex=${day === context.focusDay ? '0' : '-1'}
    aria-selected=${selected ? 'true' : 'false'}
    aria-current=${isToday ? 'date' : nothing}
    data-day=${day}
    @click=${() => context.onOpenDay(day)}
  >
    <span class="day-number" aria-hidden="true">${formatDayNumber(day, locale)}</span>
    <span class="visually-hidden"
      >${formatDayLong(day, locale)}${isToday ? html`, ${msg('heute', { id: 'calendar.today-marker' })}` : nothing},
      ${eventCount(entries.length, locale)}</span
    >
    ${entries.length > 0 ? html`<span class="day-count" aria-hidden="true">${formatNumber(entries.length, locale)}</span>` : nothing}
    ${shown.length > 0 ? html`<ul class="day-events">${shown.map((placed) => eventChip(placed, day, context))}</ul>` : nothing}
    ${hidden > 0
      ? html`<button
          type="button"
          class="day-more"
          tabindex="-1"
          @click=${(event: MouseEvent) => {
            event.stopPropagation();
            context.onOpenDay(day);
          }}
        >
          ${msg(str`+${formatNumber(hidden, locale)} weitere`, { id: 'calendar.more-in-day' })}
        </button>`
      : nothing}
  </td>`;
}

export function monthGrid(context: MonthGridContext): TemplateResult {
  const firstWeek = context.weeks[0] ?? [];
  return html`<table
    role="grid"
    class="month-grid"
    part="month-grid"
    aria-labelledby="period-title"
    aria-busy=${context.busy ? 'true' : 'false'}
    @keydown=${context.onKeyDown}
  >
    <thead>
      <tr>
        ${firstWeek.map(
          (day) => html`<th scope="col" class="weekday">
            <span aria-hidden="true">${formatWeekdayName(day, context.uiLocale, 'short')}</span>
            <span class="visually-hidden">${formatWeekdayName(day, context.uiLocale, 'long')}</span>
          </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${context.weeks.map((week) => html`<tr>${week.map((day) => cell(day, context))}</tr>`)}
    </tbody>
  </table>`;
}

/** The title of a month view, e.g. `März 2026`. */
export function monthTitle(month: DayKey, locale: string): string {
  return formatMonth(month, locale);
}
