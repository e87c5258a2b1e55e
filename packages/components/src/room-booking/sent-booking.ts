import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BookingCreated, Room } from './booking-api.js';
import { bookingCalendarFile } from './booking-outcome.js';

/**
 * The request just sent, for the confirmation step: the answer and its
 * calendar file as an object URL, made in the browser (no second request)
 * and released when a new one replaces it or the widget leaves the page.
 */
export class SentBooking implements ReactiveController {
  created: BookingCreated | undefined;
  icsUrl: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  show(created: BookingCreated, room: Pick<Room, 'venue'>): void {
    this.created = created;
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = URL.createObjectURL(new Blob([bookingCalendarFile(created, room)], { type: 'text/calendar;charset=utf-8' }));
    this.host.requestUpdate();
  }

  /** "Weitere Anfrage": the confirmation goes (its calendar file stays valid until the next one or leaving). */
  clear(): void {
    this.created = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
  }
}
