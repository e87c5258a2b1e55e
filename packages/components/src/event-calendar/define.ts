import { TkEventCalendar } from './event-calendar.component.js';

export { TkEventCalendar };

/** Registers `<tk-event-calendar>` unless the page already has it (e.g. two bundles on one page). */
if (!customElements.get('tk-event-calendar')) customElements.define('tk-event-calendar', TkEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'tk-event-calendar': TkEventCalendar;
  }
}
