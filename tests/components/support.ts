/// <reference types="mocha" />
import type { RequestHandler } from 'msw';
import { scenarios, type ScenarioName } from '@teilhabe/mocks';
import type { TkMoDirectory } from '../../packages/components/src/mo-directory/mo-directory.component.js';
import '../../packages/components/src/mo-directory/define.js';
import type { PageContext } from '../../stories/page-context.js';
import { mockHandlers, renderWidget, shadow, waitFor } from './widget-harness.js';

export { loadKernTheme, shadow, tabUntil, waitFor } from './widget-harness.js';

/** The mocked API, by default with the directory scenario. */
export function mockApi(handlers: RequestHandler[] = scenarios.directory()): Promise<void> {
  return mockHandlers(handlers);
}

export function useScenario(name: ScenarioName): Promise<void> {
  return mockApi(scenarios[name]());
}

/** A directory against the mocked API with the given extra attributes. */
export function renderDirectory(context: Partial<PageContext> = {}, attributes = ''): Promise<TkMoDirectory> {
  return renderWidget<TkMoDirectory>('tk-mo-directory', context, attributes, { withoutUrlState: true });
}

/** Waits until the list shows at least one card, or a state message. */
export function settled(element: TkMoDirectory): Promise<Element> {
  return waitFor(
    () => shadow(element).querySelector('.card-open, .state') as Element | null,
    'the directory to show results or a state',
  );
}

export function cardNames(element: TkMoDirectory): string[] {
  return [...shadow(element).querySelectorAll('.card-open')].map((button) => button.textContent!.trim());
}
