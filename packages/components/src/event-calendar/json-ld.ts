/**
 * schema.org `Event` data of the visible occurrences, written into the light
 * DOM (`<script type="application/ld+json">` as a child of the widget) so
 * that search engines that render pages can read it; shadow DOM content is
 * not reliably indexed. The script is a data block: browsers never execute
 * it. Under Trusted Types (`require-trusted-types-for 'script'`) even a data
 * block must be filled with a `TrustedScript`: the widget creates a policy
 * named `tk-json-ld` that passes only valid JSON. A page whose
 * `trusted-types` directive lists policy names must add `tk-json-ld` to get
 * the data block.
 */
import type { EventOccurrence } from './calendar-api.js';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

const ATTENDANCE = {
  room: 'https://schema.org/OfflineEventAttendanceMode',
  address: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** At most this many events go into the data block (a month of 2,000 would bloat the page). */
export const JSON_LD_LIMIT = 100;

function location(occurrence: EventOccurrence): object[] {
  const { location: l } = occurrence;
  const places: object[] = [];
  if (l.kind !== 'online') {
    places.push({
      '@type': 'Place',
      name: [l.roomName, l.venueName].filter(Boolean).join(', ') || undefined,
      address: l.address
        ? { '@type': 'PostalAddress', streetAddress: l.address.street, postalCode: l.address.postalCode, addressLocality: l.address.city, addressCountry: 'DE' }
        : undefined,
    });
  }
  if (l.onlineUrl) places.push({ '@type': 'VirtualLocation', url: l.onlineUrl });
  return places;
}

/** The JSON-LD document of a list of occurrences. */
export function eventsJsonLd(occurrences: readonly EventOccurrence[], pageUrl: string): object {
  return {
    '@context': 'https://schema.org',
    '@graph': occurrences.slice(0, JSON_LD_LIMIT).map((occurrence) => ({
      '@type': 'Event',
      '@id': `${pageUrl.split('#')[0]}#event-${encodeURIComponent(occurrence.occurrenceId)}`,
      name: occurrence.title,
      description: occurrence.summary,
      startDate: occurrence.allDay ? occurrence.start.slice(0, 10) : occurrence.start,
      endDate: occurrence.allDay ? undefined : occurrence.end,
      eventStatus: STATUS[occurrence.status],
      eventAttendanceMode: ATTENDANCE[occurrence.location.kind],
      location: location(occurrence),
      organizer: occurrence.organizers.map((organizer) => ({ '@type': 'Organization', name: organizer.name })),
      inLanguage: occurrence.languages,
      isAccessibleForFree: occurrence.price.free,
      offers:
        !occurrence.price.free && occurrence.price.amountEur !== undefined
          ? { '@type': 'Offer', price: occurrence.price.amountEur, priceCurrency: 'EUR' }
          : undefined,
    })),
  };
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/** The `tk-json-ld` Trusted Types policy, or null where the browser has none or the page forbids it. */
function jsonPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy('tk-json-ld', { createScript: (input: string) => (JSON.parse(input), input) }) : null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Writes (or removes, for an empty list) the data block of `host`. `<` is
 * escaped so the text can never close the script element in serialised HTML.
 */
export function writeJsonLd(host: HTMLElement, occurrences: readonly EventOccurrence[]): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-tk-events]');
  if (occurrences.length === 0) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset['tkEvents'] = '';
    host.append(script);
  }
  const json = JSON.stringify(eventsJsonLd(occurrences, globalThis.location.href)).replace(/</g, '\\u003c');
  const trusted = jsonPolicy();
  if (trusted) (script as unknown as { text: unknown }).text = trusted.createScript(json);
  else script.replaceChildren(document.createTextNode(json));
}
