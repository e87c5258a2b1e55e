/**
 * `<tk-office-room-preview>`: the unsaved room as the booking widget shows it,
 * its result card and its facts (opening hours, closures, whom to ask), drawn
 * by the widget's own templates (see organization-preview.ts for why not the
 * element). The draft becomes the public shape for one content language; the
 * venue is named by its id, the form having only that. Loaded on first use.
 */
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Locale, Room } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { roomCard } from '../../../components/src/room-booking/room-card.js';
import { roomFacts } from '../../../components/src/room-booking/room-views.js';
import { roomBookingStyles } from '../../../components/src/room-booking/room-booking.styles.js';
import { TaxonomyLabels } from '../../../components/src/shared/taxonomy-labels.js';
import { directionOf } from './language-names.js';
import { DraftTexts, previewLanguageSelect, SOURCE_LOCALE } from './preview-language.js';
import type { RecordData } from './record-fields.js';

type Texts = Record<string, string> | null | undefined;

/** The room as the public API would answer for `locale`: each text in that language, else German (marked as fallen back). */
export function publicRoom(data: RecordData, locale: Locale): Room {
  const texts = new DraftTexts(data, locale);
  const read = (localized: Texts, field: string): string => texts.read(localized, field) ?? '';
  const list = (field: string) => (Array.isArray(data[field]) ? (data[field] as string[]) : []);
  const closures = (data.closures as Array<{ from: string; to: string; reason: Texts }> | undefined) ?? [];
  const photos = (data.photos as Array<{ url: string; alt: Texts }> | undefined) ?? [];
  const venueId = String(data.venueId ?? '');
  return {
    id: String(data.id ?? ''),
    name: String(data.name ?? ''),
    // The room form knows its venue by id only: the card then shows no address line (it draws none when absent).
    venue: { id: venueId, name: venueId, address: undefined as unknown as Room['venue']['address'], accessibilityNote: null },
    capacity: typeof data.capacity === 'number' ? data.capacity : 0,
    sizeSqm: typeof data.sizeSqm === 'number' ? data.sizeSqm : null,
    equipment: list('equipment'),
    accessibility: list('accessibility'),
    fees: (data.fees as Room['fees'] | undefined) ?? { standardEurPerHour: 0, rules: [] },
    bookingPolicy: (data.bookingPolicy as Room['bookingPolicy'] | undefined) ?? { needsApproval: true, minNoticeHours: 0, maxAdvanceDays: 1, maxDurationMinutes: 15, bufferMinutes: 0 },
    description: read(data.description as Texts, 'description'),
    openingHours: (data.openingHours as Room['openingHours'] | undefined) ?? [],
    closures: closures.map((c) => ({ from: c.from, to: c.to, reason: c.reason ? read(c.reason, 'closures') : null })),
    houseRules: read(data.houseRules as Texts, 'houseRules'),
    contactOffice: (data.contactOffice as Room['contactOffice'] | undefined) ?? { name: '' },
    photos: photos.map((p) => ({ url: p.url, alt: read(p.alt, 'photos') })),
    translation: texts.translation(),
  };
}

@localized()
export class TkOfficeRoomPreview extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    roomBookingStyles,
    officeStyles,
    css`
      .preview {
        container-type: inline-size;
      }
    `,
  ];

  @property({ attribute: false }) data: RecordData = {};
  @property({ attribute: false }) locales: Locale[] = [SOURCE_LOCALE];

  @state() private locale: Locale = SOURCE_LOCALE;

  override render() {
    const shape = publicRoom(this.data, this.locale);
    const room = shape.name.trim() ? shape : { ...shape, name: msg('(noch ohne Namen)', { id: 'records.preview.no-name' }) };
    const labels = new TaxonomyLabels(this.locale);
    return html`<section aria-labelledby="room-preview-title">
      <h2 id="room-preview-title">${msg('Vorschau: so zeigt die Raumbuchung den Raum', { id: 'records.preview.room-title' })}</h2>
      ${previewLanguageSelect(this.locale, this.locales, (locale) => (this.locale = locale))}
      <div class="preview" lang=${this.locale} dir=${directionOf(this.locale)}>
        ${roomCard(room, { uiLocale: this.locale, labels, applicantKind: '', headingLevel: 3, onOpen: () => undefined })}
        ${roomFacts(room, this.locale, new Date().toISOString().slice(0, 10))}
      </div>
    </section>`;
  }
}

if (!customElements.get('tk-office-room-preview')) customElements.define('tk-office-room-preview', TkOfficeRoomPreview);

declare global {
  interface HTMLElementTagNameMap {
    'tk-office-room-preview': TkOfficeRoomPreview;
  }
}
