/**
 * Bench page: `<tk-event-calendar>` and FullCalendar (standard bundle, classic
 * theme) rendering the same month of `n` events from memory, one after the
 * other in the same page: rendering, not network, on both sides.
 */
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import timeGridPlugin from 'fullcalendar/timegrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import { generateEventFixtures, toOccurrence } from '../../packages/mocks/src/fixtures/events.js';
import type { EventCalendarApi } from '../../packages/components/src/event-calendar/calendar-api.js';
import '@teilhabe/components/event-calendar/define.js';

declare global {
  interface Window {
    tkCalendarBench: {
      ours(n: number): Promise<{ ms: number; chips: number }>;
      fullCalendar(n: number): Promise<{ ms: number; chips: number }>;
    };
  }
}

const anchor = new Date(Date.UTC(2026, 2, 15));
const cache = new Map<number, ReturnType<typeof occurrencesOf>>();
function occurrencesOf(n: number) {
  return generateEventFixtures(n, anchor)
    .map((fixture) => toOccurrence(fixture, 0, 'de'))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
const occurrences = (n: number) => {
  if (!cache.has(n)) cache.set(n, occurrencesOf(n));
  return cache.get(n)!;
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 1));
}
const host = () => document.querySelector('main')!;

let fc: Calendar | null = null;
function clear() {
  fc?.destroy();
  fc = null;
  host().replaceChildren();
}

window.tkCalendarBench = {
  /** From inserting the widget to the frame after the month with its events is on screen. */
  async ours(n) {
    const data = occurrences(n);
    clear();
    await frame();
    const api: EventCalendarApi = {
      listOccurrences: async (_filters, window) => data.filter((o) => o.end > window.from && o.start < window.to),
      getEvent: async () => {
        throw new Error('not needed');
      },
      getTaxonomy: async () => [],
      feedUrl: () => 'https://example.org/events.ics',
    };
    const start = performance.now();
    const element = document.createElement('tk-event-calendar');
    element.api = api;
    element.setAttribute('view', 'month');
    element.setAttribute('initial-date', '2026-03-15');
    element.setAttribute('url-state', 'none');
    host().append(element);
    const root = element.shadowRoot!;
    await until(() => Boolean(root.querySelector('.month-grid[aria-busy="false"] .event-chip')));
    await frame();
    return { ms: performance.now() - start, chips: root.querySelectorAll('.event-chip').length };
  },
  /** The same for FullCalendar's dayGridMonth: new Calendar + render to the frame after its events are on screen. */
  async fullCalendar(n) {
    const data = occurrences(n);
    clear();
    await frame();
    const start = performance.now();
    const el = document.createElement('div');
    host().append(el);
    fc = new Calendar(el, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, classicThemePlugin],
      initialView: 'dayGridMonth',
      initialDate: '2026-03-15',
      locale: 'de',
      firstDay: 1,
      timeZone: 'Europe/Berlin',
      dayMaxEvents: 3,
      events: (info, success) => success(data.filter((o) => Date.parse(o.end) > info.start.valueOf() && Date.parse(o.start) < info.end.valueOf()).map((o) => ({ id: o.occurrenceId, title: o.title, start: o.start, end: o.end, allDay: o.allDay }))),
    });
    fc.render();
    await until(() => Boolean(el.querySelector('[style*="--fc-event-color"]')));
    await frame();
    return { ms: performance.now() - start, chips: el.querySelectorAll('[style*="--fc-event-color"]').length };
  },
};
