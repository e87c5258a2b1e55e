/// <reference types="mocha" />
import type { RequestHandler } from 'msw';
import { roomScenarios } from '@teilhabe/mocks';
import type { TkRoomBooking } from '../../../packages/components/src/room-booking/room-booking.component.js';
import '../../../packages/components/src/room-booking/define.js';
import type { PageContext } from '../../../stories/page-context.js';
import { mockHandlers, renderWidget } from '../widget-harness.js';

export { loadKernTheme, shadow, tabUntil, waitFor } from '../widget-harness.js';

/** The mocked API, by default with the rooms scenario. */
export function mockApi(handlers: RequestHandler[] = roomScenarios.rooms()): Promise<void> {
  return mockHandlers(handlers);
}

/** A booking widget against the mocked API with the given extra attributes (it keeps no state in the URL). */
export function renderBooking(context: Partial<PageContext> = {}, attributes = ''): Promise<TkRoomBooking> {
  return renderWidget<TkRoomBooking>('tk-room-booking', context, attributes, { withoutUrlState: false });
}
