/// <reference types="mocha" />
/**
 * Language of parts (WCAG 3.1.2) and direction in a right-to-left UI: in ar
 * and fa the mocked API falls back to German for every text it has no
 * translation of. Every piece of Latin text must then sit in an element that
 * says its language and direction (`lang` + `dir`) or is isolated
 * (`dir="auto"` or U+2068 … U+2069, for names and people's own text); an
 * element in another
 * language carries `dir` and holds none of the UI's own words (hints,
 * headings).
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
  default: StoryMeta<unknown>;
  [name: string]: unknown;
}

interface State {
  tag: string;
  module: StoriesModule;
  story: string;
  rendered: string;
  /** Opens a detail dialog, when the state is the dialog. */
  open?: string;
}

const states: State[] = [
  { tag: 'tk-mo-directory', module: directoryStories as unknown as StoriesModule, story: 'Default', rendered: '.card-open' },
  { tag: 'tk-mo-directory', module: directoryStories as unknown as StoriesModule, story: 'Default', rendered: '.card-open', open: '.card-open' },
  { tag: 'tk-event-calendar', module: calendarStories as unknown as StoriesModule, story: 'Month', rendered: '.event-chip, .event-open' },
  { tag: 'tk-event-calendar', module: calendarStories as unknown as StoriesModule, story: 'List', rendered: '.event-item' },
  { tag: 'tk-event-calendar', module: calendarStories as unknown as StoriesModule, story: 'List', rendered: '.event-item', open: '.event-open' },
  { tag: 'tk-room-booking', module: roomStories as unknown as StoriesModule, story: 'Search', rendered: '.room-card' },
  { tag: 'tk-room-booking', module: roomStories as unknown as StoriesModule, story: 'AvailabilityWeek', rendered: '.room-facts' },
  { tag: 'tk-room-booking', module: roomStories as unknown as StoriesModule, story: 'FormWithErrors', rendered: '.house-rules' },
  { tag: 'tk-funding-finder', module: fundingStories as unknown as StoriesModule, story: 'ResultsMixed', rendered: '.card' },
  { tag: 'tk-funding-finder', module: fundingStories as unknown as StoriesModule, story: 'Browse', rendered: '.card' },
  { tag: 'tk-funding-finder', module: fundingStories as unknown as StoriesModule, story: 'Details', rendered: '.detail-title' },
];

/** A Latin word; a file extension such as "(.ics)" in a UI message is not one. */
const LATIN_WORD = /(?<![.\w])[A-Za-zÄÖÜäöüß]{2,}/;

function describeNode(node: Node): string {
  return `"${(node.textContent ?? '').trim().slice(0, 60)}" in <${(node.parentElement ?? node).nodeName.toLowerCase()}>`;
}

/** The nearest element, across shadow roots, for which `test` holds. */
function closest(node: Node, test: (element: Element) => boolean): Element | undefined {
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current) {
    if (current instanceof Element && test(current)) return current;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return undefined;
}

/** What breaks the rules above, inside the widget's shadow root. */
function languageProblems(root: ShadowRoot, uiLocale: string): string[] {
  const problems: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Names inside composed strings are isolated with U+2068 … U+2069.
    if (!LATIN_WORD.test((node.textContent ?? '').replace(/\u2068[^\u2069]*\u2069/g, ''))) continue;
    const parent = node.parentElement!;
    if (parent.closest('style, script, [hidden]') || parent.getClientRects().length === 0 && !parent.closest('.visually-hidden')) continue;
    const marked = closest(node, (element) => element.getAttribute('dir') === 'auto' || (element.hasAttribute('lang') && element.getAttribute('lang') !== uiLocale));
    if (!marked) problems.push(`Latin text without lang/dir or isolation: ${describeNode(node)}`);
    else if (marked.getAttribute('dir') !== 'auto' && marked.getAttribute('dir') !== 'ltr') problems.push(`lang="${marked.getAttribute('lang')}" without dir="ltr": ${describeNode(node)}`);
  }
  for (const element of root.querySelectorAll('[lang]')) {
    const lang = element.getAttribute('lang')!;
    if (lang === uiLocale) continue;
    if (!element.hasAttribute('dir')) problems.push(`lang="${lang}" without dir: ${describeNode(element)}`);
    const uiWords = element.querySelector('[part~="fallback-hint"], h1, h2, h3, h4, h5, h6');
    if (uiWords) problems.push(`the UI's words inside lang="${lang}": ${describeNode(uiWords)}`);
  }
  return problems;
}

describe('language of parts: fallback texts carry lang and dir, names are isolated, the UI stays outside', function () {
  this.timeout(40_000);
  after(async () => {
    await directoryStories.default.loaders?.[0]?.();
  });

  for (const state of states) {
    for (const locale of ['ar', 'fa']) {
      it(`${state.tag} ${state.story}${state.open ? ' (detail)' : ''} in ${locale}`, async () => {
        const story = state.module[state.story] as AnyStory<unknown>;
        const { element, page } = await renderStory<unknown, HTMLElement>(state.module.default, story, state.tag, { locale, theme: 'default' });
        if (story.play) await story.play({ canvasElement: page });
        await waitFor(() => shadow(element).querySelector(`[part="base"][lang="${locale}"]`), 'the UI locale');
        await waitFor(() => shadow(element).querySelector(state.rendered), `${state.rendered} to render`);
        await waitFor(() => !shadow(element).querySelector('[aria-busy="true"]'), 'loading to finish');
        if (state.open) {
          shadow(element).querySelector<HTMLElement>(state.open)!.click();
          await waitFor(() => shadow(element).querySelector('dialog[open] .dialog-body[aria-busy="false"] *'), 'the detail');
        }
        await waitFor(() => shadow(element).querySelector('[lang="de"], [dir="auto"]'), 'text from the API');
        expect(languageProblems(shadow(element), locale)).to.deep.equal([]);
      });
    }
  }
});
