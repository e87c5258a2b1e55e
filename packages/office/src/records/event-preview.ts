/**
 * `<tk-office-event-preview>`: the unsaved event as the public calendar shows
 * it when opened, drawn by the calendar's own detail template (the widget
 * element cannot live on the office page, see organization-preview.ts). The
 * draft becomes the public shape for one content language, with the fallback
 * and machine-translation marks the API would send. The form loads it on
 * first use.
 */
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Event as PublicEvent, Locale } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { eventDetail } from '../../../components/src/event-calendar/event-detail.js';
import { eventCalendarStyles } from '../../../components/src/event-calendar/event-calendar.styles.js';
import { TaxonomyLabels } from '../../../components/src/shared/taxonomy-labels.js';
import { directionOf } from './language-names.js';
import { DraftTexts, previewLanguageSelect, SOURCE_LOCALE } from './preview-language.js';
import type { RecordData } from './record-fields.js';

/** The event as the public API would answer for `locale`: each text in that language, else German (marked as fallen back). */
export function publicEvent(data: RecordData, locale: Locale, timeZone: string): PublicEvent {
  const texts = new DraftTexts(data, locale);
  const text = (field: string) => texts.read(data[field] as Record<string, string> | null | undefined, field);
  const list = (field: string) => (Array.isArray(data[field]) ? (data[field] as string[]) : []);
  const location = (data.location as PublicEvent['location'] | undefined) ?? { kind: 'address' };
  const organizers = ((data.organizers as Array<Record<string, string>> | undefined) ?? []).map((o) =>
    o.kind === 'organization' ? { kind: 'organization' as const, id: o.id ?? '', name: o.name ?? o.id ?? '' } : { kind: 'office' as const, name: o.name ?? '' },
  );
  return {
    id: String(data.id ?? ''),
    title: text('title') ?? '',
    summary: text('summary') ?? '',
    description: text('description') ?? '',
    start: String(data.start ?? ''),
    end: String(data.end ?? ''),
    allDay: data.allDay === true,
    timeZone,
    location: { ...location, ...(location.roomId && !location.roomName ? { roomName: location.roomId } : {}) },
    organizers,
    cooperation: (data.cooperation as PublicEvent['cooperation'] | undefined) ?? null,
    format: String(data.format ?? ''),
    topics: list('topics'),
    languages: list('languages'),
    areas: list('areas'),
    price: (data.price as PublicEvent['price'] | undefined) ?? { free: true },
    status: (data.status as PublicEvent['status'] | undefined) ?? 'scheduled',
    audience: text('audience'),
    accessibilityNotes: text('accessibilityNotes'),
    priceNote: text('priceNote'),
    registration: (data.registration as PublicEvent['registration'] | undefined) ?? { required: false },
    recurrence: (data.recurrence as PublicEvent['recurrence'] | undefined) ?? null,
    updatedAt: new Date().toISOString(),
    translation: texts.translation(),
  };
}

@localized()
export class TkOfficeEventPreview extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    eventCalendarStyles,
    officeStyles,
    css`
      /* The calendar's facts stack by the width of their container, as in the widget's dialog. */
      .preview {
        container-type: inline-size;
      }
    `,
  ];

  @property({ attribute: false }) data: RecordData = {};
  @property({ attribute: false }) locales: Locale[] = [SOURCE_LOCALE];
  @property({ attribute: false }) timeZone = 'Europe/Berlin';

  @state() private locale: Locale = SOURCE_LOCALE;

  override render() {
    const shape = publicEvent(this.data, this.locale, this.timeZone);
    const event = shape.title.trim() ? shape : { ...shape, title: msg('(noch ohne Titel)', { id: 'records.preview.no-title' }) };
    const labels = new TaxonomyLabels(this.locale);
    return html`<section aria-labelledby="event-preview-title">
      <h2 id="event-preview-title">${msg('Vorschau: so zeigt der Kalender die Veranstaltung', { id: 'records.preview.event-title' })}</h2>
      ${previewLanguageSelect(this.locale, this.locales, (locale) => (this.locale = locale))}
      <div class="card preview" lang=${this.locale} dir=${directionOf(this.locale)}>
        ${eventDetail(event, {
          uiLocale: this.locale,
          start: event.start,
          end: event.end,
          label: (taxonomy, code) => labels.label(taxonomy, code),
          organizerHref: () => undefined,
          onOrganizer: () => undefined,
          addToCalendarUrl: '#',
        })}
      </div>
    </section>`;
  }
}

if (!customElements.get('tk-office-event-preview')) customElements.define('tk-office-event-preview', TkOfficeEventPreview);

declare global {
  interface HTMLElementTagNameMap {
    'tk-office-event-preview': TkOfficeEventPreview;
  }
}
