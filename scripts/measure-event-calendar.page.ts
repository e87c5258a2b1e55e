/**
 * The page of `scripts/measure-event-calendar.mjs`: `<tk-event-calendar>`
 * with 2,000 occurrences in one month, served by an in-memory `api` (so the
 * figures are rendering, not network). Exposes `window.tkCalendarMeasure`.
 */
import { generateEventFixtures, toOccurrence } from '../packages/mocks/src/fixtures/events.js';
import type { EventCalendarApi } from '../packages/components/src/event-calendar/calendar-api.js';
import '../packages/components/src/event-calendar/define.js';

const anchor = new Date(Date.UTC(2026, 2, 15));
const occurrences = generateEventFixtures(2_000, anchor)
  .map((fixture) => toOccurrence(fixture, 0, 'de'))
  .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

const api: EventCalendarApi = {
  listOccurrences: async (_filters, window) => occurrences.filter((o) => o.end > window.from && o.start < window.to),
  getEvent: async () => {
    throw new Error('not needed');
  },
  getTaxonomy: async () => [],
  feedUrl: () => 'https://example.org/events.ics',
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 1));
}

declare global {
  interface Window {
    tkCalendarMeasure: {
      render(view: string): Promise<{ ms: number; longTasks: number[]; chips: number }>;
      arrow(): Promise<number>;
      pageDown(): Promise<number>;
    };
  }
}

let longTasks: number[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: false });

window.tkCalendarMeasure = {
  /** From inserting the widget to the frame after the month with all events is on screen. */
  async render(view) {
    document.querySelector('tk-event-calendar')?.remove();
    await frame();
    longTasks = [];
    const start = performance.now();
    const element = document.createElement('tk-event-calendar');
    element.api = api;
    element.setAttribute('view', view);
    element.setAttribute('initial-date', '2026-03-15');
    element.setAttribute('url-state', 'none');
    document.querySelector('main')!.append(element);
    const root = element.shadowRoot!;
    await until(() => Boolean(root.querySelector('.month-grid[aria-busy="false"] .event-chip, .event-item')));
    await frame();
    return { ms: performance.now() - start, longTasks: [...longTasks], chips: root.querySelectorAll('.event-chip, .event-item').length };
  },
  /** From an ArrowRight key press in the grid to the frame after focus moved (a re-render with 2,000 events loaded). */
  async arrow() {
    const root = document.querySelector('tk-event-calendar')!.shadowRoot!;
    const cell = root.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!;
    cell.focus();
    const from = cell.dataset['day'];
    const start = performance.now();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await until(() => (root.activeElement as HTMLElement | null)?.dataset['day'] !== from);
    await frame();
    return performance.now() - start;
  },
  /** PageDown and back: a new month of 2,000 events loaded and drawn. */
  async pageDown() {
    const root = document.querySelector('tk-event-calendar')!.shadowRoot!;
    const cell = root.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!;
    const title = root.querySelector('#period-title')!.textContent;
    const start = performance.now();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true, composed: true }));
    await until(() => root.querySelector('#period-title')!.textContent !== title);
    const back = root.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!;
    back.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
    await until(() => Boolean(root.querySelector('.month-grid[aria-busy="false"] .event-chip')) && root.querySelector('#period-title')!.textContent === title);
    await frame();
    return performance.now() - start;
  },
};
