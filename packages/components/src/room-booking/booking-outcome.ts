/**
 * What follows a request: the conflict (someone was faster) with the taken
 * times and the nearest free alternatives, or the confirmation with status,
 * summary, calendar file and the secret link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../shared/format.js';
import { safeUrl } from '../shared/safe-url.js';
import type { BookingCreated, ConflictAlternative, Room } from './booking-api.js';
import { bookingIcs } from './booking-ics.js';
import { formatDateFull, localDatePart, localTimePart, minutesOf } from '../shared/dates.js';
import { formatEuro } from './room-card.js';
import { formatTimeOfDay } from '../shared/format.js';
import { plural } from '../shared/plural.js';

export interface ConflictInfo {
  conflicts: Array<{ start: string; end: string }>;
  alternatives: ConflictAlternative[];
  /** Number of dates the request had (a series has more than one). */
  requestedDates: number;
}

/** `Mo., 2. März 2026, 18:00 bis 20:00` of a zoned interval. */
export function whenText(start: string, end: string, locale: string): string {
  const date = formatDateFull(localDatePart(start), locale);
  const from = formatTimeOfDay(localTimePart(start), locale);
  const to = formatTimeOfDay(localTimePart(end), locale);
  return msg(str`${date}, ${from} bis ${to}`, { id: 'rb.when' });
}

export interface ConflictContext {
  /** Level of the panel's heading; its lists' headings sit one below. */
  headingLevel: number;
  conflict: ConflictInfo;
  roomId: string;
  uiLocale: string;
  onPickAlternative: (alternative: ConflictAlternative) => void;
  onDropConflicts: () => void;
}

export function conflictPanel(context: ConflictContext): TemplateResult {
  const { conflict, uiLocale } = context;
  const series = conflict.requestedDates > 1;
  const total = formatNumber(conflict.requestedDates, uiLocale);
  return html`<section class="conflict" part="conflict" aria-labelledby="conflict-title">
    <div role="heading" aria-level=${context.headingLevel} id="conflict-title" tabindex="-1">
      ${series
        ? plural(conflict.conflicts.length, uiLocale, msg('one {# von {total} Terminen ist schon vergeben} other {# von {total} Terminen sind schon vergeben}', { id: 'rb.conflict.series-taken' }), { total })
        : msg('Diese Zeit ist schon vergeben', { id: 'rb.conflict.title' })}
    </div>
    <p>
      ${series
        ? msg('Sie können die Serie ohne diese Termine anfragen oder eine andere Zeit wählen.', { id: 'rb.conflict.series-text' })
        : msg('Jemand anderes hat diese Zeit kurz vor Ihnen gebucht. Wählen Sie eine freie Zeit in der Nähe oder einen anderen Raum. Ihre Angaben bleiben erhalten.', { id: 'rb.conflict.text' })}
    </p>
    <div role="heading" aria-level=${context.headingLevel + 1}>${msg('Vergebene Zeiten', { id: 'rb.conflict.taken' })}</div>
    <ul class="conflict-list">
      ${conflict.conflicts.map((c) => html`<li>${whenText(c.start, c.end, uiLocale)}</li>`)}
    </ul>
    ${series
      ? html`<button type="button" class="button" part="button" @click=${context.onDropConflicts}>
          ${msg('Ohne diese Termine anfragen', { id: 'rb.conflict.drop' })}
        </button>`
      : nothing}
    ${conflict.alternatives.length
      ? html`<div role="heading" aria-level=${context.headingLevel + 1}>${msg('Freie Zeiten in der Nähe', { id: 'rb.conflict.alternatives' })}</div>
          <ul class="alternatives">
            ${conflict.alternatives.map(
              (alternative) => html`<li>
                <button type="button" class="button secondary alternative" part="button" @click=${() => context.onPickAlternative(alternative)}>
                  ${whenText(alternative.start, alternative.end, uiLocale)}${alternative.roomId !== context.roomId
                    ? html`, ${msg(str`im Raum ${alternative.roomName}`, { id: 'rb.conflict.other-room' })}`
                    : nothing}
                  <span class="visually-hidden">${msg('– diese Zeit übernehmen', { id: 'rb.conflict.pick' })}</span>
                </button>
              </li>`,
            )}
          </ul>`
      : html`<p>${msg('In der Nähe ist keine Zeit frei. Sehen Sie sich die Woche oben an oder suchen Sie einen anderen Raum.', { id: 'rb.conflict.none' })}</p>`}
  </section>`;
}

export interface SuccessContext {
  /** Level of the panel's heading (one below the widget's). */
  headingLevel: number;
  created: BookingCreated;
  uiLocale: string;
  icsUrl: string | undefined;
  onAgain: () => void;
}

