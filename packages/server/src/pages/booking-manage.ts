/**
 * The page behind a booking's secret link, for people rather than programs:
 * what was booked, its status, and a button to cancel. No script; a plain
 * form posts the cancellation. German, or English for every other language.
 */
import type { Booking } from '@teilhabe/contract';
import { escapeHtml, page } from './html.js';

const TEXT = {
  de: {
    title: 'Ihre Raumanfrage',
    status: { requested: 'Angefragt – die Stadt prüft die Anfrage', confirmed: 'Gebucht', declined: 'Abgelehnt', cancelled: 'Storniert' },
    room: 'Raum',
    when: 'Termine',
    purpose: 'Zweck',
    people: 'Erwartete Personen',
    state: 'Stand',
    cancel: 'Anfrage stornieren',
    cancelHint: 'Wenn Sie den Raum nicht mehr brauchen, stornieren Sie die Anfrage, damit andere den Raum nutzen können.',
    cancelled: 'Die Buchung ist storniert.',
    keep: 'Bewahren Sie diesen Link auf: Nur mit ihm können Sie die Anfrage sehen oder stornieren.',
  },
  en: {
    title: 'Your room request',
    status: { requested: 'Requested – the office is checking it', confirmed: 'Booked', declined: 'Declined', cancelled: 'Cancelled' },
    room: 'Room',
    when: 'Dates',
    purpose: 'Purpose',
    people: 'Expected people',
    state: 'Status',
    cancel: 'Cancel the request',
    cancelHint: 'If you no longer need the room, cancel it so that others can use it.',
    cancelled: 'The booking is cancelled.',
    keep: 'Keep this link: only with it can you see or cancel the request.',
  },
} as const;

export function bookingManagePage(booking: Booking, options: { locale: string; cancelAction: string; token: string; justCancelled: boolean }) {
  const lang = options.locale === 'de' ? 'de' : 'en';
  const t = TEXT[lang];
  const dateFormat = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  const timeFormat = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { timeStyle: 'short', timeZone: 'Europe/Berlin' });
  const dates = booking.occurrences
    .map((o) => `<li>${escapeHtml(dateFormat.format(new Date(o.start)))} – ${escapeHtml(timeFormat.format(new Date(o.end)))} <span>(${escapeHtml(t.status[o.status])})</span></li>`)
    .join('');
  const cancellable = booking.status === 'requested' || booking.status === 'confirmed';
  return page(
    t.title,
    `<h1>${t.title}</h1>
${options.justCancelled ? `<p role="status"><strong>${t.cancelled}</strong></p>` : ''}
<dl>
<dt>${t.state}</dt><dd><strong>${escapeHtml(t.status[booking.status])}</strong></dd>
<dt>${t.room}</dt><dd>${escapeHtml(booking.roomName)}, ${escapeHtml(booking.venueName)}</dd>
<dt>${t.purpose}</dt><dd>${escapeHtml(booking.purpose)}</dd>
<dt>${t.people}</dt><dd>${escapeHtml(booking.expectedAttendees)}</dd>
</dl>
<h2>${t.when}</h2>
<ul>${dates}</ul>
${
  cancellable
    ? `<form method="post" action="${escapeHtml(options.cancelAction)}">
<input type="hidden" name="token" value="${escapeHtml(options.token)}">
<p>${t.cancelHint}</p>
<button type="submit">${t.cancel}</button>
</form>`
    : ''
}
<p><small>${t.keep}</small></p>`,
    lang,
  );
}

/** A browser following the link asks for HTML first; programs ask for JSON. */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = accept.indexOf('text/html');
  const json = accept.indexOf('application/json');
  return html !== -1 && (json === -1 || html < json);
}
