import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { activeUiLocale } from '../localization/index.js';
import { addDays, mondayOf, todayIn, zonedIso, type LocalDate } from '../shared/dates.js';
import type { FetchController } from '../shared/fetch-controller.js';
import { firstFreeSlot, type WeekView } from './availability-week.js';
import type { Availability, Room, RoomBookingApi } from './booking-api.js';
import { weekPanel } from './week-panel.js';
import { weekScheduleNow, type DaySchedule, type Segment } from './week-schedule.js';

export interface RoomWeekOptions {
  /** The data calls and the opened room, or `undefined` while there is neither. */
  source: () => { api: RoomBookingApi; roomId: string } | undefined;
  /** The tenant's time zone, until the room's week says the room's own. */
  tenantTimeZone: () => string;
}

/**
 * The opened room's week: which week is shown (never before this one), its
 * availability, grid or list, and which free time holds the tab stop (the
 * first free one after a load).
 */
export class RoomWeek {
  weekStart: LocalDate = mondayOf(todayIn());
  view: WeekView = 'grid';
  activeSlot: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly availability: FetchController<Availability>,
    private readonly options: RoomWeekOptions,
  ) {}

  /** The room's zone once its week is loaded, else the tenant's. */
  get timeZone(): string {
    return this.availability.value?.timeZone ?? this.options.tenantTimeZone();
  }

  schedule(): DaySchedule[] {
    const availability = this.availability.value;
    return availability ? weekScheduleNow(availability, this.weekStart) : [];
  }

  /** Shows the week of `date` (a searched or picked day) at the next load. */
  showWeekOf(date: LocalDate): void {
    this.weekStart = mondayOf(date);
    this.host.requestUpdate();
  }

  async load(): Promise<void> {
    const source = this.options.source();
    if (!source) return;
    const from = zonedIso(this.weekStart, '00:00', this.timeZone);
    const to = zonedIso(addDays(this.weekStart, 7), '00:00', this.timeZone);
    await this.availability.run((signal) => source.api.getAvailability(source.roomId, { from, to }, { signal }));
    this.activeSlot = this.availability.value ? firstFreeSlot(this.schedule()) : undefined;
    this.host.requestUpdate();
  }

  move(weeks: number): void {
    this.weekStart = addDays(this.weekStart, weeks * 7);
    this.host.requestUpdate();
    void this.load();
  }

  render({ headingLevel, room, narrow, onPick }: { headingLevel: number; room: Room | undefined; narrow: boolean; onPick: (date: string, segment: Segment) => void }): TemplateResult {
    return weekPanel({
      headingLevel,
      uiLocale: activeUiLocale(),
      status: this.availability.status,
      days: this.schedule(),
      room,
      weekStart: this.weekStart,
      today: todayIn(this.timeZone),
      view: this.view,
      narrow,
      activeSlot: this.activeSlot,
      onMove: (weeks) => this.move(weeks),
      onView: (view) => this.set({ view }),
      onPick,
      onActivate: (key) => this.set({ activeSlot: key }),
      onRetry: () => void this.availability.retry(),
    });
  }

  private set(patch: Partial<Pick<RoomWeek, 'view' | 'activeSlot'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}
