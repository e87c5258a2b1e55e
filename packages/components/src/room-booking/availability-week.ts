/**
 * The week of one room, two ways: a grid (days as columns, time running
 * down, free times as buttons) and a list (per day, in words). Both carry the
 * same information and are operated with the keyboard; busy times never say
 * who booked. In the grid, one free time is in the tab order; the arrow keys
 * move between free times (up/down within a day, left/right across days,
 * mirrored in right-to-left), Home/End go to the first/last.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatTimeOfDay } from '../shared/format.js';
import { styleProperties } from '../shared/style-properties.js';
import { formatDayLong, formatDayShort, timeOf } from '../shared/dates.js';
import { weekBounds, type DaySchedule, type Segment, type SegmentKind } from './week-schedule.js';

export type WeekView = 'grid' | 'list';

export interface WeekContext {
  /** Level of each day's heading (one below "Freie und belegte Zeiten"). */
  headingLevel: number;
  days: DaySchedule[];
  view: WeekView;
  uiLocale: string;
  /** `date@minutes` of the free time in the tab order. */
  activeSlot: string | undefined;
  /** Closure reasons by date. */
  closureReasons: Map<string, string>;
  onPick: (date: string, segment: Segment) => void;
  onActivate: (key: string) => void;
}

export const slotKey = (date: string, segment: Pick<Segment, 'start'>) => `${date}@${segment.start}`;

export function kindLabel(kind: SegmentKind): string {
  switch (kind) {
    case 'free':
      return msg('frei', { id: 'rb.week.free' });
    case 'requested':
      return msg('angefragt, noch nicht bestätigt', { id: 'rb.week.requested' });
    case 'booked':
      return msg('belegt', { id: 'rb.week.booked' });
    case 'closed':
      return msg('geschlossen', { id: 'rb.week.closed' });
    case 'too-soon':
      return msg('zu kurzfristig', { id: 'rb.week.too-soon' });
    case 'past':
      return msg('vorbei', { id: 'rb.week.past' });
  }
}

function range(segment: Pick<Segment, 'start' | 'end'>, locale: string): string {
  const from = formatTimeOfDay(timeOf(segment.start), locale);
  const to = segment.end >= 24 * 60 ? '24:00' : formatTimeOfDay(timeOf(segment.end), locale);
  return msg(str`${from} bis ${to}`, { id: 'rb.week.range' });
}

function freeButtonLabel(day: DaySchedule, segment: Segment, locale: string): string {
  const dayName = formatDayLong(day.date, locale);
  const when = range(segment, locale);
  return msg(str`${dayName}, ${when} frei – diese Zeit anfragen`, { id: 'rb.week.pick' });
}

function dayNote(day: DaySchedule, context: WeekContext): string | undefined {
  if (day.closedAllDay) {
    const reason = context.closureReasons.get(day.date);
    return reason ? msg(str`geschlossen: ${reason}`, { id: 'rb.week.closed-reason' }) : kindLabel('closed');
  }
  if (day.open.length === 0) return msg('nicht geöffnet', { id: 'rb.week.not-open' });
  return undefined;
}

function openingLine(day: DaySchedule, locale: string): string {
  const hours = day.open.map((o) => range(o, locale)).join(', ');
  return msg(str`Geöffnet ${hours}`, { id: 'rb.week.open' });
}

function freeButton(day: DaySchedule, segment: Segment, context: WeekContext, inGrid: boolean, style?: Record<string, string>) {
  const key = slotKey(day.date, segment);
  return html`<button
    type="button"
    class="slot free"
    part="slot"
    data-slot=${key}
    tabindex=${inGrid ? (context.activeSlot === key ? '0' : '-1') : nothing}
    style=${styleProperties(style ?? {})}
    @focus=${() => context.onActivate(key)}
    @click=${() => context.onPick(day.date, segment)}
  >
    <span aria-hidden="true">${range(segment, context.uiLocale)}</span>
    <span class="visually-hidden">${freeButtonLabel(day, segment, context.uiLocale)}</span>
  </button>`;
}

