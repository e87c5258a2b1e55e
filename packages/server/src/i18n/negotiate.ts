/** Chooses the content locale of a request: `?locale=`, else `Accept-Language`, else the tenant default. */
import { LOCALES, type Locale } from '@teilhabe/contract';

export function negotiateLocale(queryLocale: string | undefined, acceptLanguage: string | undefined, fallback: Locale): Locale {
  if (queryLocale && isLocale(queryLocale)) return queryLocale;
  for (const { tag } of parseAcceptLanguage(acceptLanguage ?? '')) {
    const base = tag.split('-')[0]!.toLowerCase();
    if (isLocale(base)) return base;
  }
  return fallback;
}

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

function parseAcceptLanguage(header: string) {
  return header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), quality: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
}
