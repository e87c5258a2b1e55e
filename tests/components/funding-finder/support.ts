/// <reference types="mocha" />
import type { RequestHandler } from 'msw';
import type { ApplicantProfile } from '@teilhabe/sdk';
import { fundingScenarios } from '@teilhabe/mocks';
import type { TkFundingFinder } from '../../../packages/components/src/funding-finder/funding-finder.component.js';
import '../../../packages/components/src/funding-finder/define.js';
import type { PageContext } from '../../../stories/page-context.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

export { loadKernTheme, shadow, tabUntil, waitFor } from '../widget-harness.js';

/** The mocked API, by default with the funding scenario. */
export function mockApi(handlers: RequestHandler[] = fundingScenarios.funding()): Promise<void> {
  return mockHandlers(handlers);
}

/** A funding finder against the mocked API in a page context. */
export function renderFinder(context: Partial<PageContext> = {}, attributes = ''): Promise<TkFundingFinder> {
  return renderWidget<TkFundingFinder>('tk-funding-finder', context, attributes, { withoutUrlState: true });
}

/** Waits until the taxonomies have arrived (the first step shows its choices). */
export function stepReady(element: TkFundingFinder): Promise<Element> {
  return waitFor(() => shadow(element).querySelector('#step-heading') && shadow(element).querySelector('.choice input[id^="step-applicantKind-migrant"]'), 'the first step with its choices');
}

/** Goes through the questionnaire: the answers of `profile` are kept, every other question is "Weiß ich nicht"; waits for the results. */
export async function answerQuestionnaire(element: TkFundingFinder, profile: ApplicantProfile = {}): Promise<void> {
  element.profile = profile;
  await element.updateComplete;
  for (let i = 0; i < 6; i++) {
    const key = shadow(element).querySelector<HTMLElement>('form[data-step]')!.dataset['step'] as keyof ApplicantProfile;
    shadow(element).querySelector<HTMLButtonElement>(profile[key] === undefined ? '#step-unknown' : '#step-next')!.click();
    await element.updateComplete;
  }
  await resultsReady(element);
}

/** Waits for ranked results (or a state message). */
export function resultsReady(element: TkFundingFinder): Promise<Element> {
  return waitFor(() => shadow(element).querySelector('article[data-fit], .state-error, .state'), 'the ranked results');
}

export function click(element: TkFundingFinder, selector: string): void {
  const target = shadow(element).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`Nothing matches ${selector}`);
  target.click();
}

/** Cards in rank order: `{ id, fit }`. */
export function rankedCards(element: TkFundingFinder): { id: string; fit: string }[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('article[data-fit]')].map((card) => ({ id: card.dataset['program']!, fit: card.dataset['fit']! }));
}
