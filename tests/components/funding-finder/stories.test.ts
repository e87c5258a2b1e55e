/// <reference types="mocha" />
/**
 * Every story of the funding finder, rendered as Storybook renders it (with
 * its play function) and checked with axe, in German, English and Arabic and
 * in the KERN theme.
 */
import { expect } from '@open-wc/testing';
import * as stories from '../../../stories/funding-finder.stories.js';
import { loadKernTheme, shadow, waitFor } from './support.js';
import { renderStory as renderAnyStory, type AnyStory as Story } from '../widget-harness.js';
import type { TkFundingFinder } from '../../../packages/components/src/funding-finder/funding-finder.component.js';

type AnyStory = Story<stories.FundingArgs>;

const meta = stories.default;
const entries = Object.entries(stories).filter(([name, value]) => name !== 'default' && typeof value === 'object' && !Array.isArray(value) && !('applicantKind' in (value as object))) as [string, AnyStory][];

async function renderStory(story: AnyStory, locale: string, theme: 'default' | 'kern'): Promise<TkFundingFinder> {
  const { element, page } = await renderAnyStory<stories.FundingArgs, TkFundingFinder>(meta, story, 'tk-funding-finder', { locale, theme });
  if (story.play) await story.play({ canvasElement: page });
  else await waitFor(() => shadow(element).querySelector('#step-heading .question, .card, .state'), 'the story to render');
  return element;
}

describe('every funding finder story passes axe', function () {
  this.timeout(40_000);
  before(() => loadKernTheme());

  for (const [name, story] of entries) {
    const contexts: [string, 'default' | 'kern'][] = [
      ['de', 'default'],
      ['en', 'default'],
      ['ar', 'default'],
      ['de', 'kern'],
    ];
    if (story.globals?.locale && !contexts.some(([locale]) => locale === story.globals!.locale)) contexts.push([story.globals.locale, 'default']);
    for (const [locale, theme] of contexts) {
      it(`${name} in ${locale}, ${theme} theme`, async () => {
        const element = await renderStory(story, story.globals?.locale ?? locale, story.globals?.theme ?? theme);
        const base = shadow(element).querySelector('[part="base"]')!;
        await waitFor(() => base.getAttribute('lang') === (story.globals?.locale ?? locale), 'the locale');
        if ((story.globals?.locale ?? locale) === 'ar') expect(base.getAttribute('dir')).to.equal('rtl');
        await expect(element).to.be.accessible();
      });
    }
  }
});
