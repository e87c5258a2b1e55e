/**
 * The page behind the "Ist Ihr Eintrag noch aktuell?" link: the entry as it
 * is published, a button to confirm it, and a form to propose changes. No
 * script, plain form posts, served under the pages' strict CSP. A form with
 * mistakes comes back with an error summary and every value kept (GOV.UK).
 */
import { Address, Email, Phone, WebUrl, type Locale, type OrganizationRecord } from '@teilhabe/contract';
import { escapeHtml, page } from '../pages/html.js';
import { fill } from '../mail/texts/index.js';
import { entryPageText, type EntryPageText } from './entry-page.texts.js';

export const ENTRY_FORM_FIELDS = ['name', 'shortDescription', 'description', 'street', 'postalCode', 'city', 'website', 'email', 'phone', 'officeHoursNote'] as const;
export type EntryFormField = (typeof ENTRY_FORM_FIELDS)[number];
export type EntryForm = Record<EntryFormField, string>;
type FormError = { field: EntryFormField; message: keyof EntryPageText['errors'] };

const municipalityLine = (name: string) => `<p class="municipality"><strong>${escapeHtml(name)}</strong></p>`;

/** The form's fields from the stored record. */
export function formOf(record: Partial<OrganizationRecord>): EntryForm {
  return {
    name: record.name ?? '',
    shortDescription: record.shortDescription?.de ?? '',
    description: record.description?.de ?? '',
    street: record.address?.street ?? '',
    postalCode: record.address?.postalCode ?? '',
    city: record.address?.city ?? '',
    website: record.website ?? '',
    email: record.email ?? '',
    phone: record.phone ?? '',
    officeHoursNote: record.officeHoursNote?.de ?? '',
  };
}

export function formFromBody(body: Record<string, unknown>): EntryForm {
  return Object.fromEntries(ENTRY_FORM_FIELDS.map((field) => [field, typeof body[field] === 'string' ? (body[field] as string).trim().slice(0, 5000) : ''])) as EntryForm;
}

/**
 * The stored record with the form's changes, or the mistakes. Only German
 * texts are edited here; the other locales of a changed text are kept, the
 * office sees them beside the change in the review queue.
 */
export function applyForm(record: OrganizationRecord, form: EntryForm): { record: OrganizationRecord } | { errors: FormError[] } {
  const errors: FormError[] = [];
  if (!form.name) errors.push({ field: 'name', message: 'name' });
  if (!form.shortDescription) errors.push({ field: 'shortDescription', message: 'shortDescription' });
  const addressParts = [form.street, form.postalCode, form.city];
  let address = record.address;
  if (addressParts.every((part) => part === '')) address = null;
  else if (addressParts.some((part) => part === '')) errors.push({ field: form.street ? (form.postalCode ? 'city' : 'postalCode') : 'street', message: 'address' });
  else {
    const parsed = Address.safeParse({ ...(record.address ?? {}), street: form.street, postalCode: form.postalCode, city: form.city });
    if (parsed.success) address = parsed.data;
    else errors.push({ field: 'postalCode', message: 'postalCode' });
  }
  const optional = <T>(value: string, schema: { safeParse(v: string): { success: boolean; data?: T } }, field: EntryFormField, message: FormError['message']): T | null => {
    if (!value) return null;
    const parsed = schema.safeParse(value);
    if (!parsed.success) errors.push({ field, message });
    return (parsed.data as T) ?? null;
  };
  const website = optional<string>(form.website, WebUrl, 'website', 'website');
  const email = optional<string>(form.email, Email, 'email', 'email');
  const phone = optional<string>(form.phone, Phone, 'phone', 'phone');
  if (errors.length) return { errors };
  return {
    record: {
      ...record,
      name: form.name,
      shortDescription: { ...record.shortDescription, de: form.shortDescription },
      description: form.description ? { ...record.description, de: form.description } : record.description,
      address,
      website,
      email,
      phone,
      officeHoursNote: form.officeHoursNote ? { ...(record.officeHoursNote ?? {}), de: form.officeHoursNote } : null,
    },
  };
}

