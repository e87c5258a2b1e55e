/// <reference types="mocha" />
import type { RequestHandler } from 'msw';
import { roomScenarios } from '@teilhabe/mocks';
import type { TkRoomBooking } from '../../../packages/components/src/room-booking/room-booking.component.js';
import '../../../packages/components/src/room-booking/define.js';
import type { PageContext } from '../../../stories/page-context.js';
import { mockHandlers, renderWidget, waitFor } from '../widget-harness.js';

export { loadKernTheme, shadow, tabUntil, waitFor } from '../widget-harness.js';

/** The mocked API, by default with the rooms scenario. */
export function mockApi(handlers: RequestHandler[] = roomScenarios.rooms()): Promise<void> {
  return mockHandlers(handlers);
}

/** A booking widget against the mocked API with the given extra attributes (it keeps no state in the URL). */
export function renderBooking(context: Partial<PageContext> = {}, attributes = ''): Promise<TkRoomBooking> {
  return renderWidget<TkRoomBooking>('tk-room-booking', context, attributes, { withoutUrlState: false });
}

/** Fills the request form of a rendered widget with a valid weekday request two weeks ahead (not sent). */
export async function fillValidRequest(element: TkRoomBooking): Promise<ShadowRoot> {
  const root = element.shadowRoot!;
  await waitFor(() => root.querySelector('#form-date') && root.querySelector('.week-grid'), 'the form');
  const date = new Date(Date.now() + 14 * 86_400_000);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  const set = (selector: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  set('#form-date', date.toISOString().slice(0, 10));
  set('#form-start', '10:00');
  set('#form-end', '11:00');
  set('#form-name', 'Ali Beispiel');
  set('#form-email', 'ali@example.org');
  set('#form-purpose', 'Sprachkurs');
  set('#form-attendees', '6');
  root.querySelector<HTMLInputElement>('#form-isPublic-no')!.click();
  root.querySelector<HTMLInputElement>('#form-acceptHouseRules')!.click();
  await element.updateComplete;
  return root;
}
