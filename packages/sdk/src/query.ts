/**
 * Query strings. The API takes code lists comma-joined (`topic=a,b`), which
 * is shorter in links and logs than repeated keys; callers may pass arrays.
 */

type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/**
 * Turns arrays into comma-joined strings and booleans into `true`/`false`, and
 * drops empty values, so that `{ topic: [] }` means "no filter" rather than
 * `topic=` (which the API would reject as an invalid code).
 */
export function normalizeQuery(query: object | undefined): Record<string, string | number> {
  const normalized: Record<string, string | number> = {};
  if (!query) return normalized;
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      const joined = value.map(String).filter((item) => item !== '').join(',');
      if (joined !== '') normalized[key] = joined;
    } else if (typeof value === 'boolean') {
      normalized[key] = String(value);
    } else if (typeof value === 'number') {
      normalized[key] = value;
    } else if (value !== '') {
      normalized[key] = value as string;
    }
  }
  return normalized;
}

/** Serializes an already normalized query; commas stay readable (they are legal in a query). */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(normalizeQuery(query))) {
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value)).replace(/%2C/gi, ',')}`);
  }
  return parts.join('&');
}
