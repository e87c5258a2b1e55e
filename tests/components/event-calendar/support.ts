/// <reference types="mocha" />
import type { RequestHandler } from 'msw';
import { eventScenarios, type EventScenarioName } from '@teilhabe/mocks';
import type { TkEventCalendar } from '../../../packages/components/src/event-calendar/event-calendar.component.js';
import '../../../packages/components/src/event-calendar/define.js';
import type { PageContext } from '../../../stories/page-context.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

export { loadKernTheme, shadow, tabUntil, waitFor } from '../widget-harness.js';

/** The mocked API, by default with the calendar scenario. */
export function mockApi(handlers: RequestHandler[] = eventScenarios.calendar()): Promise<void> {
  return mockHandlers(handlers);
}

export function useScenario(name: EventScenarioName): Promise<void> {
  return mockApi(eventScenarios[name]());
}

/** A calendar against the mocked API with the given extra attributes. */
export function renderCalendar(context: Partial<PageContext> = {}, attributes = ''): Promise<TkEventCalendar> {
  return renderWidget<TkEventCalendar>('tk-event-calendar', context, attributes, { withoutUrlState: true });
}

/** Waits until the period shows data or a state message. */
export function settled(element: TkEventCalendar): Promise<Element> {
  return waitFor(
    () =>
      shadow(element).querySelector('.month-grid[aria-busy="false"], .event-item, .state, .week, .agenda') as Element | null,
    'the calendar to show its period or a state',
  );
}
