import type { Locale, Problem } from '@teilhabe/sdk';

const LOCALES: readonly Locale[] = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'];

/** Every handler matches any origin, so stories, tests and demo pages can use any `api-base`. */
export const API = '*/v1/:tenant';

/** The locale of a request: `?locale=`, else `Accept-Language`, else German. */
export function requestLocale(request: Request): Locale {
  const url = new URL(request.url);
  const asked = url.searchParams.get('locale') ?? request.headers.get('accept-language')?.slice(0, 2) ?? 'de';
  return (LOCALES as readonly string[]).includes(asked) ? (asked as Locale) : 'de';
}

/** `?topic=a,b` and `?topic=a&topic=b` alike. */
export function codeList(url: URL, name: string): string[] {
  return url.searchParams
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** An RFC 9457 problem response. */
export function problem(status: number, title: string, extra: Partial<Problem> = {}): Response {
  const body: Problem = { type: `https://teilhabe-kit.de/problems/${status}`, title, status, requestId: `mock-${status}`, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': body.requestId ?? '' },
  });
}
