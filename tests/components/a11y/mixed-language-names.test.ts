/// <reference types="mocha" />
/**
 * Accessible names in one language, or with the other language marked: the
 * criteria list of a funding result is named "Bedingungen für <Titel>"
 * ("<Titel> için koşullar"), where the title may be a German fallback. The
 * name is composed of parts (aria-labelledby): the UI's words in the UI's
 * language and the card's own heading, whose fallback text carries lang="de".
 */
import { expect } from '@open-wc/testing';
import { fundingScenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/funding-finder/define.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

async function rankedResults(locale: string): Promise<ShadowRoot> {
  await mockHandlers(fundingScenarios.funding());
  const element = await renderWidget<HTMLElement>('tk-funding-finder', { locale }, '', { withoutUrlState: true });
  const root = shadow(element);
  await waitFor(() => root.querySelector('.choice input[id^="step-applicantKind-migrant"]'), 'the first step');
  while (!root.querySelector('#results-heading')) {
    const step = root.querySelector<HTMLElement>('form.step')!.dataset['step'];
    root.querySelector<HTMLButtonElement>('#step-unknown')!.click();
    await waitFor(() => root.querySelector('#results-heading') || root.querySelector<HTMLElement>('form.step')?.dataset['step'] !== step, 'the next step');
  }
  await waitFor(() => root.querySelector('article[data-fit] ul.criteria'), 'the ranked results');
  return root;
}

describe('mixed-language accessible names mark the part in the other language', function () {
  this.timeout(40_000);
  // The mocked programmes have English titles; in tr and ar they fall back to German.
  for (const [locale, germanTitles] of [['tr', true], ['ar', true], ['en', false]] as const) {
    it(`the criteria lists of the funding results in ${locale}`, async () => {
      const root = await rankedResults(locale);
      const lists = [...root.querySelectorAll<HTMLElement>('article[data-fit] ul.criteria')];
      expect(lists.length).to.be.greaterThan(0);
      let fallbackTitles = 0;
      for (const list of lists) {
        const card = list.closest('article')!;
        const titleId = card.getAttribute('aria-labelledby')!;
        expect(list.hasAttribute('aria-label'), 'a name written as one string').to.equal(false);
        const parts = list.getAttribute('aria-labelledby')!.split(' ').map((id) => root.getElementById(id));
        expect(parts.every(Boolean), 'every part exists').to.equal(true);
        expect(parts.map((part) => part!.id), 'the title is a part').to.include(titleId);
        for (const part of parts.filter((part) => part!.id !== titleId)) {
          expect(part!.closest('[lang]')!.getAttribute('lang'), `"${part!.textContent}" is in the UI's language`).to.equal(locale);
          expect(part!.textContent!.trim()).to.not.equal('');
        }
        const title = root.getElementById(titleId)!;
        const marked = title.querySelector('[lang]');
        if (marked && marked.getAttribute('lang') !== locale) fallbackTitles++;
      }
      if (germanTitles) expect(fallbackTitles, 'titles marked as German').to.be.greaterThan(0);
    });
  }
});
