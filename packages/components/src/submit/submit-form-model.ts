/**
 * The fields of the proposal form, their labels and checks, and the
 * proposal built from them. Messages repeat the field's label and say what
 * to do (GOV.UK), never "ungültig".
 */
import { msg } from '@lit/localize';
import type { ProposalDraft } from './submit-api.js';

export type SubmitKind = 'organization' | 'event';

export interface SubmitValues {
  name: string;
  description: string;
  type: string;
  start: string;
  end: string;
  street: string;
  postalCode: string;
  city: string;
  website: string;
  email: string;
  submitterName: string;
  submitterEmail: string;
  consent: boolean;
  /** The field people do not see; a program that fills it is ignored by the server. */
  homepage: string;
}

export type SubmitField = Exclude<keyof SubmitValues, 'homepage'>;
export type SubmitErrors = Partial<Record<SubmitField, string>>;

export const emptyValues = (): SubmitValues => ({ name: '', description: '', type: '', start: '', end: '', street: '', postalCode: '', city: '', website: '', email: '', submitterName: '', submitterEmail: '', consent: false, homepage: '' });

export function fieldsOf(kind: SubmitKind): SubmitField[] {
  return kind === 'organization'
    ? ['name', 'description', 'type', 'website', 'email', 'submitterName', 'submitterEmail', 'consent']
    : ['name', 'description', 'type', 'start', 'end', 'street', 'postalCode', 'city', 'submitterName', 'submitterEmail', 'consent'];
}

export function fieldLabel(field: SubmitField, kind: SubmitKind): string {
  switch (field) {
    case 'name':
      return kind === 'organization' ? msg('Name der Organisation', { id: 'sub.field.org-name' }) : msg('Titel der Veranstaltung', { id: 'sub.field.event-title' });
    case 'description':
      return msg('Kurzbeschreibung', { id: 'sub.field.description' });
    case 'type':
      return kind === 'organization' ? msg('Art der Organisation', { id: 'sub.field.org-type' }) : msg('Art der Veranstaltung', { id: 'sub.field.event-format' });
    case 'start':
      return msg('Beginn', { id: 'sub.field.start' });
    case 'end':
      return msg('Ende', { id: 'sub.field.end' });
    case 'street':
      return msg('Straße und Hausnummer', { id: 'sub.field.street' });
    case 'postalCode':
      return msg('Postleitzahl', { id: 'sub.field.postal-code' });
    case 'city':
      return msg('Ort', { id: 'sub.field.city' });
    case 'website':
      return msg('Webseite', { id: 'sub.field.website' });
    case 'email':
      return msg('E-Mail-Adresse der Organisation', { id: 'sub.field.org-email' });
    case 'submitterName':
      return msg('Ihr Name', { id: 'sub.field.submitter-name' });
    case 'submitterEmail':
      return msg('Ihre E-Mail-Adresse', { id: 'sub.field.submitter-email' });
    case 'consent':
      return msg('Ich bin einverstanden, dass die Angaben zur Organisation oder Veranstaltung veröffentlicht werden. Mein Name und meine E-Mail-Adresse werden nicht veröffentlicht.', { id: 'sub.field.consent' });
  }
}

export const isOptional = (field: SubmitField) => field === 'website' || field === 'email';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validate(kind: SubmitKind, values: SubmitValues): SubmitErrors {
  const errors: SubmitErrors = {};
  const fields = fieldsOf(kind);
  if (!values.name.trim()) errors.name = kind === 'organization' ? msg('Geben Sie den Namen der Organisation an', { id: 'sub.error.org-name' }) : msg('Geben Sie den Titel der Veranstaltung an', { id: 'sub.error.event-title' });
  if (!values.description.trim()) errors.description = msg('Geben Sie eine Kurzbeschreibung an', { id: 'sub.error.description' });
  if (!values.type) errors.type = msg('Wählen Sie die Art aus', { id: 'sub.error.type' });
  if (fields.includes('start')) {
    if (!values.start) errors.start = msg('Geben Sie den Beginn an', { id: 'sub.error.start' });
    if (!values.end) errors.end = msg('Geben Sie das Ende an', { id: 'sub.error.end' });
    else if (values.start && values.end < values.start) errors.end = msg('Das Ende muss nach dem Beginn liegen', { id: 'sub.error.end-before-start' });
    if (!values.street.trim()) errors.street = msg('Geben Sie Straße und Hausnummer an', { id: 'sub.error.street' });
    if (!/^\d{5}$/.test(values.postalCode.trim())) errors.postalCode = msg('Geben Sie die Postleitzahl mit fünf Ziffern an', { id: 'sub.error.postal-code' });
    if (!values.city.trim()) errors.city = msg('Geben Sie den Ort an', { id: 'sub.error.city' });
  }
  if (fields.includes('website') && values.website.trim() && !/^https?:\/\/\S+\.\S+/.test(values.website.trim())) errors.website = msg('Geben Sie die Webseite mit https:// an', { id: 'sub.error.website' });
  if (fields.includes('email') && values.email.trim() && !EMAIL.test(values.email.trim())) errors.email = msg('Geben Sie die E-Mail-Adresse in der Form name@beispiel.de an', { id: 'sub.error.email' });
  if (!values.submitterName.trim()) errors.submitterName = msg('Geben Sie Ihren Namen an', { id: 'sub.error.submitter-name' });
  if (!EMAIL.test(values.submitterEmail.trim())) errors.submitterEmail = msg('Geben Sie Ihre E-Mail-Adresse in der Form name@beispiel.de an', { id: 'sub.error.submitter-email' });
  if (!values.consent) errors.consent = msg('Stimmen Sie der Veröffentlichung zu, damit das Büro den Vorschlag prüfen kann', { id: 'sub.error.consent' });
  return errors;
}

/** A slug the server may use as id (it makes it unique). */
export function suggestedId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'vorschlag';
}

/** `datetime-local` values are the tenant's wall time; the offset is the browser's, which the office checks on review. */
const withOffset = (local: string) => {
  const date = new Date(local);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${local.length === 16 ? `${local}:00` : local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
};

export function proposalOf(kind: SubmitKind, values: SubmitValues, locale: string): ProposalDraft {
  const text = { de: values.description.trim() };
  const common = {
    submitter: { name: values.submitterName.trim(), email: values.submitterEmail.trim() },
    locale: locale as ProposalDraft['locale'],
    publicationConsent: true as const,
    ...(values.homepage ? { homepage: values.homepage } : {}),
  };
  if (kind === 'organization') {
    return {
      kind,
      record: {
        id: suggestedId(values.name),
        name: values.name.trim(),
        shortDescription: text,
        description: text,
        types: [values.type],
        ...(values.website.trim() ? { website: values.website.trim() } : {}),
        ...(values.email.trim() ? { email: values.email.trim() } : {}),
      },
      ...common,
    } as ProposalDraft;
  }
  return {
    kind,
    record: {
      id: suggestedId(values.name),
      title: { de: values.name.trim() },
      summary: text,
      description: text,
      start: withOffset(values.start),
      end: withOffset(values.end),
      location: { kind: 'address', address: { street: values.street.trim(), postalCode: values.postalCode.trim(), city: values.city.trim() } },
      organizers: [{ kind: 'office', name: values.submitterName.trim() }],
      format: values.type,
    },
    ...common,
  } as ProposalDraft;
}
