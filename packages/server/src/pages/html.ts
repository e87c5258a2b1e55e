/** Tiny HTML helpers for the server's own pages; every interpolated value is escaped. */
import { RTL_LOCALES } from '@teilhabe/contract';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The server's own pages load nothing from elsewhere and run no script. */
export const PAGE_SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'",
};

/**
 * The policy of the demo website: what a strict municipal CMS sends. The
 * widgets must work under it (no inline script or style, Trusted Types).
 */
export const STRICT_EMBEDDING_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'",
};

/**
 * The office app: the demo's strict policy with Trusted Types, plus what a
 * staff tool holding a session secret needs on top: no framing, no
 * referrer, forms and connections to this origin only. Images may come from
 * any https address: a room's photos are given by URL and the room form
 * previews them (no referrer goes with them).
 */
export const OFFICE_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; require-trusted-types-for 'script'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

export const escapeHtml = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

export function page(title: string, body: string, lang = 'en') {
  const dir = (RTL_LOCALES as readonly string[]).includes(lang) ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/pages.css">
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}
