import { z } from '@hono/zod-openapi';
import {
  Address,
  DateTime,
  Email,
  LanguageCode,
  LocaleQuery,
  LocalizedTextInput,
  MachineTranslatedInput,
  OpeningHours,
  PageQuery,
  Phone,
  Slug,
  TaxonomyCode,
  Text,
  Translation,
  WebUrl,
  codeList,
  orNull,
} from './common.js';

export const SOCIAL_KINDS = ['facebook', 'instagram', 'youtube', 'mastodon', 'tiktok', 'x', 'linkedin', 'other'] as const;
export const SocialLink = z
  .object({ kind: z.enum(SOCIAL_KINDS), url: WebUrl })
  .openapi('SocialLink');

/** A person who answers for some topics. Published only with their consent. */
export const ContactPerson = z
  .object({
    name: z.string(),
    role: z.string().optional(),
    topics: z.array(TaxonomyCode),
    languages: z.array(LanguageCode),
    email: Email.optional(),
    phone: Phone.optional(),
  })
  .openapi('ContactPerson');
export type ContactPerson = z.infer<typeof ContactPerson>;

export const OrganizationRef = z.object({ id: Slug, name: z.string() }).openapi('OrganizationRef');
export type OrganizationRef = z.infer<typeof OrganizationRef>;

const organizationFields = {
  id: Slug,
  name: z.string().openapi({ example: 'Deutsch-Türkischer Kulturverein Musterstadt e.V.' }),
  shortDescription: z.string(),
  types: z.array(TaxonomyCode).openapi({ description: 'Codes of `/taxonomies/organization-types`.' }),
  topics: z.array(TaxonomyCode).openapi({ description: 'Codes of `/taxonomies/topics`.' }),
  languages: z.array(LanguageCode).openapi({ description: 'Languages spoken in the organisation.' }),
  areas: z.array(TaxonomyCode).openapi({ description: 'Areas served, codes of `/taxonomies/areas`.' }),
  offers: z.array(TaxonomyCode).openapi({ description: 'Codes of `/taxonomies/offers`.' }),
  updatedAt: DateTime,
  verifiedAt: DateTime.nullable().openapi({ description: 'When the office last confirmed the record.' }),
  translation: Translation,
};

export const OrganizationSummary = z.object(organizationFields).openapi('OrganizationSummary');
export type OrganizationSummary = z.infer<typeof OrganizationSummary>;

export const Organization = z
  .object({
    ...organizationFields,
    description: z.string(),
    address: orNull(Address),
    officeHours: OpeningHours,
    officeHoursNote: z.string().nullable().openapi({ description: 'For example "nach Vereinbarung".' }),
    contacts: z.array(ContactPerson).openapi({ description: 'Only contact persons who consented to publication.' }),
    website: WebUrl.nullable(),
    email: Email.nullable(),
    phone: Phone.nullable(),
    social: z.array(SocialLink),
    hasOwnRooms: z.boolean(),
    umbrellas: z.array(OrganizationRef).openapi({ description: 'Umbrella organisations this one is a member of.' }),
    members: z.array(OrganizationRef).openapi({ description: 'Member organisations, if this one is an umbrella.' }),
    nonProfit: z.boolean(),
    registeredAssociation: z.boolean(),
    youthWelfareProvider: z.boolean(),
    foundedYear: z.number().int().nullable(),
  })
  .openapi('Organization');
export type Organization = z.infer<typeof Organization>;

export const ContactPersonInput = z
  .object({
    name: Text.min(1).max(200),
    role: LocalizedTextInput.optional(),
    topics: z.array(TaxonomyCode).max(30).default([]),
    languages: z.array(LanguageCode).max(30).default([]),
    email: Email.optional(),
    phone: Phone.optional(),
    publicationConsent: z.boolean().openapi({ description: 'Without consent the person is never published.' }),
  })
  .openapi('ContactPersonInput');

export const OrganizationInput = z
  .object({
    id: Slug,
    name: Text.min(1).max(200),
    shortDescription: LocalizedTextInput,
    description: LocalizedTextInput,
    machineTranslated: MachineTranslatedInput,
    types: z.array(TaxonomyCode).min(1).max(10),
    topics: z.array(TaxonomyCode).max(20).default([]),
    languages: z.array(LanguageCode).max(30).default([]),
    areas: z.array(TaxonomyCode).max(30).default([]),
    offers: z.array(TaxonomyCode).max(30).default([]),
    address: orNull(Address).default(null),
    officeHours: OpeningHours.default([]),
    officeHoursNote: orNull(LocalizedTextInput).default(null),
    contacts: z.array(ContactPersonInput).max(30).default([]),
    website: WebUrl.nullable().default(null),
    email: Email.nullable().default(null),
    phone: Phone.nullable().default(null),
    social: z.array(SocialLink).max(10).default([]),
    hasOwnRooms: z.boolean().default(false),
    umbrellaIds: z.array(Slug).max(20).default([]).openapi({ description: 'Ids of umbrella organisations.' }),
    nonProfit: z.boolean().default(false),
    registeredAssociation: z.boolean().default(false),
    youthWelfareProvider: z.boolean().default(false),
    foundedYear: z.number().int().min(1800).max(2100).nullable().default(null),
    verifiedAt: DateTime.nullable().default(null),
  })
  .openapi('OrganizationInput');
export type OrganizationInput = z.input<typeof OrganizationInput>;
export type OrganizationRecord = z.output<typeof OrganizationInput>;

export const ORGANIZATION_FACETS = ['topic', 'type', 'language', 'area', 'offer'] as const;

export const OrganizationListQuery = z.object({
  locale: LocaleQuery,
  q: Text.trim().max(200).optional().openapi({ param: { name: 'q', in: 'query' }, description: 'Full-text search, typo-tolerant.' }),
  topic: codeList(TaxonomyCode).openapi({ param: { name: 'topic', in: 'query' }, type: 'string' }),
  type: codeList(TaxonomyCode).openapi({ param: { name: 'type', in: 'query' }, type: 'string' }),
  language: codeList(LanguageCode).openapi({ param: { name: 'language', in: 'query' }, type: 'string' }),
  area: codeList(TaxonomyCode).openapi({ param: { name: 'area', in: 'query' }, type: 'string' }),
  offer: codeList(TaxonomyCode).openapi({ param: { name: 'offer', in: 'query' }, type: 'string' }),
  updatedSince: DateTime.optional().openapi({ param: { name: 'updatedSince', in: 'query' } }),
  ...PageQuery,
});
