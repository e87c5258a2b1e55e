/**
 * The texts of a proposal the office may correct before it publishes it:
 * every string of the proposed record (a text per language as one field per
 * language, an address part by part), addressed by a dotted path. Lists and
 * codes stay as proposed; the office changes those in the record's form.
 */
import { msg } from '@lit/localize';

export interface EditableField {
  /** Dotted path into the record (`shortDescription.de`, `address.city`). */
  path: string;
  label: string;
  value: string;
  multiline: boolean;
}

const MULTILINE = new Set(['description']);

function labelOf(key: string): string {
  switch (key) {
    case 'name': return msg('Name', { id: 'review.field.name' });
    case 'title': return msg('Titel', { id: 'review.field.title' });
    case 'shortDescription': return msg('Kurzbeschreibung', { id: 'review.field.shortDescription' });
    case 'summary': return msg('Kurzbeschreibung', { id: 'review.field.summary' });
    case 'description': return msg('Beschreibung', { id: 'review.field.description' });
    case 'email': return msg('E-Mail', { id: 'review.field.email' });
    case 'phone': return msg('Telefon', { id: 'review.field.phone' });
    case 'website': return msg('Webseite', { id: 'review.field.website' });
    case 'street': return msg('Straße', { id: 'review.field.street' });
    case 'postalCode': return msg('PLZ', { id: 'review.field.postalCode' });
    case 'city': return msg('Ort', { id: 'review.field.city' });
    case 'start': return msg('Beginn', { id: 'review.field.start' });
    case 'end': return msg('Ende', { id: 'review.field.end' });
    default: return key;
  }
}

const isLocaleKey = (key: string) => /^[a-z]{2}$/.test(key);

export function editableFields(record: Record<string, unknown>): EditableField[] {
  const fields: EditableField[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id' || key === 'verifiedAt') continue;
    if (typeof value === 'string') fields.push({ path: key, label: labelOf(key), value, multiline: MULTILINE.has(key) });
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, text] of Object.entries(value as Record<string, unknown>)) {
        if (typeof text !== 'string') continue;
        const label = isLocaleKey(inner) ? `${labelOf(key)} (${inner})` : labelOf(inner);
        fields.push({ path: `${key}.${inner}`, label, value: text, multiline: MULTILINE.has(key) });
      }
    }
  }
  return fields;
}

/** A copy of the record with the text at `path` replaced. */
export function withField(record: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const [key, inner] = path.split('.') as [string, string | undefined];
  if (inner === undefined) return { ...record, [key]: value };
  return { ...record, [key]: { ...(record[key] as Record<string, unknown>), [inner]: value } };
}

/** The input's id for a path; the server's `record.email` names the same field. */
export const fieldId = (path: string) => `edit-${path.replace(/\./g, '-')}`;
export const pathOfServerError = (serverPath: string) => serverPath.replace(/^record\./, '');
