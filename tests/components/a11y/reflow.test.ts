/// <reference types="mocha" />
/**
 * Reflow (WCAG 1.4.10): every story of every widget at 320 CSS px, in German
 * and Arabic. Nothing may make the page scroll sideways, and nothing inside a
 * widget may need a horizontal scroll bar of its own.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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
  default: StoryMeta<unknown>;
  [name: string]: unknown;
}

const widgets: [string, StoriesModule, string][] = [
  ['tk-mo-directory', directoryStories as unknown as StoriesModule, '.card-open, .state, .skeleton'],
  ['tk-event-calendar', calendarStories as unknown as StoriesModule, '.month-grid, .event-item, .state, .week, .agenda'],
  ['tk-room-booking', roomStories as unknown as StoriesModule, '.room-card, .state, .skeleton-list, #form-date'],
  ['tk-funding-finder', fundingStories as unknown as StoriesModule, '#step-heading .question, .card, .state'],
];

function storiesOf(module: StoriesModule): [string, AnyStory<unknown>][] {
  return Object.entries(module).filter(
    ([name, value]) => name !== 'default' && typeof value === 'object' && value !== null && !Array.isArray(value) && !('applicantKind' in value),
  ) as [string, AnyStory<unknown>][];
}

/** Elements inside the widget (shadow roots included) whose content is wider than their box. */
function horizontallyScrolling(root: ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (node: ShadowRoot | Element): void => {
    for (const child of node.children) {
      const style = getComputedStyle(child);
      if (child.scrollWidth > child.clientWidth + 1 && (style.overflowX === 'auto' || style.overflowX === 'scroll')) {
        found.push(`${child.tagName.toLowerCase()}.${[...child.classList].join('.')} (${child.scrollWidth} > ${child.clientWidth})`);
      }
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The innermost elements that stick out of the viewport, to say what to fix. */
function outOfViewport(root: ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (node: ShadowRoot | Element): boolean => {
    let childOut = false;
    for (const child of node.children) {
      const inner = visit(child.shadowRoot ?? child) || (child.shadowRoot ? visit(child) : false);
      const rect = child.getBoundingClientRect();
      const out = rect.width > 0 && (rect.right > innerWidth + 1 || rect.left < -1);
      if (out && !inner) found.push(`${child.tagName.toLowerCase()}.${[...child.classList].join('.')} [${Math.round(rect.left)}, ${Math.round(rect.right)}]`);
      childOut ||= out || inner;
    }
    return childOut;
  };
  visit(root);
  return found.slice(0, 5);
}

describe('reflow at 320 CSS px: no state of any widget scrolls horizontally', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await directoryStories.default.loaders?.[0]?.();
  });

  for (const [tag, module, rendered] of widgets) {
    for (const [name, story] of storiesOf(module)) {
      for (const locale of [...new Set([story.globals?.locale ?? 'de', 'ar'])]) {
        it(`${tag} ${name} in ${locale}`, async () => {
          const { element, page } = await renderStory<unknown, HTMLElement>(module.default, story, tag, {
            locale,
            theme: story.globals?.theme ?? 'default',
          });
          await waitFor(() => shadow(element).querySelector(rendered), `${tag} to render`);
          if (story.play) await story.play({ canvasElement: page });
          if (name !== 'Loading') await waitFor(() => !shadow(element).querySelector('[aria-busy="true"]'), 'loading to finish');
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
          expect(document.documentElement.scrollWidth, `page width; sticking out: ${outOfViewport(shadow(element)).join(', ')}`).to.be.at.most(320);
          expect(element.getBoundingClientRect().width, 'widget width').to.be.at.most(320);
          expect(horizontallyScrolling(shadow(element)), 'scrolling boxes').to.deep.equal([]);
        });
      }
    }
  }
});
