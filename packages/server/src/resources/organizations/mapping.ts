/** Stored organisation records → what the public API shows, in one locale. */
import type { Locale, Organization, OrganizationRecord, OrganizationRef, OrganizationSummary } from '@teilhabe/contract';
import { Localizer } from '../../i18n/localizer.js';

export interface OrganizationRow {
  id: string;
  name: string;
  doc: unknown;
  updated_at: Date;
}

const iso = (value: Date | string) => new Date(value).toISOString();

function summaryFields(row: OrganizationRow, doc: OrganizationRecord, localizer: Localizer) {
  return {
    id: row.id,
    name: row.name,
    shortDescription: localizer.text('shortDescription', doc.shortDescription),
    types: doc.types,
    topics: doc.topics,
    languages: doc.languages,
    areas: doc.areas,
    offers: doc.offers,
    updatedAt: iso(row.updated_at),
    verifiedAt: doc.verifiedAt ? iso(doc.verifiedAt) : null,
  };
}

export function toOrganizationSummary(row: OrganizationRow, locale: Locale, defaultLocale: Locale): OrganizationSummary {
  const doc = row.doc as OrganizationRecord;
  const localizer = new Localizer(locale, defaultLocale, doc.machineTranslated);
  const fields = summaryFields(row, doc, localizer);
  return { ...fields, translation: localizer.translation() };
}

export function toOrganization(
  row: OrganizationRow,
  relations: { umbrellas: OrganizationRef[]; members: OrganizationRef[] },
  locale: Locale,
  defaultLocale: Locale,
): Organization {
  const doc = row.doc as OrganizationRecord;
  const localizer = new Localizer(locale, defaultLocale, doc.machineTranslated);
  const fields = summaryFields(row, doc, localizer);
  // Contact persons are personal data: only those who consented are published,
  // and the consent flag itself stays internal.
  const contacts = doc.contacts
    .filter((contact) => contact.publicationConsent)
    .map((contact, index) => ({
      name: contact.name,
      ...(contact.role ? { role: localizer.text(`contacts.${index}.role`, contact.role) } : {}),
      topics: contact.topics,
      languages: contact.languages,
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
    }));
  return {
    ...fields,
    description: localizer.text('description', doc.description),
    address: doc.address,
    officeHours: doc.officeHours,
    officeHoursNote: localizer.optionalText('officeHoursNote', doc.officeHoursNote),
    contacts,
    website: doc.website,
    email: doc.email,
    phone: doc.phone,
    social: doc.social,
    hasOwnRooms: doc.hasOwnRooms,
    umbrellas: relations.umbrellas,
    members: relations.members,
    nonProfit: doc.nonProfit,
    registeredAssociation: doc.registeredAssociation,
    youthWelfareProvider: doc.youthWelfareProvider,
    foundedYear: doc.foundedYear,
    translation: localizer.translation(),
  };
}
