/// <reference types="mocha" />
/**
 * Every story of the calendar, rendered as Storybook renders it and checked
 * with axe in German, English and Arabic, in the default and the KERN theme.
 */
import { expect } from '@open-wc/testing';
import * as stories from '../../../stories/event-calendar.stories.js';
import type { TkEventCalendar } from '../../../packages/components/src/event-calendar/event-calendar.component.js';
import { loadKernTheme, settled, shadow, waitFor } from './support.js';
import { renderStory as renderAnyStory, type AnyStory as Story } from '../widget-harness.js';

type AnyStory = Story<stories.EventCalendarArgs>;

const meta = stories.default;
const storyEntries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, AnyStory][];

async function renderStory(story: AnyStory, locale: string, theme: 'default' | 'kern'): Promise<TkEventCalendar> {
  return (await renderAnyStory<stories.EventCalendarArgs, TkEventCalendar>(meta, story, 'tk-event-calendar', { locale, theme })).element;
}

async function ready(name: string, element: TkEventCalendar, locale: string): Promise<void> {
  if (name === 'Loading') {
    await waitFor(() => shadow(element).querySelector('.month-grid[aria-busy="true"]'), 'busy grid');
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.not.equal('');
  } else {
    await settled(element);
  }
  if (locale === 'ar') await waitFor(() => shadow(element).querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'rtl');
}

describe('every calendar story passes axe', function () {
  this.timeout(60_000);
  before(() => loadKernTheme());
  after(async () => {
    for (const load of meta.loaders) await load();
  });

  for (const [name, story] of storyEntries) {
    for (const theme of ['default', 'kern'] as const) {
      const locales = theme === 'kern' ? ['de', 'ar'] : [...new Set(['de', 'en', 'ar', story.globals?.locale ?? 'de'])];
      for (const locale of locales) {
        it(`${name} in ${locale} (${theme})`, async () => {
          const element = await renderStory(story, locale, theme);
          // A language story keeps its own locale on any page.
          await ready(name, element, story.args?.locale || locale);
          await expect(element).to.be.accessible();
        });
      }
    }
  }

  for (const locale of ['de', 'en', 'ar']) {
    it(`the detail dialog of a cancelled event in ${locale} (KERN theme)`, async () => {
      const element = await renderStory(stories.CancelledAndPostponed as AnyStory, locale, 'kern');
      await settled(element);
      const cancelled = await waitFor(() => shadow(element).querySelector<HTMLButtonElement>('.event-item.cancelled .event-open'), 'cancelled event');
      cancelled.click();
      await waitFor(() => shadow(element).querySelector('.status-note'), 'detail content');
      await expect(element).to.be.accessible();
      shadow(element).querySelector<HTMLButtonElement>('.close')!.click();
    });
  }

  it('an opened day with many events (2,000 in the month)', async () => {
    const element = await renderStory(stories.TwoThousand as AnyStory, 'de', 'default');
    await waitFor(() => shadow(element).querySelector('.day-more'), '+k weitere');
    shadow(element).querySelector<HTMLButtonElement>('.day-more')!.click();
    await waitFor(() => shadow(element).querySelector('.day-panel .event-item'), 'day panel');
    await expect(element).to.be.accessible();
  });
});
