/** The body of the detail dialog of one occurrence: every fact the reader needs to decide and to go there. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { fallbackHint, isolate, localizedText, contentText } from '../shared/fallback.js';
import { formatList, formatNumber, spokenLanguage } from '../shared/format.js';
import { mailtoUrl, safeUrl } from '../shared/safe-url.js';
import { directionOf } from '../localization/index.js';
import type { Event } from './calendar-api.js';
import { cooperationLabel, formatDateTime, formatWhen, statusLabel } from './event-labels.js';

/** A language's name inside the composed list; its own name (another script, maybe) is isolated. */
function spokenLanguageName(code: string, uiLocale: string): string {
  const { label, lang } = spokenLanguage(code, uiLocale);
  return lang ? isolate(label) : label;
}

export interface DetailContext {
  uiLocale: string;
  /** Start and end of the opened occurrence (a series' event has only its first). */
  start: string;
  end: string;
  label: (taxonomy: 'topics' | 'event-formats' | 'areas', code: string) => { label: string; lang?: string | undefined };
  organizerHref: (id: string) => string | undefined;
  onOrganizer: (id: string, name: string, event: MouseEvent) => void;
  addToCalendarUrl: string;
}

function fact(name: string, value: TemplateResult | string): TemplateResult {
  return html`<div class="fact"><dt>${name}</dt><dd>${value}</dd></div>`;
}

function labelled(entry: { label: string; lang?: string | undefined }): TemplateResult {
  return contentText(entry.label, entry.lang);
}

function place(event: Event): TemplateResult {
  const { location } = event;
  const online = safeUrl(location.onlineUrl);
  const address = location.address;
  return html`<div class="place">
    ${location.roomName || location.venueName
      ? html`<p>${contentText([location.roomName, location.venueName].filter(Boolean).join(', '))}</p>`
      : nothing}
    ${address ? html`<address dir="auto">${address.street}<br />${address.postalCode} ${address.city}</address>` : nothing}
    ${online
      ? html`<p>
          ${location.kind === 'hybrid' ? msg('Auch online:', { id: 'calendar.detail.also-online' }) : msg('Online:', { id: 'calendar.detail.online' })}
          <a href=${online} rel="noopener noreferrer" target="_blank">${msg('Zur Online-Teilnahme', { id: 'calendar.detail.online-link' })}<span class="visually-hidden"> ${msg('(öffnet in neuem Fenster)', { id: 'calendar.new-window' })}</span></a>
        </p>`
      : nothing}
  </div>`;
}

function registration(event: Event, uiLocale: string): TemplateResult {
  const { registration: r } = event;
  if (!r.required) return html`${msg('Keine Anmeldung nötig.', { id: 'calendar.detail.no-registration' })}`;
  const url = safeUrl(r.url);
  const mail = mailtoUrl(r.email);
  return html`<ul class="plain">
    <li>${msg('Anmeldung nötig.', { id: 'calendar.detail.registration-required' })}</li>
    ${r.deadline ? html`<li>${msg(str`Anmelden bis ${formatDateTime(r.deadline, uiLocale)}`, { id: 'calendar.detail.deadline' })}</li>` : nothing}
    ${r.capacity ? html`<li>${msg(str`Plätze: ${formatNumber(r.capacity, uiLocale)}`, { id: 'calendar.detail.capacity' })}</li>` : nothing}
    ${url ? html`<li><a href=${url} rel="noopener noreferrer" target="_blank">${msg('Zur Anmeldung', { id: 'calendar.detail.register-link' })}<span class="visually-hidden"> ${msg('(öffnet in neuem Fenster)', { id: 'calendar.new-window' })}</span></a></li>` : nothing}
    ${mail ? html`<li>${msg('Anmeldung per E-Mail:', { id: 'calendar.detail.register-mail' })} <a href=${mail}>${contentText(r.email ?? '')}</a></li>` : nothing}
  </ul>`;
}

function price(event: Event, uiLocale: string): TemplateResult {
  const amount =
    event.price.free || event.price.amountEur === undefined
      ? undefined
      : new Intl.NumberFormat(uiLocale, { style: 'currency', currency: 'EUR' }).format(event.price.amountEur);
  return html`${event.price.free ? msg('Kostenlos', { id: 'calendar.free' }) : (amount ?? msg('Kostenpflichtig', { id: 'calendar.detail.not-free' }))}
  ${event.priceNote
    ? html`<br />${contentText(event.priceNote, event.translation.fallbacks['priceNote'])} ${fallbackHint('priceNote', event.translation, uiLocale)}`
    : nothing}`;
}

