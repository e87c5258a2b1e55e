/**
 * What the office changed in a proposal before it published it, as the
 * submitter reads it in the decision mail: each corrected field with its
 * published value, in the submitter's language where the record has it.
 */
import type { Locale } from '@teilhabe/contract';
import { SELF_SERVICE_MAIL_TEXTS, type PublishedField } from './mail-texts.js';

const FIELDS: readonly PublishedField[] = ['name', 'title', 'shortDescription', 'summary', 'description', 'email', 'phone', 'website', 'address', 'start', 'end'];

function shown(field: PublishedField, value: unknown, language: Locale, timeZone: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') {
    if (field === 'start' || field === 'end') {
      return new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(value));
    }
    return value;
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    if (field === 'address') return [object['street'], [object['postalCode'], object['city']].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const text = object[language] ?? object['de'];
    if (typeof text === 'string') return text;
  }
  return JSON.stringify(value);
}

/** Label and published value of each field the office changed; empty when it took the proposal as it was. */
export function publishedChanges(proposed: Record<string, unknown>, published: Record<string, unknown>, language: Locale, timeZone: string): Array<[string, string]> {
  const labels = SELF_SERVICE_MAIL_TEXTS[language].accepted.fields;
  return FIELDS.filter((field) => JSON.stringify(proposed[field] ?? null) !== JSON.stringify(published[field] ?? null)).map((field) => [labels[field], shown(field, published[field], language, timeZone)]);
}
