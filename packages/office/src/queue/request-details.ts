/** The facts of one request as a GOV.UK summary list: who asked, how to reach them, what for, when. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { StaffBooking } from '@teilhabe/sdk';
import { formatNumber } from '../shared/from-components.js';
import { formatTimeRange } from '../shared/booking-format.js';

export function requestDetails(booking: StaffBooking, locale: string) {
  const { requester } = booking;
  const dates = booking.occurrences.length;
  return html`<dl class="summary-list">
    <div><dt>${msg('Raum', { id: 'request.room' })}</dt><dd>${booking.roomName}, ${booking.venueName}</dd></div>
    <div>
      <dt>${msg('Zeit', { id: 'request.time' })}</dt>
      <dd>
        ${formatTimeRange(booking.start, booking.end, locale)}
        ${dates > 1 ? html`<br />${msg(str`Serie mit ${formatNumber(dates, locale)} Terminen`, { id: 'request.series' })}` : nothing}
      </dd>
    </div>
    <div>
      <dt>${msg('Anfragende Person', { id: 'request.requester' })}</dt>
      <dd>${requester.name}${requester.organizationName ? html`<br />${requester.organizationName}` : nothing}</dd>
    </div>
    <div>
      <dt>${msg('Kontakt', { id: 'request.contact' })}</dt>
      <dd>
        <a href="mailto:${requester.email}">${requester.email}</a>
        ${requester.phone ? html`<br /><a href="tel:${requester.phone.replace(/[^\d+]/g, '')}">${requester.phone}</a>` : nothing}
      </dd>
    </div>
    <div><dt>${msg('Zweck', { id: 'request.purpose' })}</dt><dd>${booking.purpose}</dd></div>
    <div><dt>${msg('Personen', { id: 'request.attendees' })}</dt><dd>${formatNumber(booking.expectedAttendees, locale)}</dd></div>
  </dl>`;
}

/** Other requests and bookings of the same room at the same time: what an approval would push out. */
export function competingRequests(booking: StaffBooking, locale: string) {
  if (booking.overlaps.length === 0) return nothing;
  return html`<div class="overlaps" role="group" aria-label=${msg('Zur selben Zeit im selben Raum', { id: 'request.overlaps' })}>
    <p class="overlaps-title"><span class="tag warning">${msg('Konkurrenz', { id: 'request.overlaps.tag' })}</span> ${msg('Zur selben Zeit im selben Raum:', { id: 'request.overlaps.intro' })}</p>
    <ul>
      ${booking.overlaps.map(
        (overlap) => html`<li>
          ${overlap.status === 'confirmed' ? msg('Zugesagt:', { id: 'request.overlap.confirmed' }) : msg('Angefragt:', { id: 'request.overlap.requested' })}
          ${overlap.organizationName ?? overlap.requesterName ?? msg('ohne Namen', { id: 'request.overlap.anonymous' })},
          ${formatTimeRange(overlap.start, overlap.end, locale)}
        </li>`,
      )}
    </ul>
  </div>`;
}
