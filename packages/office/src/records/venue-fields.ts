/** The venue form: a building with rooms, its address and how to get in without barriers, in every language. */
import { msg } from '@lit/localize';
import type { FieldGroup, RecordData } from './record-fields.js';

export const venueGroups = (): FieldGroup[] => [
  {
    title: () => msg('Name und Anschrift', { id: 'records.venue.group.address' }),
    fields: [
      { kind: 'text', path: ['name'], label: () => msg('Name des Ortes', { id: 'records.venue.name' }), error: () => msg('Geben Sie den Namen des Ortes an.', { id: 'records.venue.name.error' }) },
      { kind: 'text', path: ['address', 'street'], label: () => msg('Straße und Hausnummer', { id: 'records.org.street' }), error: () => msg('Geben Sie Straße und Hausnummer an.', { id: 'records.venue.street.error' }) },
      { kind: 'text', path: ['address', 'postalCode'], label: () => msg('Postleitzahl', { id: 'records.org.postal-code' }), error: () => msg('Geben Sie die Postleitzahl mit fünf Ziffern an.', { id: 'records.org.postal-code.error' }) },
      { kind: 'text', path: ['address', 'city'], label: () => msg('Ort', { id: 'records.org.city' }), error: () => msg('Geben Sie den Ort an.', { id: 'records.venue.city.error' }) },
      {
        kind: 'taxonomy',
        taxonomy: 'areas',
        single: true,
        path: ['address', 'area'],
        optional: true,
        label: () => msg('Gebiet', { id: 'records.venue.area' }),
        error: () => msg('Wählen Sie ein bekanntes Gebiet.', { id: 'records.venue.area.error' }),
      },
    ],
  },
  {
    title: () => msg('Zugang ohne Barrieren', { id: 'records.venue.group.access' }),
    fields: [
      {
        kind: 'localized',
        path: ['accessibilityNote'],
        multiline: true,
        nullable: true,
        optional: true,
        label: () => msg('Hinweis zur Barrierefreiheit', { id: 'records.venue.access-note' }),
        hint: () => msg('Wie man ohne Stufen hineinkommt, wo der Aufzug ist, was fehlt. Die Ausstattung der einzelnen Räume steht bei den Räumen.', { id: 'records.venue.access-note.hint' }),
      },
    ],
  },
];

/** Before saving: no area chosen is no area (the API wants the key left out, not empty). */
export function finalizeVenue(data: RecordData): RecordData {
  const address = { ...((data.address as Record<string, unknown> | undefined) ?? {}) };
  if (!address.area) delete address.area;
  return { ...data, address };
}
