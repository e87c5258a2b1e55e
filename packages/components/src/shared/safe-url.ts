const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the URL when it is a web, mail or phone link, otherwise `undefined`.
 * Every link a widget renders from API data goes through here, so a
 * `javascript:` or `data:` URL can never reach an `href`.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `mailto:` link for an address, or `undefined` when it does not look like one. */
export function mailtoUrl(email: string | null | undefined): string | undefined {
  if (!email || !/^[^\s@<>"]+@[^\s@<>"]+$/.test(email)) return undefined;
  return safeUrl(`mailto:${email}`);
}

/** A `tel:` link with only the digits and a leading `+` of a phone number. */
export function telUrl(phone: string | null | undefined): string | undefined {
  const digits = (phone ?? '').replace(/[^+0-9]/g, '').replace(/(?!^)\+/g, '');
  return digits.length >= 3 ? `tel:${digits}` : undefined;
}

/**
 * Fills a map-service URL template chosen by the host page (e.g.
 * `https://www.openstreetmap.org/search?query={address}`) with an address.
 * No template, no link: a widget never picks a third-party service by itself.
 */
export function mapUrl(template: string | undefined, address: string): string | undefined {
  if (!template) return undefined;
  return safeUrl(template.replace('{address}', encodeURIComponent(address)));
}

/**
 * Fills a link template of the host page with an id (e.g.
 * `/verzeichnis?tk-org={id}`, resolved against the page). No template, no link.
 */
export function idLink(template: string, id: string): string | undefined {
  if (!template) return undefined;
  try {
    return safeUrl(new URL(template.replace('{id}', encodeURIComponent(id)), location.href).href);
  } catch {
    return undefined;
  }
}
