/**
 * The few data calls the calendar makes, as a narrow interface. The default
 * implementation goes through `@teilhabe/sdk` (a component never calls
 * `fetch` itself); a host app or a test can pass its own object as the
 * widget's `api` property.
 */
import {
  createConnection,
  eventsResource,
  taxonomiesResource,
  type Event,
  type EventFeedQuery,
  type EventListQuery,
  type EventOccurrence,
  type TaxonomyTerm,
} from '@teilhabe/sdk';
import type { UiLocale } from '../localization/index.js';
import { type ApiCallOptions, type TenantTimeZoneSource, tenantTimeZone } from '../shared/api-options.js';

export type { Event, EventFeedQuery, EventListQuery, EventOccurrence, TaxonomyTerm };

/** The taxonomies the calendar labels its codes with. */
export type CalendarTaxonomy = 'topics' | 'event-formats' | 'areas';

/** Filters the API applies (the same for the list and the feed). */
export type EventFilters = Omit<EventFeedQuery, 'from' | 'to' | 'event' | 'locale'>;

/** The data calls `<tk-event-calendar>` makes. */
export interface EventCalendarApi extends TenantTimeZoneSource {
  /** Every occurrence between `from` and `to` (ISO instants) matching `filters`, page by page up to `max`. */
  listOccurrences(filters: EventFilters, window: { from: string; to: string }, options: ApiCallOptions & { max: number }): Promise<EventOccurrence[]>;
  getEvent(id: string, options: ApiCallOptions): Promise<Event>;
  getTaxonomy(name: CalendarTaxonomy, options: ApiCallOptions): Promise<TaxonomyTerm[]>;
  /** The iCalendar feed URL of the filters (or of one event), in a locale; makes no request. */
  feedUrl(query: EventFeedQuery, options: { locale: UiLocale; webcal?: boolean }): string;
}

/** An {@link EventCalendarApi} over the SDK for one API base URL and tenant. */
export function createEventCalendarApi(baseUrl: string, tenant: string): EventCalendarApi {
  // Only the resources the calendar reads, so that its bundle carries none of the others.
  const connection = createConnection({ baseUrl, tenant });
  const events = eventsResource(connection);
  const taxonomies = taxonomiesResource(connection);
  return {
    getTimeZone: tenantTimeZone(connection),
    listOccurrences: async (filters, window, { locale, signal, max }) => {
      const occurrences: EventOccurrence[] = [];
      for await (const occurrence of events.iterate({ ...filters, ...window }, { locale, signal, max })) occurrences.push(occurrence);
      return occurrences;
    },
    getEvent: async (id, { locale, signal }) => (await events.get(id, { locale, signal })).data,
    getTaxonomy: async (name, { locale, signal }) => (await taxonomies.get(name, { locale, signal })).data,
    feedUrl: (query, { locale, webcal }) => events.feedUrl(query, { locale, webcal: webcal ?? false }),
  };
}
