/** The fields of a calendar import, in the record forms' field model, each error repeating its label. */
import { msg } from '@lit/localize';
import type { FieldSpec } from '../records/record-fields.js';

export const idField: FieldSpec = {
  kind: 'text',
  path: ['id'],
  label: () => msg('Kennung', { id: 'sources.id' }),
  hint: () => msg('Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „kalender-stadt“. Sie lässt sich später nicht ändern.', { id: 'sources.id.hint' }),
  error: () => msg('Geben Sie eine Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen an', { id: 'sources.id.error' }),
};

export function sourceFields(organizations: ReadonlyArray<readonly [string, string]> | undefined): FieldSpec[] {
  const organizer: FieldSpec = organizations
    ? { kind: 'choice', path: ['organizerId'], label: () => msg('Veranstalter', { id: 'sources.organizer' }), options: () => [['', msg('(bitte wählen)', { id: 'sources.organizer.choose' })], ...organizations], error: () => msg('Wählen Sie den Veranstalter', { id: 'sources.organizer.error' }) }
    : { kind: 'text', path: ['organizerId'], label: () => msg('Veranstalter (Kennung der Organisation)', { id: 'sources.organizer.code' }), error: () => msg('Wählen Sie den Veranstalter', { id: 'sources.organizer.error' }) };
  return [
    { kind: 'text', path: ['name'], label: () => msg('Name des Kalenders', { id: 'sources.name' }), error: () => msg('Geben Sie den Namen des Kalenders an', { id: 'sources.name.error' }) },
    {
      kind: 'url',
      path: ['url'],
      label: () => msg('Adresse des Kalenders', { id: 'sources.url' }),
      hint: () => msg('Die Adresse der iCalendar-Datei (.ics), beginnend mit https://', { id: 'sources.url.hint' }),
      error: () => msg('Geben Sie die Adresse des Kalenders an, beginnend mit https://', { id: 'sources.url.error' }),
    },
    organizer,
    { kind: 'taxonomy', taxonomy: 'event-formats', single: true, path: ['format'], label: () => msg('Format aller Veranstaltungen', { id: 'sources.format' }), error: () => msg('Wählen Sie das Format der Veranstaltungen', { id: 'sources.format.error' }) },
    { kind: 'taxonomy', taxonomy: 'topics', path: ['topics'], optional: true, label: () => msg('Themen aller Veranstaltungen', { id: 'sources.topics' }), error: () => msg('Prüfen Sie die Themen', { id: 'sources.topics.error' }) },
    {
      kind: 'integer',
      path: ['intervalMinutes'],
      label: () => msg('Abgleich alle … Minuten', { id: 'sources.interval' }),
      hint: () => msg('Von 15 Minuten bis 10 080 Minuten (eine Woche). 60 heißt: jede Stunde.', { id: 'sources.interval.hint' }),
      error: () => msg('Geben Sie den Abstand in Minuten an, von 15 bis 10 080', { id: 'sources.interval.error' }),
    },
  ];
}
