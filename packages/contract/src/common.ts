/**
 * Building blocks shared by every resource of the data API: locales, ids,
 * localized text, translation metadata, list envelopes and problem details.
 */
import { z } from '@hono/zod-openapi';

/** UI and content locales the project ships. German is the source language. */
export const LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'] as const;
export const Locale = z.enum(LOCALES).openapi('Locale', {
  description: 'A content or UI locale. German (`de`) is the source language of every tenant.',
});
export type Locale = z.infer<typeof Locale>;

/** Locales written right to left; widgets set `dir="rtl"` for them. */
export const RTL_LOCALES: readonly Locale[] = ['ar', 'fa'];

export const DEFAULT_LOCALE: Locale = 'de';

/** Tenant ids and record ids are readable slugs, stable in links a CMS editor copies. */
export const Slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens')
  .openapi({ example: 'kulturverein-anadolu' });

/** A code from one of the tenant's taxonomies (see `/taxonomies/{name}`). */
export const TaxonomyCode = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a taxonomy code')
  .openapi({ example: 'youth-education' });

/** An ISO 639-1 language code of a spoken language (not only UI locales). */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'an ISO 639 language code such as "de", "tr" or "ar"')
  .openapi({ example: 'tr' });

/**
 * Any text a client sends. Control characters other than tab and line breaks
 * are refused: PostgreSQL cannot store NUL, and no office text needs the rest.
 */
export const Text = z.string().regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/, 'a text without control characters such as NUL');

/**
 * Years a date may have. PostgreSQL holds far more, but `Date.UTC` reads a
 * year below 100 as 19xx and four digits are all ISO 8601 promises.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;
const yearInRange = (value: string) => {
  const year = new Date(value).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
};
const yearMessage = { message: `a date between the years ${MIN_YEAR} and ${MAX_YEAR}` };

export const DateTime = z.iso
  .datetime({ offset: true })
  .refine(yearInRange, yearMessage)
  .openapi({ example: '2026-12-03T18:00:00+01:00' });
export const DateOnly = z.iso.date().refine(yearInRange, yearMessage).openapi({ example: '2026-12-03' });
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day as HH:MM')
  .openapi({ example: '18:00' });

// zod runs this check also after the URL check failed; that failure is reported already.
const withoutCredentials = (href: string) => {
  const url = URL.parse(href);
  return !url || (url.username === '' && url.password === '');
};
const credentialsMessage = { message: 'a link without user name or password' };

/**
 * Only web, mail and phone links are accepted anywhere in the API. They are
 * stored as the WHATWG URL parser writes them (quotes and brackets
 * percent-encoded, host lowercased), never with credentials in them.
 */
export const SafeUrl = z
  .url({ protocol: /^(https?|mailto|tel)$/, normalize: true })
  .max(2000)
  .refine(withoutCredentials, credentialsMessage)
  .openapi({ example: 'https://example.org' });
export const WebUrl = z
  .url({ protocol: /^https?$/, normalize: true })
  .max(2000)
  .refine(withoutCredentials, credentialsMessage)
  .openapi({ example: 'https://example.org/verein' });
export const Email = z.email().max(254).openapi({ example: 'kontakt@example.org' });
export const Phone = z
  .string()
  .min(3)
  .max(40)
  .regex(/^[+0-9 ()/-]+$/, 'a phone number of digits, spaces and + ( ) / -')
  .openapi({ example: '+49 2421 123456' });

/**
 * A human text as written by the office, one entry per locale. The tenant's
 * default locale (German) is required; the others are optional.
 */
export const LocalizedTextInput = z
  .object({
    de: Text.min(1).max(20000),
    en: Text.max(20000).optional(),
    tr: Text.max(20000).optional(),
    ar: Text.max(20000).optional(),
    uk: Text.max(20000).optional(),
    ru: Text.max(20000).optional(),
    fa: Text.max(20000).optional(),
  })
  .openapi('LocalizedTextInput', {
    description: 'A text per locale. `de` is required; a missing locale falls back to `de` when read.',
    example: { de: 'Hausaufgabenhilfe für Kinder', en: 'Homework help for children' },
  });
