/**
 * The page behind a booking's secret link, for people rather than programs:
 * what was booked, its status, and a button to cancel. No script; a plain
 * form posts the cancellation. In the request's language (one of the widgets'
 * UI locales), right to left for Arabic and Farsi.
 */
import { LOCALES, type Booking, type Locale } from '@teilhabe/contract';
import { BOOKING_PAGE_TEXT } from './booking-manage.texts.js';
import { escapeHtml, page } from './html.js';

export function bookingManagePage(booking: Booking, options: { locale: string; cancelAction: string; token: string; justCancelled: boolean }) {
  const lang: Locale = (LOCALES as readonly string[]).includes(options.locale) ? (options.locale as Locale) : 'de';
  const t = BOOKING_PAGE_TEXT[lang];
  // Dates in the Gregorian calendar, as the room's office uses them, in the reader's language and digits.
  const dateFormat = new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  const timeFormat = new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { timeStyle: 'short', timeZone: 'Europe/Berlin' });
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