export interface EntryPageOptions {
  locale: Locale;
  municipality: string;
  tenantId: string;
  token: string;
  form: EntryForm;
  errors?: FormError[];
}

function summaryList(t: EntryPageText, form: EntryForm) {
  const rows: Array<[string, string]> = [
    [t.fields.name, form.name],
    [t.fields.shortDescription, form.shortDescription],
    [t.fields.description, form.description],
    [t.fields.street, [form.street, [form.postalCode, form.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
    [t.fields.website, form.website],
    [t.fields.email, form.email],
    [t.fields.phone, form.phone],
    [t.fields.officeHoursNote, form.officeHoursNote],
  ];
  return `<dl class="summary-list">${rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value ? escapeHtml(value) : escapeHtml(t.empty)}</dd>`).join('')}</dl>`;
}

function field(t: EntryPageText, name: EntryFormField, value: string, error: FormError | undefined) {
  const id = `field-${name}`;
  const multiline = name === 'description' || name === 'shortDescription';
  const described = error ? ` aria-describedby="${id}-error" aria-invalid="true"` : '';
  const type = name === 'email' ? 'email' : name === 'website' ? 'url' : name === 'phone' ? 'tel' : 'text';
  const control = multiline
    ? `<textarea id="${id}" name="${name}" rows="${name === 'description' ? 6 : 3}"${described}>${escapeHtml(value)}</textarea>`
    : `<input id="${id}" name="${name}" type="${type}" value="${escapeHtml(value)}"${described}>`;
  return `<div class="field${error ? ' field-error' : ''}">
<label for="${id}">${escapeHtml(t.fields[name])}</label>
${error ? `<p id="${id}-error" class="error-message">${escapeHtml(t.errors[error.message])}</p>` : ''}
${control}
</div>`;
}

export function entryPage(options: EntryPageOptions) {
  const t = entryPageText(options.locale);
  const errors = options.errors ?? [];
  const action = (step: string) => `/v1/${escapeHtml(options.tenantId)}/entry/${step}?locale=${options.locale}`;
  const token = `<input type="hidden" name="token" value="${escapeHtml(options.token)}">`;
  const summary = errors.length
    ? `<div class="error-summary" role="alert" tabindex="-1"><h2>${escapeHtml(t.errorSummary)}</h2><ul>${errors
        .map((e) => `<li><a href="#field-${e.field}">${escapeHtml(t.errors[e.message])}</a></li>`)
        .join('')}</ul></div>`
    : '';
  return page(
    `${t.title} – ${options.municipality}`,
    `${municipalityLine(options.municipality)}
${summary}
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(fill(t.intro, { name: options.form.name }))}</p>
${summaryList(t, options.form)}
<h2>${escapeHtml(t.confirmHeading)}</h2>
<p>${escapeHtml(t.confirmHint)}</p>
<form method="post" action="${action('confirm')}">${token}<button type="submit">${escapeHtml(t.confirm)}</button></form>
<h2>${escapeHtml(t.proposeHeading)}</h2>
<p>${escapeHtml(t.proposeHint)}</p>
<form method="post" action="${action('propose')}" novalidate>${token}
${ENTRY_FORM_FIELDS.map((name) => field(t, name, options.form[name], errors.find((e) => e.field === name))).join('\n')}
<button type="submit">${escapeHtml(t.propose)}</button>
</form>`,
    options.locale,
  );
}

export function entryDonePage(locale: Locale, municipality: string, outcome: 'confirmed' | 'proposed') {
  const t = entryPageText(locale);
  return page(`${t.title} – ${municipality}`, `${municipalityLine(municipality)}<h1>${escapeHtml(t.title)}</h1><p role="status"><strong>${escapeHtml(t[outcome])}</strong></p>`, locale);
}

export function entryGonePage(locale: Locale, municipality: string) {
  const t = entryPageText(locale);
  return page(`${t.gone} – ${municipality}`, `${municipalityLine(municipality)}<h1>${escapeHtml(t.gone)}</h1><p>${escapeHtml(fill(t.goneHint, { tenant: municipality }))}</p>`, locale);
}
