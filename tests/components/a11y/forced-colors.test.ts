/// <reference types="mocha" />
/**
 * Forced colours (Windows high contrast): the browser replaces every
 * background and border colour with system colours, so a state that only
 * colour shows disappears. With forced colours emulated, the pressed view
 * button of the calendar and the pressed mode of the funding finder still
 * look different from the others, and the five kinds of the room legend
 * (free, requested, booked, too soon, past) stay five different swatches.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { eventScenarios, fundingScenarios, roomScenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/event-calendar/define.js';
import '../../../packages/components/src/funding-finder/define.js';
import '../../../packages/components/src/room-booking/define.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

/** What a person sees of a box: its borders and its fill, as the browser paints them. */
function look(element: Element, pseudo?: string): string {
  const style = getComputedStyle(element, pseudo);
  return [style.backgroundColor, style.color, style.borderTopStyle, style.borderTopWidth, style.borderTopColor].join(' ');
}

describe('states survive forced colours', function () {
  this.timeout(30_000);

  beforeEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    await waitFor(() => matchMedia('(forced-colors: active)').matches, 'forced colours to be active');
  });
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('the calendar: the pressed Monat/Woche/Liste button differs from the others', async () => {
    await mockHandlers(eventScenarios.calendar());
    const element = await renderWidget<HTMLElement>('tk-event-calendar', { locale: 'de' }, 'view="list"', { withoutUrlState: true });
    const root = shadow(element);
    const buttons = await waitFor(() => {
      const found = [...root.querySelectorAll('.view-button')];
      return found.length === 3 && found;
    }, 'the view buttons');
    const pressed = buttons.filter((button) => button.getAttribute('aria-pressed') === 'true');
    const others = buttons.filter((button) => button.getAttribute('aria-pressed') === 'false');
    expect(pressed).to.have.length(1);
    for (const other of others) expect(look(pressed[0]!), 'pressed against not pressed').to.not.equal(look(other));
  });

  it('the funding finder: the chosen mode differs from the other', async () => {
    await mockHandlers(fundingScenarios.funding());
    const element = await renderWidget<HTMLElement>('tk-funding-finder', { locale: 'de' }, '', { withoutUrlState: true });
    const root = shadow(element);
    const [first, second] = await waitFor(() => {
      const found = [...root.querySelectorAll('.mode')];
      return found.length === 2 && found;
    }, 'the two modes');
    expect(look(first!)).to.not.equal(look(second!));
  });

  it('room booking: the five legend swatches stay distinct', async () => {
    await mockHandlers(roomScenarios.rooms());
    const element = await renderWidget<HTMLElement>('tk-room-booking', { locale: 'de' }, 'room="rathaus-sitzungszimmer"', { withoutUrlState: false });
    const root = shadow(element);
    const items = await waitFor(() => {
      const found = [...root.querySelectorAll('.legend-item')];
      return found.length === 5 && found;
    }, 'the legend');
    const looks = items.map((item) => look(item, '::before'));
    expect(new Set(looks).size, looks.join('\n')).to.equal(5);
    const pressedView = root.querySelector('.view-switch [aria-pressed="true"]')!;
    const otherView = root.querySelector('.view-switch [aria-pressed="false"]')!;
    expect(look(pressedView), 'the pressed week view').to.not.equal(look(otherView));
  });
});
