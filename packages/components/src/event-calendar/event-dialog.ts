/**
 * The detail dialog of the opened occurrence in each state of its load:
 * loading (a focusable heading, so focus has somewhere to go), failed with a
 * retry, or the event with the opened occurrence's own times.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { detailDialog } from '../shared/detail-dialog.js';
import type { FetchStatus } from '../shared/fetch-controller.js';
import { errorState, skeleton } from '../shared/status.js';
import type { Event } from './calendar-api.js';
import type { OpenOccurrence } from './calendar-url.js';
import { eventDetail, type DetailContext } from './event-detail.js';

export interface EventDialogContext extends Omit<DetailContext, 'start' | 'end' | 'addToCalendarUrl'> {
  target: OpenOccurrence | undefined;
  status: FetchStatus;
  event: Event | undefined;
  contentLocale: string;
  /** The iCalendar file of one event ("In meinen Kalender"), or `undefined` without a data client. */
  eventFeedUrl: ((id: string) => string) | undefined;
  onRetry: () => void;
  onClose: () => void;
}

/** A series' event carries the first date's times; an occurrence opened from a link knows only its start, so its end keeps the event's length. */
function endOf(target: OpenOccurrence, event: Event): string {
  return target.end ?? new Date(Date.parse(target.start) + (Date.parse(event.end) - Date.parse(event.start))).toISOString();
}

export function eventDialog(context: EventDialogContext): TemplateResult {
  const { status, event, target, eventFeedUrl } = context;
  const body = (): TemplateResult => {
    if (status === 'error' || status === 'offline') return errorState(status === 'offline', context.onRetry);
    if (status === 'success' && event && target && eventFeedUrl) {
      return eventDetail(event, { ...context, start: target.start, end: endOf(target, event), addToCalendarUrl: eventFeedUrl(event.id) });
    }
    return html`<h2 id="detail-title" class="detail-title" tabindex="-1">${msg('Veranstaltung wird geladen …', { id: 'calendar.detail.loading' })}</h2>
      ${skeleton(1)}`;
  };
  return detailDialog({ open: target !== undefined, busy: status === 'loading', contentLocale: context.contentLocale, body, onClose: context.onClose });
}