/** What happens next, as this server really does it: a server without mail must not promise an e-mail. */
function outcomeText(confirmed: boolean, mailed: boolean, email: string): string {
  if (confirmed) {
    return mailed
      ? msg(str`Der Raum ist für Sie reserviert. Eine Bestätigung geht an ${email}.`, { id: 'rb.success.confirmed-text' })
      : msg('Der Raum ist für Sie reserviert. Sie bekommen keine E-Mail dazu: Speichern Sie Ihren persönlichen Link unten.', { id: 'rb.success.confirmed-text-no-mail' });
  }
  return mailed
    ? msg(str`Sie bekommen eine E-Mail an ${email}, sobald die Stadt entschieden hat.`, { id: 'rb.success.requested-text' })
    : msg('Sie bekommen keine E-Mail. Ob die Stadt zugestimmt hat, sehen Sie über Ihren persönlichen Link unten. Speichern Sie ihn.', { id: 'rb.success.requested-text-no-mail' });
}

export function successPanel(context: SuccessContext): TemplateResult {
  const { created, uiLocale } = context;
  const booking = created.data;
  const confirmed = booking.status === 'confirmed';
  const email = booking.requester.email;
  const manageUrl = safeUrl(created.manageUrl);
  const hours = (minutesOf(localTimePart(booking.end)) - minutesOf(localTimePart(booking.start))) / 60;
  return html`<section class="success" part="success" aria-labelledby="success-title">
    <div role="heading" aria-level=${context.headingLevel} id="success-title" class="success-title" tabindex="-1">
      ${confirmed ? msg('Gebucht', { id: 'rb.success.confirmed' }) : msg('Anfrage eingegangen – die Stadt prüft sie', { id: 'rb.success.requested' })}
    </div>
    <p>${outcomeText(confirmed, created.emailNotifications === true, email)}</p>
    <dl class="facts summary">
      <div class="fact"><dt>${msg('Raum', { id: 'rb.success.room' })}</dt><dd>${booking.roomName}, ${booking.venueName}</dd></div>
      <div class="fact">
        <dt>${msg('Termine', { id: 'rb.success.dates' })}</dt>
        <dd>
          <ul>
            ${booking.occurrences.map((o) => html`<li>${whenText(o.start, o.end, uiLocale)}</li>`)}
          </ul>
        </dd>
      </div>
      <div class="fact"><dt>${msg('Zweck', { id: 'rb.success.purpose' })}</dt><dd>${booking.purpose}</dd></div>
      <div class="fact"><dt>${msg('Personen', { id: 'rb.search.people' })}</dt><dd>${formatNumber(booking.expectedAttendees, uiLocale)}</dd></div>
      ${booking.feeEurPerHour !== null
        ? html`<div class="fact">
            <dt>${msg('Kosten', { id: 'rb.room.fee' })}</dt>
            <dd>
              ${booking.feeEurPerHour === 0
                ? msg('kostenlos', { id: 'rb.fee.free' })
                : msg(str`${formatEuro(booking.feeEurPerHour, uiLocale)} pro Stunde, zusammen ${formatEuro(booking.feeEurPerHour * hours * booking.occurrences.length, uiLocale)}`, { id: 'rb.success.fee' })}
            </dd>
          </div>`
        : nothing}
    </dl>
    ${context.icsUrl
      ? html`<p>
          <a class="button secondary" part="button ics" href=${context.icsUrl} download="raumbuchung.ics">${msg('In den eigenen Kalender übernehmen (.ics)', { id: 'rb.success.ics' })}</a>
        </p>`
      : nothing}
    <div class="manage">
      <div role="heading" aria-level=${context.headingLevel + 1} class="manage-title">${msg('Ihr persönlicher Link', { id: 'rb.success.link-title' })}</div>
      <p>${msg('Mit diesem Link sehen Sie die Buchung und können sie absagen. Speichern Sie ihn und geben Sie ihn nicht weiter.', { id: 'rb.success.link-text' })}</p>
      ${manageUrl ? html`<p class="manage-link"><a href=${manageUrl} part="manage-link">${manageUrl}</a></p>` : nothing}
    </div>
    <button type="button" class="button secondary" part="button" @click=${context.onAgain}>${msg('Noch einen Raum anfragen', { id: 'rb.success.again' })}</button>
  </section>`;
}

/** The calendar file of a sent request: the room and where it is, the purpose and the secret link to manage it. */
export function bookingCalendarFile(created: BookingCreated, room: Pick<Room, 'venue'>): string {
  const booking = created.data;
  const address = room.venue.address;
  return bookingIcs(booking, {
    summary: msg(str`Raum: ${booking.roomName}`, { id: 'rb.ics.summary' }),
    location: [booking.roomName, booking.venueName, address ? `${address.street}, ${address.postalCode} ${address.city}` : ''].filter(Boolean).join(', '),
    description: `${booking.purpose}\n${created.manageUrl}`,
  });
}
