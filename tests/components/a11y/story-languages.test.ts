/// <reference types="mocha" />
/**
 * Storybook's stories as the docs pages show them: every widget has a story
 * per UI language (tr, uk and ru too), each of which keeps its language on a
 * page whose toolbar says German (a docs page does not apply a story's own
 * `globals`); every widget has an offline story; each docs page says which
 * language its other stories follow.
 */
import { expect } from '@open-wc/testing';
import * as directoryStories from '../../../stories/mo-directory.stories.js';
import * as calendarStories from '../../../stories/event-calendar.stories.js';
import * as roomStories from '../../../stories/room-booking.stories.js';
import * as fundingStories from '../../../stories/funding-finder.stories.js';
import '../../../packages/components/src/mo-directory/define.js';
import '../../../packages/components/src/event-calendar/define.js';
import '../../../packages/components/src/room-booking/define.js';
import '../../../packages/components/src/funding-finder/define.js';
import { renderStory, shadow, waitFor, type AnyStory, type StoryMeta } from '../widget-harness.js';

interface StoriesModule {
  default: StoryMeta<unknown> & { parameters: { docs?: { subtitle?: string } } };
  [name: string]: unknown;
}

const widgets: { tag: string; module: StoriesModule }[] = [
  { tag: 'tk-mo-directory', module: directoryStories as unknown as StoriesModule },
  { tag: 'tk-event-calendar', module: calendarStories as unknown as StoriesModule },
  { tag: 'tk-room-booking', module: roomStories as unknown as StoriesModule },
  { tag: 'tk-funding-finder', module: fundingStories as unknown as StoriesModule },
];

const LANGUAGE_STORIES = { English: 'en', Turkish: 'tr', Arabic: 'ar', Ukrainian: 'uk', Russian: 'ru' } as const;

describe('stories keep their language on the docs page', function () {
  this.timeout(40_000);

  for (const { tag, module } of widgets) {
    it(`${tag}: the docs page says which language its stories follow`, () => {
      expect(module.default.parameters.docs?.subtitle ?? '').to.match(/toolbar/);
    });

    for (const [name, locale] of Object.entries(LANGUAGE_STORIES)) {
      it(`${tag} ${name} shows ${locale} on a German page`, async () => {
        const story = module[name] as (AnyStory<unknown> & { args?: { locale?: string } }) | undefined;
        expect(story, `a ${name} story`).to.not.equal(undefined);
        expect(story!.globals?.locale, 'the canvas toolbar').to.equal(locale);
        const { element } = await renderStory<unknown, HTMLElement>(module.default, story!, tag, { locale: 'de', theme: 'default' });
        await waitFor(() => shadow(element).querySelector(`[part="base"][lang="${locale}"]`), `the widget in ${locale}`);
      });
    }

    it(`${tag} has an offline story that shows the offline state`, async () => {
      const story = module['Offline'] as AnyStory<unknown> | undefined;
      expect(story, 'an Offline story').to.not.equal(undefined);
      const { element } = await renderStory<unknown, HTMLElement>(module.default, story!, tag, { locale: 'de', theme: 'default' });
      const state = await waitFor(() => shadow(element).querySelector('.state-error'), 'the offline state');
      expect(state.textContent).to.contain('offline');
      // The next story is online again (the widgets' stories reset the network in their loaders).
      for (const load of module.default.loaders ?? []) await load();
      expect(navigator.onLine).to.equal(true);
    });
  }
});
