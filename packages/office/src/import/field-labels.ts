/** The import's fields, actions and duplicate reasons in the office's words. */
import { msg } from '@lit/localize';
import type { ImportReport, OnDuplicate } from '@teilhabe/sdk';

export type ImportField = NonNullable<ImportReport['columns'][number]['field']>;
type Action = ImportReport['rows'][number]['action'];
type DuplicateReason = NonNullable<ImportReport['rows'][number]['duplicateOf']>['reason'];

/** In the order the select offers them. */
export const IMPORT_FIELDS: readonly ImportField[] = [
  'name', 'types', 'contactName', 'email', 'phone', 'street', 'postalCode', 'city', 'area', 'languages', 'topics', 'offers', 'website', 'umbrella', 'shortDescription',
];

export function fieldLabel(field: ImportField): string {
  switch (field) {
    case 'name': return msg('Name des Vereins', { id: 'import.field.name' });
    case 'types': return msg('Art', { id: 'import.field.types' });
    case 'contactName': return msg('Ansprechperson', { id: 'import.field.contactName' });
    case 'email': return msg('E-Mail', { id: 'import.field.email' });
    case 'phone': return msg('Telefon', { id: 'import.field.phone' });
    case 'street': return msg('Straße', { id: 'import.field.street' });
    case 'postalCode': return msg('PLZ', { id: 'import.field.postalCode' });
    case 'city': return msg('Ort', { id: 'import.field.city' });
    case 'area': return msg('Stadtteil', { id: 'import.field.area' });
    case 'languages': return msg('Sprachen', { id: 'import.field.languages' });
    case 'topics': return msg('Themen', { id: 'import.field.topics' });
    case 'offers': return msg('Angebote', { id: 'import.field.offers' });
    case 'website': return msg('Webseite', { id: 'import.field.website' });
    case 'umbrella': return msg('Dachverband', { id: 'import.field.umbrella' });
    case 'shortDescription': return msg('Kurzbeschreibung', { id: 'import.field.shortDescription' });
  }
}

export function actionLabel(action: Action): string {
  switch (action) {
    case 'create': return msg('Wird neu angelegt', { id: 'import.action.create' });
    case 'update': return msg('Ergänzt einen Eintrag', { id: 'import.action.update' });
    case 'skip': return msg('Wird übersprungen', { id: 'import.action.skip' });
  }
}

export function reasonLabel(reason: DuplicateReason): string {
  switch (reason) {
    case 'name': return msg('ähnlicher Name', { id: 'import.reason.name' });
    case 'email': return msg('gleiche E-Mail-Adresse', { id: 'import.reason.email' });
    case 'website': return msg('gleiche Webseite', { id: 'import.reason.website' });
  }
}

export function decisionLabel(decision: OnDuplicate): { label: string; hint: string } {
  if (decision === 'skip') return { label: msg('Überspringen', { id: 'import.decision.skip' }), hint: msg('Der Eintrag bleibt, wie er ist.', { id: 'import.decision.skip.hint' }) };
  if (decision === 'merge') return { label: msg('Zusammenführen', { id: 'import.decision.merge' }), hint: msg('Die Zeile füllt leere Felder des Eintrags und ergänzt seine Listen; nichts wird gelöscht.', { id: 'import.decision.merge.hint' }) };
  return { label: msg('Neu anlegen', { id: 'import.decision.create' }), hint: msg('Ein zweiter Eintrag entsteht neben dem vorhandenen.', { id: 'import.decision.create.hint' }) };
}
