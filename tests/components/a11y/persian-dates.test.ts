/// <reference types="mocha" />
/**
 * Persian dates: the events, bookings and deadlines happen on Gregorian dates
 * in Germany, so in `fa` every date is Gregorian with Persian month names and
 * digits (`fa-u-ca-gregory`: "دسامبر ۲۰۲۶"), never Solar Hijri ("آذر ۱۴۰۵"),
 * in the calendar's grid, title and list, the week of a room, the directory's
 * cards and the funding finder's deadlines.
 */
import { expect } from '@open-wc/testing';
import { eventScenarios, fundingScenarios, roomScenarios, scenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/mo-directory/define.js';
import '../../../packages/components/src/event-calendar/define.js';
import '../../../packages/components/src/room-booking/define.js';
import '../../../packages/components/src/funding-finder/define.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

/** Solar Hijri month names (دی and مهر are left out: they are also ordinary words). */
const SOLAR_MONTH = /فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|آبان|آذر|بهمن|اسفند/;
/** A Solar Hijri year of these decades (۱۴۰۰–۱۴۰۹, ۱۳۹۰–۱۳۹۹). */
const SOLAR_YEAR = /۱۴۰[۰-۹]|۱۳۹[۰-۹]/;
const GREGORIAN_MONTH = /ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر/;

const widgets = [
  { name: 'the calendar month grid and title', tag: 'tk-event-calendar', handlers: () => eventScenarios.calendar(), attributes: 'view="month"', ready: '.month-grid[aria-busy="false"]' },
  { name: 'the calendar list', tag: 'tk-event-calendar', handlers: () => eventScenarios.calendar(), attributes: 'view="list"', ready: '.event-item' },
  { name: 'the week of a room', tag: 'tk-room-booking', handlers: () => roomScenarios.rooms(), attributes: 'room="rathaus-sitzungszimmer"', ready: '.week-grid, .week-list' },
  { name: 'the directory', tag: 'tk-mo-directory', handlers: () => scenarios.directory(), attributes: '', ready: '.card-open' },
  { name: 'the funding programmes', tag: 'tk-funding-finder', handlers: () => fundingScenarios.funding(), attributes: 'mode="browse"', ready: '[data-open]' },
];

describe('fa writes Gregorian dates with Persian month names and digits', function () {
  this.timeout(30_000);
  for (const widget of widgets) {
    it(widget.name, async () => {
      await mockHandlers(widget.handlers());
      const element = await renderWidget<HTMLElement>(widget.tag, { locale: 'fa' }, widget.attributes, { withoutUrlState: true });
      const root = shadow(element);
      await waitFor(() => root.querySelector('[part="base"][lang="fa"]'), 'the UI in fa');
      await waitFor(() => root.querySelector(widget.ready), `${widget.name} to render`);
      await waitFor(() => !root.querySelector('[aria-busy="true"]'), 'loading to finish');
      const dates = [...root.querySelectorAll('time, .period-title, .week-label, .week-head, .list-day-title, .card .facts dd')].map((node) => node.textContent!.trim()).filter(Boolean);
      expect(dates.length, 'dates shown').to.be.greaterThan(0);
      const text = root.textContent!;
      expect(text.match(SOLAR_MONTH)?.[0], 'a Solar Hijri month').to.equal(undefined);
      expect(text.match(SOLAR_YEAR)?.[0], 'a Solar Hijri year').to.equal(undefined);
      expect(dates.some((date) => GREGORIAN_MONTH.test(date) || /[۰-۹]{1,2}[/.][۰-۹]{1,2}/.test(date)), dates.join(' | ')).to.equal(true);
    });
  }
});
