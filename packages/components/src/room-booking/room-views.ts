/**
 * Parts of the room step: the room's facts (opening hours, closures, whom to
 * ask) and the notice above the form (sending failed, a time taken over).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { fallbackHint, contentText, isolate } from '../shared/fallback.js';
import { formatTimeOfDay, formatWeekday } from '../shared/format.js';
import { formatDayLong, type LocalDate } from '../shared/dates.js';
import type { Room } from './booking-api.js';

export type FormNotice = 'network' | 'rate-limit' | 'server' | 'picked' | 'room-changed';

/** The notice above the form when a request was refused for a reason outside the form (too many, the server, no answer). */
export function refusalNotice(kind: 'rate-limited' | 'server-error' | 'no-answer'): FormNotice {
  return kind === 'rate-limited' ? 'rate-limit' : kind === 'server-error' ? 'server' : 'network';
}

/** What the reader should know before asking: the description, opening hours, closures and whom to ask. */
export function roomFacts(room: Room, uiLocale: string, today: LocalDate): TemplateResult {
  const byWeekday = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: room.openingHours.filter((h) => h.weekday === weekday) }));
  const closures = room.closures.filter((closure) => closure.to >= today).slice(0, 4);
  return html`<div class="room-facts">
    <p>${contentText(room.description, room.translation.fallbacks['description'])} ${fallbackHint('description', room.translation, uiLocale)}</p>
    <details class="filter-group">
      <summary class="filter-summary">${msg('Öffnungszeiten und Schließtage', { id: 'rb.room.hours' })}</summary>
      <div class="details-body">
        <ul class="hours">
          ${byWeekday.map(
            ({ weekday, hours }) => html`<li>
              <span class="weekday">${formatWeekday(weekday, uiLocale)}</span>
              <span>${hours.length ? hours.map((h) => `${formatTimeOfDay(h.opens, uiLocale)}–${formatTimeOfDay(h.closes, uiLocale)}`).join(', ') : msg('geschlossen', { id: 'rb.week.closed' })}</span>
            </li>`,
          )}
        </ul>
        ${closures.length
          ? html`<p class="label">${msg('Geschlossen', { id: 'rb.room.closures' })}</p>
              <ul>
                ${closures.map((c) => html`<li>${formatDayLong(c.from, uiLocale)} – ${formatDayLong(c.to, uiLocale)}${c.reason ? `: ${isolate(c.reason)}` : ''}</li>`)}
              </ul>`
          : nothing}
        <p>${msg(str`Fragen an: ${isolate(room.contactOffice.name)}`, { id: 'rb.room.contact' })}${room.contactOffice.email ? html`, <a href="mailto:${room.contactOffice.email}">${contentText(room.contactOffice.email)}</a>` : nothing}</p>
      </div>
    </details>
  </div>`;
}

/** The notice above the form after sending failed or a time was taken over. */
export function formNotice(kind: FormNotice | undefined): TemplateResult | undefined {
  switch (kind) {
    case 'network':
      return html`<div class="form-notice state state-error" tabindex="-1" role="alert">
        <p class="state-title">${msg('Die Anfrage konnte nicht gesendet werden.', { id: 'rb.form.network' })}</p>
        <p>${msg('Prüfen Sie Ihre Internetverbindung und senden Sie die Anfrage noch einmal. Sie wird dabei nicht doppelt gestellt.', { id: 'rb.form.network-hint' })}</p>
      </div>`;
    case 'rate-limit':
      return html`<div class="form-notice state state-error" tabindex="-1" role="alert">
        <p class="state-title">${msg('Gerade kommen sehr viele Anfragen an. Versuchen Sie es in ein paar Minuten noch einmal.', { id: 'rb.form.rate-limit' })}</p>
      </div>`;
    case 'server':
      return html`<div class="form-notice state state-error" tabindex="-1" role="alert">
        <p class="state-title">${msg('Die Anfrage konnte nicht gespeichert werden.', { id: 'rb.form.server' })}</p>
        <p>${msg('Versuchen Sie es in einem Moment noch einmal. Ihre Angaben bleiben erhalten.', { id: 'rb.form.server-hint' })}</p>
      </div>`;
    case 'picked':
      return html`<p class="form-notice notice" tabindex="-1">${msg('Die Zeit ist übernommen. Prüfen Sie die Angaben und senden Sie die Anfrage.', { id: 'rb.form.picked' })}</p>`;
    case 'room-changed':
      return html`<p class="form-notice notice" tabindex="-1">
        ${msg('Sie haben einen anderen Raum gewählt. Lesen Sie seine Hausordnung und bestätigen Sie sie, dann senden Sie die Anfrage.', { id: 'rb.form.room-changed' })}
      </p>`;
    default:
      return undefined;
  }
}
