/**
 * The page behind a booking's secret link, for people rather than programs:
 * the municipality, what was booked, its status, the office's reason when it
 * declined, and a button to cancel that asks first. No script: plain forms
 * post the cancellation. In the request's language (one of the widgets' UI
 * locales), right to left for Arabic and Farsi.
 */
import { LOCALES, type Booking, type Locale } from '@teilhabe/contract';
import { BOOKING_PAGE_TEXT } from './booking-manage.texts.js';
import { escapeHtml, page } from './html.js';

export interface ManagePageOptions {
  locale: string;
  /** The tenant's name: whose page this is. */
  municipality: string;
  timeZone: string;
  cancelAction: string;
  /** This page's own address (with the token), for the way back from the confirmation. */
  manageUrl: string;
  token: string;
}

function pageLanguage(locale: string): Locale {
  return (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'de';
}

function datesList(booking: Booking, lang: Locale, timeZone: string) {
  const t = BOOKING_PAGE_TEXT[lang];
  // Dates in the Gregorian calendar, as the room's office uses them, in the reader's language and digits.
  const dateFormat = new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { dateStyle: 'full', timeStyle: 'short', timeZone });
  const timeFormat = new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { timeStyle: 'short', timeZone });
  return `<ul>${booking.occurrences
    .map((o) => `<li>${escapeHtml(dateFormat.format(new Date(o.start)))} – ${escapeHtml(timeFormat.format(new Date(o.end)))} <span>(${escapeHtml(t.status[o.status])})</span></li>`)
    .join('')}</ul>`;
}

const municipalityLine = (name: string) => `<p class="municipality"><strong>${escapeHtml(name)}</strong></p>`;

export function bookingManagePage(booking: Booking, options: ManagePageOptions & { justCancelled: boolean; decisionReason?: string }) {
  const lang = pageLanguage(options.locale);
  const t = BOOKING_PAGE_TEXT[lang];
  const cancellable = booking.status === 'requested' || booking.status === 'confirmed';
  const declined = booking.status === 'declined' || booking.occurrences.some((o) => o.status === 'declined');
  return page(
    `${t.title} – ${options.municipality}`,
    `${municipalityLine(options.municipality)}
<h1>${t.title}</h1>
${options.justCancelled ? `<p role="status"><strong>${t.cancelled}</strong></p>` : ''}
<dl>
<dt>${t.state}</dt><dd><strong>${escapeHtml(t.status[booking.status])}</strong></dd>
${declined && options.decisionReason ? `<dt>${t.reason}</dt><dd class="decision-reason">${escapeHtml(options.decisionReason)}</dd>` : ''}
<dt>${t.room}</dt><dd>${escapeHtml(booking.roomName)}, ${escapeHtml(booking.venueName)}</dd>
<dt>${t.purpose}</dt><dd>${escapeHtml(booking.purpose)}</dd>
<dt>${t.people}</dt><dd>${escapeHtml(booking.expectedAttendees)}</dd>
</dl>
<h2>${t.when}</h2>
${datesList(booking, lang, options.timeZone)}
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

/** The question before a cancellation: a second form that says `confirm=yes`, and a way back. */
export function cancelConfirmationPage(booking: Booking, options: ManagePageOptions) {
  const lang = pageLanguage(options.locale);
  const t = BOOKING_PAGE_TEXT[lang];
  return page(
    `${t.confirmTitle} – ${options.municipality}`,
    `${municipalityLine(options.municipality)}
<h1>${t.confirmTitle}</h1>
<p>${escapeHtml(booking.roomName)}, ${escapeHtml(booking.venueName)}</p>
${datesList(booking, lang, options.timeZone)}
<p>${t.confirmText}</p>
<form method="post" action="${escapeHtml(options.cancelAction)}">
<input type="hidden" name="token" value="${escapeHtml(options.token)}">
<input type="hidden" name="confirm" value="yes">
<button type="submit">${t.confirmYes}</button>
</form>
<p><a href="${escapeHtml(options.manageUrl)}">${t.confirmNo}</a></p>`,
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