export function eventDetail(event: Event, context: DetailContext): TemplateResult {
  const { uiLocale } = context;
  const status = statusLabel(event.status);
  const descriptionLang = event.translation.fallbacks['description'] ?? event.translation.locale;
  const organizers = event.organizers.map((organizer) => {
    if (organizer.kind === 'office') return html`<li>${contentText(organizer.name)}</li>`;
    const href = context.organizerHref(organizer.id);
    return html`<li>
      ${href
        ? html`<a href=${href} data-organization=${organizer.id} @click=${(e: MouseEvent) => context.onOrganizer(organizer.id, organizer.name, e)}
            >${contentText(organizer.name)}</a
          >`
        : contentText(organizer.name)}
    </li>`;
  });
  return html`<h2 id="detail-title" class="detail-title" tabindex="-1">
      ${status ? html`<span class="status-badge">${status}:</span> ` : nothing}${localizedText(event.title, 'title', event.translation, uiLocale)}
    </h2>
    ${status
      ? html`<p class="status-note ${event.status}" part="status-note">
          ${event.status === 'cancelled'
            ? msg('Diese Veranstaltung fällt aus.', { id: 'calendar.detail.cancelled' })
            : msg('Diese Veranstaltung wird verschoben. Der neue Termin steht noch nicht fest.', { id: 'calendar.detail.postponed' })}
        </p>`
      : nothing}
    <dl class="facts">
      ${fact(msg('Wann', { id: 'calendar.detail.when' }), html`${formatWhen({ start: context.start, end: context.end, allDay: event.allDay }, uiLocale)}${event.recurrence
        ? html`<br /><span class="marker">${msg('Regelmäßiger Termin', { id: 'calendar.recurring' })}</span>`
        : nothing}`)}
      ${fact(msg('Wo', { id: 'calendar.detail.where' }), place(event))}
      ${fact(msg('Art der Veranstaltung', { id: 'calendar.filters.format' }), labelled(context.label('event-formats', event.format)))}
      ${event.organizers.length ? fact(msg('Veranstalter', { id: 'calendar.filters.organizer' }), html`<ul class="plain">${organizers}</ul>`) : nothing}
      ${event.cooperation ? fact(msg('Zusammenarbeit', { id: 'calendar.detail.cooperation' }), cooperationLabel(event.cooperation)) : nothing}
      ${event.languages.length
        ? fact(msg('Sprachen', { id: 'calendar.detail.languages' }), formatList(event.languages.map((code) => spokenLanguageName(code, uiLocale)), uiLocale))
        : nothing}
      ${event.topics.length
        ? fact(msg('Themen', { id: 'calendar.detail.topics' }), html`${event.topics.map((code, index) => html`${index ? ', ' : ''}${labelled(context.label('topics', code))}`)}`)
        : nothing}
      ${event.audience
        ? fact(msg('Für wen', { id: 'calendar.detail.audience' }), localizedText(event.audience, 'audience', event.translation, uiLocale))
        : nothing}
      ${event.accessibilityNotes
        ? fact(msg('Barrierefreiheit', { id: 'calendar.detail.accessibility' }), localizedText(event.accessibilityNotes, 'accessibilityNotes', event.translation, uiLocale))
        : nothing}
      ${fact(msg('Anmeldung', { id: 'calendar.detail.registration' }), registration(event, uiLocale))}
      ${fact(msg('Eintritt', { id: 'calendar.filters.price' }), price(event, uiLocale))}
    </dl>
    <div class="detail-description" lang=${descriptionLang} dir=${directionOf(descriptionLang)}>
      <p>${event.description}</p>
    </div>
    ${fallbackHint('description', event.translation, uiLocale)}
    <p>
      <a class="button secondary" part="button add-to-calendar" href=${context.addToCalendarUrl} download=${`${event.id}.ics`}>
        ${event.recurrence
          ? msg('Alle Termine zum Kalender hinzufügen', { id: 'calendar.detail.add-series' })
          : msg('Zum Kalender hinzufügen', { id: 'calendar.detail.add' })}
      </a>
    </p>`;
}
