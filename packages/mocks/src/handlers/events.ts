import { matchesTimeOfDay, type TimeOfDay } from '@teilhabe/server/domain';
import { delay, http, HttpResponse } from 'msw';
import type { Event, EventOccurrence, ListResponse, TaxonomyTerm } from '@teilhabe/sdk';
import { eventFixtures, eventFormatFixtures, generateEventFixtures, hostileEventFixture, toEvent, toOccurrence, type EventFixture } from '../fixtures/events.js';
import { TranslationReader } from '../fixtures/localized.js';
import { API, codeList, problem, requestLocale } from './common.js';
import { taxonomyHandlers } from './taxonomies.js';
import { MOCK_TIME_ZONE } from './rooms.js';

const fold = (text: string) => text.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '');

interface Slot {
  fixture: EventFixture;
  index: number;
  start: number;
  end: number;
}

/** Every occurrence of the fixtures, sorted by start; computed once per list. */
const prepared = new WeakMap<readonly EventFixture[], Slot[]>();
function slots(all: readonly EventFixture[]): Slot[] {
  let list = prepared.get(all);
  if (!list) {
    list = all
      .flatMap((fixture) => fixture.dates.map(([start, end], index) => ({ fixture, index, start: Date.parse(start), end: Date.parse(end) })))
      .sort((a, b) => a.start - b.start || a.fixture.id.localeCompare(b.fixture.id));
    prepared.set(all, list);
  }
  return list;
}

/** Filters like the server: codes within a filter are alternatives, all filters must hold. */
function matches(fixture: EventFixture, url: URL): boolean {
  const any = (name: string, values: readonly string[]) => {
    const wanted = codeList(url, name);
    return wanted.length === 0 || values.some((value) => wanted.includes(value));
  };
  const organizerIds = fixture.organizers.map((organizer) => (organizer.kind === 'organization' ? organizer.id : 'office'));
  if (!any('topic', fixture.topics) || !any('language', fixture.languages) || !any('area', fixture.areas)) return false;
  if (!any('format', [fixture.format]) || !any('organizer', organizerIds)) return false;
  const free = url.searchParams.get('free');
  if (free && String(fixture.price?.free ?? true) !== free) return false;
  const words = fold(url.searchParams.get('q') ?? '').split(/\s+/).filter(Boolean);
  const text = fold([...Object.values(fixture.title), ...Object.values(fixture.summary), fixture.description.de].join(' '));
  return words.every((word) => text.includes(word));
}

/** Handlers for `/events`, `/events/{id}`, `/events.ics` and the `event-formats` taxonomy. */
export function eventHandlers(all: readonly EventFixture[] = eventFixtures()) {
  return [
    http.get(`${API}/taxonomies/event-formats`, ({ request }) => {
      const locale = requestLocale(request);
      const data: TaxonomyTerm[] = eventFormatFixtures.map(({ code, label }) => {
        const reader = new TranslationReader(locale);
        return { code, label: reader.read('label', label), translation: reader.translation() };
      });
      return HttpResponse.json<ListResponse<TaxonomyTerm>>({ data, meta: { total: data.length, nextCursor: null, locale } });
    }),
    http.get(`${API}/events.ics`, ({ request }) => {
      const event = new URL(request.url).searchParams.get('event');
      const chosen = all.filter((fixture) => !event || fixture.id === event);
      const body = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Teilhabe-Kit//Mocks//DE']
        .concat(chosen.flatMap((fixture) => ['BEGIN:VEVENT', `UID:${fixture.id}@mock`, `SUMMARY:${fixture.title.de}`, 'END:VEVENT']))
        .concat('END:VCALENDAR')
        .join('\r\n');
      return new HttpResponse(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
    }),
    http.get(`${API}/events`, ({ request }) => {
      const url = new URL(request.url);
      const locale = requestLocale(request);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        return problem(400, 'Die Anfrage enthält einen fehlerhaften Parameter.', {
          errors: [{ path: 'limit', code: 'too_big', message: 'limit must be between 1 and 100' }],
        });
      }
      const from = Date.parse(url.searchParams.get('from') ?? new Date().toISOString());
      const to = url.searchParams.get('to') ? Date.parse(url.searchParams.get('to')!) : from + 31 * 86_400_000;
      const offset = Number(url.searchParams.get('cursor') ?? 0) || 0;
      // The time of day as the server applies it (one rule, from the server's domain module).
      const time = codeList(url, 'time').filter((code): code is TimeOfDay => code === 'evening' || code === 'weekend');
      const found = slots(all).filter(
        (slot) =>
          slot.end > from &&
          slot.start < to &&
          matches(slot.fixture, url) &&
          matchesTimeOfDay({ start: new Date(slot.start), end: new Date(slot.end) }, slot.fixture.allDay ?? false, time, MOCK_TIME_ZONE),
      );
      const page = found.slice(offset, offset + limit);
      return HttpResponse.json<ListResponse<EventOccurrence>>({
        data: page.map((slot) => toOccurrence(slot.fixture, slot.index, locale)),
        meta: { total: found.length, nextCursor: offset + limit < found.length ? String(offset + limit) : null, locale },
      });
    }),
    http.get(`${API}/events/:id`, ({ request, params }) => {
      const fixture = all.find((candidate) => candidate.id === params['id']);
      if (!fixture) return problem(404, 'Diese Veranstaltung gibt es nicht.');
      return HttpResponse.json<{ data: Event }>({ data: toEvent(fixture, requestLocale(request)) });
    }),
  ];
}

let large: EventFixture[] | undefined;
/** 2,000 occurrences in the current month, created once per page. */
export function largeCalendar(): EventFixture[] {
  large ??= generateEventFixtures(2_000);
  return large;
}

/** Ready-made states of the calendar for stories and tests. */
export const eventScenarios = {
  /** The demo events around the current month. */
  calendar: () => [...eventHandlers(), ...taxonomyHandlers()],
  /** 2,000 events in the current month. */
  large: () => [...eventHandlers(largeCalendar()), ...taxonomyHandlers()],
  /** No event at all. */
  empty: () => [...eventHandlers([]), ...taxonomyHandlers()],
  /** The list never answers: the loading state stays. */
  loadingForever: () => [
    http.get(`${API}/events`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
    ...eventHandlers(),
    ...taxonomyHandlers(),
  ],
  /** The server fails with 500. */
  serverError: () => [http.get(`${API}/events`, () => problem(500, 'Interner Fehler')), ...eventHandlers(), ...taxonomyHandlers()],
  /** The network is gone. */
  networkError: () => [http.get(`${API}/events`, () => HttpResponse.error()), ...eventHandlers(), ...taxonomyHandlers()],
  /** An event trying to inject markup and unsafe links. */
  hostile: () => [...eventHandlers([hostileEventFixture(), ...eventFixtures()]), ...taxonomyHandlers()],
} as const;

export type EventScenarioName = keyof typeof eventScenarios;
