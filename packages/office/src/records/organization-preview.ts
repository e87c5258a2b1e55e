/**
 * `<tk-office-organization-preview>`: the unsaved organisation as the public
 * directory shows it, drawn by the directory's own detail template from the
 * components package (the widget element itself cannot live on the office
 * page: @lit/localize allows one configuration per page). The draft is
 * turned into the public shape for one content language, with the same
 * fallback and machine-translation marks the API would send. It registers
 * itself: the form loads it on first use, so the directory's templates stay
 * out of the app's first download.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Locale, Organization } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { organizationDetail } from '../../../components/src/mo-directory/organization-detail.js';
import { directoryStyles } from '../../../components/src/mo-directory/mo-directory.styles.js';
import { TaxonomyLabels } from '../../../components/src/shared/taxonomy-labels.js';
import { directionOf } from './language-names.js';
import { DraftTexts, previewLanguageSelect, SOURCE_LOCALE } from './preview-language.js';
import type { RecordData } from './record-fields.js';

/** The record as the public API would answer for `locale`: each text in that language, else German (marked as fallen back). */
export function publicOrganization(data: RecordData, locale: Locale): Organization {
  const texts = new DraftTexts(data, locale);
  const text = (field: string) => texts.read(data[field] as Record<string, string> | null | undefined, field);
  const list = (field: string) => (Array.isArray(data[field]) ? (data[field] as string[]) : []);
  const contacts = ((data.contacts as Array<Record<string, unknown>> | undefined) ?? []).filter((c) => c.publicationConsent === true);
  const address = data.address as Organization['address'];
  return {
    id: String(data.id ?? ''),
    name: String(data.name ?? ''),
    shortDescription: text('shortDescription') ?? '',
    description: text('description') ?? '',
    types: list('types'),
    topics: list('topics'),
    languages: list('languages'),
    areas: list('areas'),
    offers: list('offers'),
    updatedAt: new Date().toISOString(),
    verifiedAt: (data.verifiedAt as string | null | undefined) ?? null,
    address: address && address.street ? address : null,
    officeHours: (data.officeHours as Organization['officeHours'] | undefined) ?? [],
    officeHoursNote: text('officeHoursNote'),
    contacts: contacts.map((c) => ({
      name: String(c.name),
      ...(c.role ? { role: (c.role as Record<string, string>)[locale] || (c.role as Record<string, string>)[SOURCE_LOCALE] } : {}),
      topics: (c.topics as string[] | undefined) ?? [],
      languages: (c.languages as string[] | undefined) ?? [],
      ...(c.email ? { email: String(c.email) } : {}),
      ...(c.phone ? { phone: String(c.phone) } : {}),
    })) as Organization['contacts'],
    website: (data.website as string | null | undefined) ?? null,
    email: (data.email as string | null | undefined) ?? null,
    phone: (data.phone as string | null | undefined) ?? null,
    social: (data.social as Organization['social'] | undefined) ?? [],
    hasOwnRooms: data.hasOwnRooms === true,
    umbrellas: list('umbrellaIds').map((id) => ({ id, name: id })),
    members: [],
    nonProfit: data.nonProfit === true,
    registeredAssociation: data.registeredAssociation === true,
    youthWelfareProvider: data.youthWelfareProvider === true,
    foundedYear: typeof data.foundedYear === 'number' ? data.foundedYear : null,
    translation: texts.translation(),
  };
}

@localized()
export class TkOfficeOrganizationPreview extends LitElement {
  static override styles = [tokens, baseStyles, directoryStyles, officeStyles];

  @property({ attribute: false }) data: RecordData = {};
  @property({ attribute: false }) locales: Locale[] = [SOURCE_LOCALE];

  @state() private locale: Locale = SOURCE_LOCALE;

  override render() {
    const shape = publicOrganization(this.data, this.locale);
    const organization = shape.name.trim() ? shape : { ...shape, name: msg('(noch ohne Namen)', { id: 'records.preview.no-name' }) };
    return html`<section aria-labelledby="preview-title">
      <h2 id="preview-title">${msg('Vorschau: so zeigt das Verzeichnis den Eintrag', { id: 'records.preview.title' })}</h2>
      ${previewLanguageSelect(this.locale, this.locales, (locale) => (this.locale = locale))}
      <div class="card preview" lang=${this.locale} dir=${directionOf(this.locale)}>
        ${organizationDetail(organization, { uiLocale: this.locale, labels: new TaxonomyLabels(this.locale), mapUrlTemplate: undefined, onNavigate: () => undefined })}
      </div>
    </section>`;
  }
}

if (!customElements.get('tk-office-organization-preview')) customElements.define('tk-office-organization-preview', TkOfficeOrganizationPreview);

declare global {
  interface HTMLElementTagNameMap {
    'tk-office-organization-preview': TkOfficeOrganizationPreview;
  }
}
