/** The organisation form: every field of `OrganizationInput` the office edits here, in the order of the public detail view. */
import { msg } from '@lit/localize';
import type { FieldGroup, RecordData } from './record-fields.js';

const codesHint = () => msg('Codes aus den Listen der Verwaltung, durch Kommas getrennt.', { id: 'records.codes.hint' });

export const organizationGroups = (): FieldGroup[] => [
  {
    title: () => msg('Name und Texte', { id: 'records.org.group.texts' }),
    fields: [
      { kind: 'text', path: ['name'], label: () => msg('Name', { id: 'records.org.name' }), error: () => msg('Geben Sie den Namen der Organisation an.', { id: 'records.org.name.error' }) },
      {
        kind: 'localized',
        path: ['shortDescription'],
        label: () => msg('Kurzbeschreibung', { id: 'records.org.short' }),
        error: () => msg('Geben Sie die Kurzbeschreibung auf Deutsch an.', { id: 'records.org.short.error' }),
      },
      {
        kind: 'localized',
        path: ['description'],
        multiline: true,
        label: () => msg('Beschreibung', { id: 'records.org.description' }),
        error: () => msg('Geben Sie die Beschreibung auf Deutsch an.', { id: 'records.org.description.error' }),
      },
    ],
  },
  {
    title: () => msg('Einordnung', { id: 'records.org.group.taxonomy' }),
    fields: [
      { kind: 'codes', path: ['types'], label: () => msg('Art der Organisation', { id: 'records.org.types' }), hint: codesHint, error: () => msg('Geben Sie mindestens eine bekannte Art der Organisation an.', { id: 'records.org.types.error' }) },
      { kind: 'codes', path: ['topics'], optional: true, label: () => msg('Themen', { id: 'records.org.topics' }), hint: codesHint },
      { kind: 'codes', path: ['offers'], optional: true, label: () => msg('Angebote', { id: 'records.org.offers' }), hint: codesHint },
      { kind: 'codes', path: ['areas'], optional: true, label: () => msg('Gebiete', { id: 'records.org.areas' }), hint: codesHint },
      { kind: 'codes', path: ['languages'], optional: true, label: () => msg('Sprachen der Beratung', { id: 'records.org.languages' }), hint: () => msg('Sprachcodes wie de, tr, uk, durch Kommas getrennt.', { id: 'records.org.languages.hint' }) },
      { kind: 'codes', path: ['umbrellaIds'], optional: true, label: () => msg('Dachverbände', { id: 'records.org.umbrellas' }), hint: () => msg('Kennungen anderer Organisationen, durch Kommas getrennt.', { id: 'records.org.umbrellas.hint' }) },
    ],
  },
  {
    title: () => msg('Kontakt', { id: 'records.org.group.contact' }),
    fields: [
      { kind: 'text', path: ['address', 'street'], optional: true, label: () => msg('Straße und Hausnummer', { id: 'records.org.street' }) },
      { kind: 'text', path: ['address', 'postalCode'], optional: true, label: () => msg('Postleitzahl', { id: 'records.org.postal-code' }), error: () => msg('Geben Sie die Postleitzahl mit fünf Ziffern an.', { id: 'records.org.postal-code.error' }) },
      { kind: 'text', path: ['address', 'city'], optional: true, label: () => msg('Ort', { id: 'records.org.city' }) },
      { kind: 'url', path: ['website'], nullable: true, optional: true, label: () => msg('Website', { id: 'records.org.website' }), error: () => msg('Geben Sie die Website als Adresse mit https:// an.', { id: 'records.org.website.error' }) },
      { kind: 'email', path: ['email'], nullable: true, optional: true, label: () => msg('E-Mail-Adresse', { id: 'records.org.email' }), error: () => msg('Geben Sie die E-Mail-Adresse in der Form name@beispiel.de an.', { id: 'records.org.email.error' }) },
      { kind: 'tel', path: ['phone'], nullable: true, optional: true, label: () => msg('Telefon', { id: 'records.org.phone' }) },
      { kind: 'localized', path: ['officeHoursNote'], nullable: true, optional: true, label: () => msg('Hinweis zu den Sprechzeiten', { id: 'records.org.hours-note' }) },
    ],
  },
  {
    title: () => msg('Merkmale', { id: 'records.org.group.facts' }),
    fields: [
      { kind: 'checkbox', path: ['hasOwnRooms'], label: () => msg('Hat eigene Räume', { id: 'records.org.own-rooms' }) },
      { kind: 'checkbox', path: ['nonProfit'], label: () => msg('Gemeinnützig', { id: 'records.org.non-profit' }) },
      { kind: 'checkbox', path: ['registeredAssociation'], label: () => msg('Eingetragener Verein', { id: 'records.org.registered' }) },
      { kind: 'checkbox', path: ['youthWelfareProvider'], label: () => msg('Träger der freien Jugendhilfe', { id: 'records.org.youth-welfare' }) },
      { kind: 'integer', path: ['foundedYear'], optional: true, label: () => msg('Gründungsjahr', { id: 'records.org.founded' }), error: () => msg('Geben Sie das Gründungsjahr als Jahreszahl zwischen 1800 und 2100 an.', { id: 'records.org.founded.error' }) },
    ],
  },
];

/** Before saving: an address with no part filled in is no address. */
export function finalizeOrganization(data: RecordData): RecordData {
  const address = data.address as Record<string, unknown> | null | undefined;
  if (address && ['street', 'postalCode', 'city'].every((key) => !String(address[key] ?? '').trim())) return { ...data, address: null };
  return data;
}
