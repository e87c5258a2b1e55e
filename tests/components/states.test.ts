/// <reference types="mocha" />
/**
 * Every story of the directory, rendered as Storybook renders it and checked
 * with axe, in German and Arabic (and both themes).
 */
import { expect } from '@open-wc/testing';
import * as stories from '../../stories/mo-directory.stories.js';
import { loadKernTheme, settled, shadow, waitFor } from './support.js';
import { renderStory as renderAnyStory, type AnyStory as Story } from './widget-harness.js';
import type { TkMoDirectory } from '../../packages/components/src/mo-directory/mo-directory.component.js';

type AnyStory = Story<stories.DirectoryArgs>;

const meta = stories.default;
const storyEntries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, AnyStory][];

async function renderStory(story: AnyStory, locale: string, theme: 'default' | 'kern'): Promise<TkMoDirectory> {
  return (await renderAnyStory<stories.DirectoryArgs, TkMoDirectory>(meta, story, 'tk-mo-directory', { locale, theme })).element;
}

describe('every directory story passes axe', () => {
  before(() => loadKernTheme());
  after(async () => {
    for (const load of meta.loaders) await load();
  });

  for (const [name, story] of storyEntries) {
    const locales = [...new Set(['de', 'ar', story.globals?.locale ?? 'de'])];
    for (const locale of locales) {
      it(`${name} in ${locale}`, async () => {
        const element = await renderStory(story, locale, story.globals?.theme ?? 'default');
        if (name === 'Loading') {
          await waitFor(() => shadow(element).querySelector('.skeleton'), 'skeleton');
          expect(shadow(element).querySelector('[role="status"]')!.textContent).to.not.equal('');
        } else {
          await settled(element);
        }
        // A language story keeps its own locale on any page.
        if ((story.args?.locale || locale) === 'ar') await waitFor(() => shadow(element).querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'rtl');
        await expect(element).to.be.accessible();
      });
    }
  }

  it('Default in the KERN theme with the detail dialog open', async () => {
    const element = await renderStory(stories.Default as AnyStory, 'de', 'kern');
    await settled(element);
    (shadow(element).querySelector('.card-open') as HTMLButtonElement).click();
    await waitFor(() => shadow(element).querySelector('.detail-section'), 'detail content');
    await expect(element).to.be.accessible();
    shadow(element).querySelector<HTMLButtonElement>('.close')!.click();
  });

  it('Arabic with the detail dialog open', async () => {
    const element = await renderStory(stories.Default as AnyStory, 'ar', 'default');
    await settled(element);
    (shadow(element).querySelector('.card-open') as HTMLButtonElement).click();
    await waitFor(() => shadow(element).querySelector('.detail-section'), 'detail content');
    await expect(element).to.be.accessible();
    shadow(element).querySelector<HTMLButtonElement>('.close')!.click();
  });
});
