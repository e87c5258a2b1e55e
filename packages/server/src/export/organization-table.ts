/**
 * The organisations a filtered directory list finds → rows of text under the
 * German headers the import reads, labels in the requested language.
 */
import type { Locale, OrganizationRecord } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import { TtlCache } from '../cache/ttl-cache.js';
import type { DatabaseSchema } from '../db/schema.js';
import { searchOrganizations, type FacetCounts, type OrganizationSearch } from '../resources/organizations/repository.js';

/** Larger directories than this are exported in parts (by filter). */
export const EXPORT_ROW_LIMIT = 20_000;

export interface ExportTable {
  headers: string[];
  rows: string[][];
}

type StoredContact = OrganizationRecord['contacts'][number];

export async function organizationTable(
  db: Kysely<DatabaseSchema>,
  tenantId: string,
  search: Omit<OrganizationSearch, 'limit' | 'offset'>,
  options: { locale: Locale; defaultLocale: Locale; withContacts: boolean },
): Promise<ExportTable> {
  // A private cache: an export is rare, and its facet counts must not crowd the list's.
  const found = await searchOrganizations(db, tenantId, { ...search, limit: EXPORT_ROW_LIMIT, offset: 0 }, new TtlCache<FacetCounts>({ ttlMs: 1, maxEntries: 1 }));
  const ids = found.rows.map((row) => row.id);
  const records = ids.length ? await db.selectFrom('organizations').select(['id', 'name', 'doc']).where('tenant_id', '=', tenantId).where('id', 'in', ids).execute() : [];
  const byId = new Map(records.map((row) => [row.id, row]));
  const memberships = ids.length
    ? await db
        .selectFrom('organization_memberships as m')
        .innerJoin('organizations as o', (join) => join.onRef('o.tenant_id', '=', 'm.tenant_id').onRef('o.id', '=', 'm.umbrella_id'))
        .select(['m.member_id', 'o.name'])
        .where('m.tenant_id', '=', tenantId)
        .where('m.member_id', 'in', ids)
        .execute()
    : [];
  const umbrellas = new Map<string, string[]>();
  for (const row of memberships) umbrellas.set(row.member_id, [...(umbrellas.get(row.member_id) ?? []), row.name]);
  const label = await labeller(db, tenantId, options.locale, options.defaultLocale);

  const headers = ['Name', 'Art', ...(options.withContacts ? ['Ansprechpartner/in'] : []), 'E-Mail', 'Telefon', 'Straße', 'PLZ', 'Ort', 'Stadtteil', 'Sprachen', 'Themen', 'Angebote', 'Webseite', 'Dachverband', 'Kurzbeschreibung', 'Zuletzt bestätigt'];
  const rows = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const doc = row.doc as Omit<OrganizationRecord, 'id' | 'name' | 'umbrellaIds'>;
    const text = (value: Record<string, string | undefined> | null | undefined) => (value ? (value[options.locale] ?? value[options.defaultLocale] ?? '') : '');
    return [
      [
        row.name,
        doc.types.map((code) => label('organization-types', code)).join(', '),
        ...(options.withContacts ? [doc.contacts.map((contact) => contactText(contact, text)).join('\n')] : []),
        doc.email ?? '',
        doc.phone ?? '',
        doc.address?.street ?? '',
        doc.address?.postalCode ?? '',
        doc.address?.city ?? '',
        doc.areas.map((code) => label('areas', code)).join(', '),
        doc.languages.map((code) => label('languages', code)).join(', '),
        doc.topics.map((code) => label('topics', code)).join('; '),
        doc.offers.map((code) => label('offers', code)).join('; '),
        doc.website ?? '',
        (umbrellas.get(id) ?? []).sort().join('; '),
        text(doc.shortDescription),
        doc.verifiedAt ? String(doc.verifiedAt).slice(0, 10) : '',
      ],
    ];
  });
  return { headers, rows };
}

function contactText(contact: StoredContact, text: (value: Record<string, string | undefined> | undefined) => string): string {
  const role = text(contact.role as Record<string, string | undefined> | undefined);
  const parts = [contact.name, role ? `(${role})` : '', contact.email ?? '', contact.phone ?? '', contact.publicationConsent ? '' : '[nicht veröffentlichen]'];
  return parts.filter(Boolean).join(' ');
}

/** Topic labels join with `;` because they contain commas ("Jugend, Erziehung und Bildung"). */
async function labeller(db: Kysely<DatabaseSchema>, tenantId: string, locale: Locale, defaultLocale: Locale) {
  const terms = await db.selectFrom('taxonomy_terms').select(['taxonomy', 'code', 'label']).where('tenant_id', '=', tenantId).execute();
  const labels = new Map(terms.map((term) => {
    const text = term.label as Record<string, string | undefined>;
    return [`${term.taxonomy}/${term.code}`, text[locale] ?? text[defaultLocale] ?? term.code] as const;
  }));
  const languageNames = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return (taxonomy: string, code: string) => {
    if (taxonomy === 'languages') return capitalize(languageNames.of(code) ?? code);
    return labels.get(`${taxonomy}/${code}`) ?? code;
  };
}

const capitalize = (value: string) => value.charAt(0).toLocaleUpperCase() + value.slice(1);