function gridView(context: WeekContext): TemplateResult {
  const bounds = weekBounds(context.days);
  const rows = (bounds.end - bounds.start) / 15;
  const position = (segment: Pick<Segment, 'start' | 'end'>) => ({
    'grid-row': `${Math.floor((Math.max(segment.start, bounds.start) - bounds.start) / 15) + 1} / ${Math.ceil((Math.min(segment.end, bounds.end) - bounds.start) / 15) + 1}`,
  });
  const hours = Array.from({ length: (bounds.end - bounds.start) / 60 }, (_, i) => bounds.start + i * 60);
  return html`<div class="week-grid" part="week-grid" @keydown=${(event: KeyboardEvent) => onGridKey(event, context)}>
    <div class="week-scale" aria-hidden="true">
      <span class="week-head"></span>
      <div class="week-track rows" style=${styleProperties({ 'grid-template-rows': `repeat(${rows}, var(--_slot-row))` })}>
        ${hours.map((minute) => html`<span class="scale-hour" style=${styleProperties(position({ start: minute, end: minute + 60 }))}>${formatTimeOfDay(timeOf(minute), context.uiLocale)}</span>`)}
      </div>
    </div>
    ${context.days.map((day) => {
      const note = dayNote(day, context);
      return html`<section class="week-day" aria-labelledby="grid-day-${day.date}">
        <div role="heading" aria-level=${context.headingLevel} class="week-head" id="grid-day-${day.date}">
          <span aria-hidden="true">${formatDayShort(day.date, context.uiLocale)}</span>
          <span class="visually-hidden">${formatDayLong(day.date, context.uiLocale)}</span>
        </div>
        <div class="week-track rows" style=${styleProperties({ 'grid-template-rows': `repeat(${rows}, var(--_slot-row))` })}>
          ${note ? html`<p class="slot closed-day" style=${styleProperties({ 'grid-row': `1 / ${rows + 1}` })}>${note}</p>` : nothing}
          ${note
            ? nothing
            : day.segments.map((segment) =>
                segment.kind === 'free'
                  ? freeButton(day, segment, context, true, position(segment))
                  : html`<p class="slot ${segment.kind}" style=${styleProperties(position(segment))}>
                      <span class="slot-kind">${kindLabel(segment.kind)}</span>
                      <span class="slot-time">${range(segment, context.uiLocale)}</span>
                    </p>`,
              )}
        </div>
      </section>`;
    })}
  </div>`;
}

function listView(context: WeekContext): TemplateResult {
  return html`<ol class="week-list" part="week-list">
    ${context.days.map((day) => {
      const note = dayNote(day, context);
      return html`<li class="week-list-day">
        <div role="heading" aria-level=${context.headingLevel} class="week-list-title">${formatDayLong(day.date, context.uiLocale)}</div>
        ${note
          ? html`<p>${note}</p>`
          : html`<p class="hint-plain">${openingLine(day, context.uiLocale)}</p>
              <ul class="week-list-slots">
                ${day.segments.map((segment) =>
                  segment.kind === 'free'
                    ? html`<li>${freeButton(day, segment, context, false)}</li>`
                    : html`<li class="slot-line ${segment.kind}">${range(segment, context.uiLocale)}: ${kindLabel(segment.kind)}</li>`,
                )}
              </ul>`}
      </li>`;
    })}
  </ol>`;
}

export function weekView(context: WeekContext): TemplateResult {
  return context.view === 'grid' ? gridView(context) : listView(context);
}

/** The first free time of the week, to put in the tab order. */
export function firstFreeSlot(days: readonly DaySchedule[]): string | undefined {
  for (const day of days) {
    const free = day.segments.find((segment) => segment.kind === 'free');
    if (free) return slotKey(day.date, free);
  }
  return undefined;
}

function onGridKey(event: KeyboardEvent, context: WeekContext): void {
  const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const grid = event.currentTarget as HTMLElement;
  const current = (event.target as HTMLElement).closest<HTMLElement>('.slot.free');
  if (!current) return;
  const columns = [...grid.querySelectorAll<HTMLElement>('.week-day')].map((day) => [...day.querySelectorAll<HTMLElement>('.slot.free')]);
  const all = columns.flat();
  const column = columns.findIndex((slots) => slots.includes(current));
  const row = columns[column]!.indexOf(current);
  const rtl = getComputedStyle(grid).direction === 'rtl';
  let target: HTMLElement | undefined;
  const across = (step: number) => {
    for (let c = column + step; c >= 0 && c < columns.length; c += step) {
      const slots = columns[c]!;
      if (slots.length) return slots[Math.min(row, slots.length - 1)];
    }
    return undefined;
  };
  switch (event.key) {
    case 'ArrowUp':
      target = columns[column]![row - 1];
      break;
    case 'ArrowDown':
      target = columns[column]![row + 1];
      break;
    case 'ArrowLeft':
      target = across(rtl ? 1 : -1);
      break;
    case 'ArrowRight':
      target = across(rtl ? -1 : 1);
      break;
    case 'Home':
      target = all[0];
      break;
    case 'End':
      target = all[all.length - 1];
      break;
  }
  event.preventDefault();
  if (target) {
    context.onActivate(target.dataset['slot'] ?? '');
    target.focus();
  }
}
