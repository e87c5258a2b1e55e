/**
 * The room's week: moving between weeks (never before this one), the grid
 * or list view (the list only below 640 px: seven columns do not fit), the
 * legend, and the week itself in each state of its load.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { addDays, formatDayLong, mondayOf, type LocalDate } from '../shared/dates.js';
import type { FetchStatus } from '../shared/fetch-controller.js';
import { errorState, skeleton } from '../shared/status.js';
import { weekView, type WeekView } from './availability-week.js';
import type { Room } from './booking-api.js';
import type { DaySchedule, Segment } from './week-schedule.js';

export interface WeekPanelContext {
  headingLevel: number;
  uiLocale: string;
  status: FetchStatus;
  days: DaySchedule[];
  room: Room | undefined;
  weekStart: LocalDate;
  /** Today in the room's time zone. */
  today: LocalDate;
  view: WeekView;
  /** Too narrow for the grid: the list, without the choice. */
  narrow: boolean;
  activeSlot: string | undefined;
  onMove: (weeks: number) => void;
  onView: (view: WeekView) => void;
  onPick: (date: string, segment: Segment) => void;
  onActivate: (key: string) => void;
  onRetry: () => void;
}

/** Why the room is closed on a day of the week shown, by day. */
function closureReasons(room: Room | undefined, weekStart: LocalDate): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const closure of room?.closures ?? []) {
    for (let day = closure.from; day <= closure.to && day < addDays(weekStart, 7); day = addDays(day, 1)) {
      if (day >= weekStart && closure.reason) reasons.set(day, closure.reason);
    }
  }
  return reasons;
}

export function weekPanel(context: WeekPanelContext): TemplateResult {
  const { status, days, weekStart, uiLocale, headingLevel } = context;
  const weekLabel = msg(str`Woche ab ${formatDayLong(weekStart, uiLocale)}`, { id: 'rb.week.label' });
  const isCurrentWeek = weekStart <= mondayOf(context.today);
  return html`<section class="week" aria-labelledby="week-title">
    <div role="heading" aria-level=${headingLevel} class="group-title" id="week-title">${msg('Freie und belegte Zeiten', { id: 'rb.week.title' })}</div>
    <p class="field-hint">${msg('Wählen Sie eine freie Zeit. Wer gebucht hat, sehen Sie hier nicht.', { id: 'rb.week.hint' })}</p>
    <div class="week-bar">
      <button type="button" class="button secondary" part="button" @click=${() => context.onMove(-1)} ?hidden=${isCurrentWeek}>
        <span aria-hidden="true">‹</span> ${msg('Vorherige Woche', { id: 'rb.week.previous' })}
      </button>
      <p class="week-label" aria-live="polite">${weekLabel}</p>
      <button type="button" class="button secondary" part="button" @click=${() => context.onMove(1)}>
        ${msg('Nächste Woche', { id: 'rb.week.next' })} <span aria-hidden="true">›</span>
      </button>
    </div>
    <div class="view-switch" role="group" aria-label=${msg('Darstellung', { id: 'rb.week.view' })} ?hidden=${context.narrow}>
      <button type="button" class="chip" aria-pressed=${context.view === 'grid' ? 'true' : 'false'} @click=${() => context.onView('grid')}>
        ${msg('Wochenraster', { id: 'rb.week.view-grid' })}
      </button>
      <button type="button" class="chip" aria-pressed=${context.view === 'list' ? 'true' : 'false'} @click=${() => context.onView('list')}>
        ${msg('Liste', { id: 'rb.week.view-list' })}
      </button>
    </div>
    <div class="legend" aria-hidden="true">
      <span class="legend-item free">${msg('frei', { id: 'rb.week.free' })}</span>
      <span class="legend-item requested">${msg('angefragt, noch nicht bestätigt', { id: 'rb.week.requested' })}</span>
      <span class="legend-item booked">${msg('belegt', { id: 'rb.week.booked' })}</span>
      <span class="legend-item too-soon">${msg('zu kurzfristig', { id: 'rb.week.too-soon' })}</span>
      <span class="legend-item past">${msg('vorbei', { id: 'rb.week.past' })}</span>
    </div>
    <div class="week-body" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${status === 'error' || status === 'offline'
        ? errorState(status === 'offline', context.onRetry)
        : days.length === 0
          ? skeleton(1)
          : weekView({
              headingLevel: headingLevel + 1,
              days,
              view: context.narrow ? 'list' : context.view,
              uiLocale,
              activeSlot: context.activeSlot,
              closureReasons: closureReasons(context.room, weekStart),
              onPick: context.onPick,
              onActivate: context.onActivate,
            })}
    </div>
  </section>`;
}
