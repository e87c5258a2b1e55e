/// <reference types="mocha" />
/**
 * Every story of the booking widget, rendered as Storybook renders it (play
 * functions included) and checked with axe in German, English and Arabic and
 * in both themes.
 */
import { expect } from '@open-wc/testing';
import * as stories from '../../../stories/room-booking.stories.js';
import { loadKernTheme, shadow, waitFor } from './support.js';
import { renderStory as renderAnyStory, type AnyStory as Story } from '../widget-harness.js';

type AnyStory = Story<stories.RoomBookingArgs>;

const meta = stories.default;
const storyEntries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, AnyStory][];

async function renderStory(story: AnyStory, locale: string, theme: 'default' | 'kern'): Promise<HTMLElement> {
  const { element, page } = await renderAnyStory<stories.RoomBookingArgs, HTMLElement>(meta, story, 'tk-room-booking', { locale, theme });
  await waitFor(() => shadow(element).querySelector('.room-card, .state, .skeleton-list, #form-date'), 'the widget to render');
  if (story.play) await story.play({ canvasElement: page });
  return element;
}

describe('every room-booking story passes axe', function () {
  this.timeout(60_000);
  before(() => loadKernTheme());

  for (const [name, story] of storyEntries) {
    const contexts: Array<[string, 'default' | 'kern']> = story.globals
      ? [[story.globals.locale ?? 'de', story.globals.theme ?? 'default']]
      : [
          ['de', 'default'],
          ['en', 'kern'],
          ['ar', 'default'],
        ];
    for (const [locale, theme] of contexts) {
      it(`${name} in ${locale} (${theme})`, async () => {
        const element = await renderStory(story, locale, theme);
        if (name !== 'Loading') await waitFor(() => !shadow(element).querySelector('[aria-busy="true"]'), 'loading to finish');
        if (locale === 'ar') await waitFor(() => shadow(element).querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'rtl');
        await expect(element).to.be.accessible();
      });
    }
  }
});