export type LocalizedTextInput = z.infer<typeof LocalizedTextInput>;

/** Locales of a record whose text was translated by a machine, not a person. */
export const MachineTranslatedInput = z
  .array(Locale)
  .max(LOCALES.length)
  .default([])
  .openapi({ description: 'Locales whose texts in this record were machine-translated.' });

/**
 * Says in which language the texts of a record came back. A widget uses it to
 * set `lang`/`dir` on a text that fell back and to show a small hint.
 */
export const Translation = z
  .object({
    locale: Locale.openapi({ description: 'The locale the request asked for.' }),
    fallbacks: z
      .record(z.string(), Locale)
      .openapi({ description: 'Field path → the locale its text came from, for each field that fell back.' }),
    machineTranslated: z
      .array(z.string())
      .openapi({ description: 'Field paths whose text in the requested locale was machine-translated.' }),
  })
  .openapi('Translation');
export type Translation = z.infer<typeof Translation>;

export const Address = z
  .object({
    street: Text.min(1).max(200),
    postalCode: z.string().regex(/^\d{5}$/, 'a German postal code of five digits'),
    city: Text.min(1).max(120),
    area: TaxonomyCode.optional().openapi({ description: 'Area (town) of the tenant, from `/taxonomies/areas`.' }),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  })
  .openapi('Address');
export type Address = z.infer<typeof Address>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const Weekday = z.number().int().min(1).max(7);

export const OpeningHours = z
  .array(
    z.object({
      weekday: Weekday.openapi({ description: 'ISO weekday, 1 = Monday … 7 = Sunday' }),
      opens: TimeOfDay,
      closes: TimeOfDay,
    }),
  )
  .max(28)
  .openapi('OpeningHours', { description: 'Weekly hours in the tenant time zone (Europe/Berlin).' });
export type OpeningHours = z.infer<typeof OpeningHours>;

export const FacetCount = z.object({ code: z.string(), count: z.number().int() }).openapi('FacetCount');

export const ListMeta = z
  .object({
    total: z.number().int().openapi({ description: 'Number of records that match, across all pages.' }),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` to get the next page; null on the last page.' }),
    facets: z
      .record(z.string(), z.array(FacetCount))
      .optional()
      .openapi({ description: 'For each filter, how many matching records carry each code.' }),
    locale: Locale,
  })
  .openapi('ListMeta');

/**
 * `schema | null` for a named schema. `.nullable()` on a referenced schema
 * yields an `allOf` that generated clients cannot satisfy; a union becomes
 * `anyOf: [$ref, null]`.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

/** The envelope of every list response. */
export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item), meta: ListMeta }).openapi(name);
}

/** The envelope of every single-record response. */
export function oneOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: item }).openapi(name);
}

/** RFC 9457 problem details, with field errors for validation problems. */
export const Problem = z
  .object({
    type: z.string().openapi({ example: '/problems/validation', description: 'A relative URI; the landing page lists every type.' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'One entry per invalid field; `path` is dotted (e.g. `requester.email`).' }),
  })
  .catchall(z.unknown())
  .openapi('Problem');
export type Problem = z.infer<typeof Problem>;

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Accepts `?topic=a&topic=b` as well as `?topic=a,b`. */
export function codeList<T extends z.ZodType<string, string>>(code: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(code).max(20))
    .optional();
}

export const LocaleQuery = Locale.optional().openapi({
  param: { name: 'locale', in: 'query' },
  description: 'Content locale. Without it, `Accept-Language` decides, then the tenant default.',
});

export const PageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ param: { name: 'limit', in: 'query' }, description: `Page size, at most ${MAX_PAGE_SIZE}.` }),
  cursor: Text.max(200)
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: 'The `meta.nextCursor` of the previous page.' }),
};

export const TenantParam = z.object({
  tenant: Slug.openapi({ param: { name: 'tenant', in: 'path' }, example: 'musterkreis' }),
});
export const IdParams = TenantParam.extend({
  id: Slug.openapi({ param: { name: 'id', in: 'path' } }),
});
