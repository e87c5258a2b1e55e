/**
 * `<tk-office-room-timeline>`: the day or week of a request's room, with
 * its requests and confirmed bookings side by side and the competing
 * requests marked, so the office sees what an approval would push out. A
 * table (day or weekday rows, "Zugesagt" and "Angefragt" columns) that
 * screen readers read cell by cell; below 30rem a list per day instead.
 * Buttons switch between day and week and move back and forth; a status
 * line announces the period shown.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { StaffBooking, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatNumber, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { localDate } from '../shared/booking-format.js';
import { activeOfficeLocale } from '../localization/index.js';
import { addDays, daysOf, rangeOf, timelineDays, timelineEntries, type TimelineDay, type TimelineEntry, type TimelineView } from './timeline-model.js';
import { timelineStyles } from './timeline.styles.js';

const TIME_ZONE = 'Europe/Berlin';
/** One page of the queue holds a busy room's week; the API caps pages at 100. */
const LIMIT = 100;

@localized()
export class TkOfficeRoomTimeline extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, timelineStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** The request being decided: its room and first date set what is shown. */
  @property({ attribute: false }) booking: StaffBooking | undefined;

  @state() private view: TimelineView = 'week';
  @state() private date = '';
  @state() private entries: TimelineEntry[] = [];
  @state() private loading: 'loading' | 'idle' | 'error' = 'loading';
  private shownFor: string | undefined;
  private requests = 0;

  override willUpdate(): void {
    if (this.booking && this.booking.id !== this.shownFor) {
      this.shownFor = this.booking.id;
      this.date = localDate(this.booking.start);
      void this.load();
    }
  }

  private async load() {
    const booking = this.booking;
    if (!booking || !this.client) return;
    this.loading = 'loading';
    const { from, to } = rangeOf(daysOf(this.view, this.date));
    // Quick clicks through the weeks: only the answer of the last request is shown.
    const request = ++this.requests;
    try {
      const page = await this.client.bookings.queue({ status: ['requested', 'confirmed'], room: booking.roomId, from, to, sort: 'start', limit: LIMIT });
      if (request !== this.requests) return;
      this.entries = timelineEntries(page.data, booking.id).filter((e) => Date.parse(e.start) < Date.parse(to) && Date.parse(e.end) > Date.parse(from));
      this.loading = 'idle';
    } catch {
      if (request === this.requests) this.loading = 'error';
    }
  }

  override render() {
    const booking = this.booking;
    if (!booking || !this.date) return nothing;
    const days = timelineDays(daysOf(this.view, this.date), this.entries);
    const day = this.view === 'day';
    return html`<section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">${msg(str`Belegung von ${booking.roomName}`, { id: 'timeline.title' })}</h2>
      <div class="timeline-controls">
        <div class="button-row" role="group" aria-label=${msg('Ansicht', { id: 'timeline.view' })}>
          <button type="button" class="button secondary view-day" aria-pressed=${day ? 'true' : 'false'} @click=${() => this.show('day', this.date)}>${msg('Tag', { id: 'timeline.day' })}</button>
          <button type="button" class="button secondary view-week" aria-pressed=${day ? 'false' : 'true'} @click=${() => this.show('week', this.date)}>${msg('Woche', { id: 'timeline.week' })}</button>
        </div>
        <div class="button-row" role="group" aria-label=${msg('Zeitraum', { id: 'timeline.period' })}>
          <button type="button" class="link-button previous" @click=${() => this.show(this.view, addDays(this.date, day ? -1 : -7))}>
            ${day ? msg('Vorheriger Tag', { id: 'timeline.previous-day' }) : msg('Vorherige Woche', { id: 'timeline.previous-week' })}
          </button>
          <button type="button" class="link-button next" @click=${() => this.show(this.view, addDays(this.date, day ? 1 : 7))}>
            ${day ? msg('Nächster Tag', { id: 'timeline.next-day' }) : msg('Nächste Woche', { id: 'timeline.next-week' })}
          </button>
          <button type="button" class="link-button back-to-request" @click=${() => this.show(this.view, localDate(booking.start))}>${msg('Zur Zeit der Anfrage', { id: 'timeline.back' })}</button>
        </div>
      </div>
      <p class="timeline-status" role="status">${this.statusText(days)}</p>
      ${this.loading === 'error'
        ? html`<div class="state state-error"><p class="state-title">${msg('Die Belegung konnte nicht geladen werden.', { id: 'timeline.error' })}</p>
            <button type="button" class="button" @click=${() => this.load()}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button></div>`
        : this.loading === 'idle'
          ? html`${this.renderTable(days)} ${this.renderList(days)}`
          : nothing}
    </section>`;
  }

  private statusText(days: TimelineDay[]): string {
    if (this.loading === 'loading') return msg('Die Belegung wird geladen …', { id: 'timeline.loading' });
    const locale = activeOfficeLocale();
    const period = this.view === 'day' ? dayLabel(days[0]!.date, locale, true) : `${dayLabel(days[0]!.date, locale, true)} – ${dayLabel(days.at(-1)!.date, locale, true)}`;
    const requested = formatNumber(days.reduce((n, d) => n + d.requested.length, 0), locale);
    const confirmed = formatNumber(days.reduce((n, d) => n + d.confirmed.length, 0), locale);
    const competing = formatNumber(days.reduce((n, d) => n + d.requested.filter((e) => e.competing).length, 0), locale);
    return msg(str`${period}: ${requested} angefragt, ${confirmed} zugesagt, ${competing} in Konkurrenz`, { id: 'timeline.summary' });
  }

  private renderTable(days: TimelineDay[]) {
    const locale = activeOfficeLocale();
    return html`<table class="timeline-table">
      <caption class="visually-hidden">${msg(str`Belegung von ${this.booking!.roomName}`, { id: 'timeline.title' })}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Tag', { id: 'timeline.day' })}</th>
          <th scope="col">${msg('Zugesagt', { id: 'status.confirmed' })}</th>
          <th scope="col">${msg('Angefragt', { id: 'timeline.requested' })}</th>
        </tr>
      </thead>
      <tbody>
        ${days.map(
          (day) => html`<tr class=${day.requested.some((e) => e.competing) ? 'competing' : ''}>
            <th scope="row">${dayLabel(day.date, locale, false)}</th>
            <td>${this.renderEntries(day.confirmed, locale)}</td>
            <td>${this.renderEntries(day.requested, locale)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Below 30rem: one list per day, each entry with its state in words. */
  private renderList(days: TimelineDay[]) {
    const locale = activeOfficeLocale();
    return html`<ol class="timeline-days">
      ${days.map((day) => {
        const entries = [...day.confirmed, ...day.requested].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
        return html`<li>
          <h3>${dayLabel(day.date, locale, false)}</h3>
          ${entries.length
            ? html`<ul>${entries.map((entry) => html`<li class="entry ${entry.status} ${entry.competing ? 'competing' : ''}">
                <span class="entry-state">${entry.status === 'confirmed' ? msg('Zugesagt:', { id: 'request.overlap.confirmed' }) : msg('Angefragt:', { id: 'request.overlap.requested' })}</span>
                ${this.entryText(entry, locale)}
              </li>`)}</ul>`
            : html`<p class="free">${msg('frei', { id: 'timeline.free' })}</p>`}
        </li>`;
      })}
    </ol>`;
  }

  private renderEntries(entries: TimelineEntry[], locale: string) {
    if (!entries.length) return html`<span class="free" aria-hidden="true">–</span><span class="visually-hidden">${msg('nichts', { id: 'timeline.nothing' })}</span>`;
    return html`<ul>${entries.map((entry) => html`<li class="entry ${entry.status} ${entry.competing ? 'competing' : ''}">${this.entryText(entry, locale)}</li>`)}</ul>`;
  }

  private entryText(entry: TimelineEntry, locale: string) {
    return html`<span class="entry-time">${timeRange(entry.start, entry.end, locale)}</span> ${entry.who}
      ${entry.selected ? html`<span class="tag selected">${msg('diese Anfrage', { id: 'timeline.this-request' })}</span>` : nothing}
      ${entry.competing ? html`<span class="tag warning">${msg('Konkurrenz', { id: 'request.overlaps.tag' })}</span>` : nothing}`;
  }

  private async show(view: TimelineView, date: string) {
    this.view = view;
    this.date = date;
    await this.load();
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, key: string, options: Intl.DateTimeFormatOptions) {
  let f = formats.get(`${key}:${locale}`);
  if (!f) formats.set(`${key}:${locale}`, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** `Di., 12. Jan.` (with the year when it stands alone); a date key is a calendar date, so it is formatted in UTC. */
function dayLabel(date: string, locale: string, withYear: boolean): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) };
  return format(locale, withYear ? 'day-year' : 'day', options).format(new Date(`${date}T12:00:00Z`));
}

function timeRange(start: string, end: string, locale: string): string {
  return format(locale, 'time', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).formatRange(new Date(start), new Date(end));
}
