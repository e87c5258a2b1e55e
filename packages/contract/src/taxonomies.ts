import { z } from '@hono/zod-openapi';
import { Locale, LocalizedTextInput, TaxonomyCode, Translation } from './common.js';

/** Every taxonomy a tenant keeps as data, with labels in every UI locale. */
export const TAXONOMY_NAMES = [
  'topics',
  'organization-types',
  'offers',
  'equipment',
  'accessibility',
  'event-formats',
  'funding-kinds',
  'applicant-kinds',
  'areas',
] as const;
export const TaxonomyName = z.enum(TAXONOMY_NAMES).openapi('TaxonomyName');
export type TaxonomyName = z.infer<typeof TaxonomyName>;

export const TaxonomyTerm = z
  .object({
    code: TaxonomyCode,
    label: z.string(),
    translation: Translation,
  })
  .openapi('TaxonomyTerm');
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;

export const TaxonomyTermInput = z
  .object({ code: TaxonomyCode, label: LocalizedTextInput })
  .openapi('TaxonomyTermInput');
export type TaxonomyTermInput = z.infer<typeof TaxonomyTermInput>;

export const Tenant = z
  .object({
    id: z.string(),
    name: z.string(),
    defaultLocale: Locale,
    locales: z.array(Locale),
    timeZone: z.string().openapi({ example: 'Europe/Berlin' }),
    emailNotifications: z.boolean().openapi({ description: 'Whether this server mails residents (receipts, decisions); widgets promise an e-mail only then.' }),
  })
  .openapi('Tenant');
export type Tenant = z.infer<typeof Tenant>;
