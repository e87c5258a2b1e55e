import { TkRoomBooking } from './room-booking.component.js';

export { TkRoomBooking };

/** Registers `<tk-room-booking>` unless the page already has it (e.g. two bundles on one page). */
if (!customElements.get('tk-room-booking')) customElements.define('tk-room-booking', TkRoomBooking);

declare global {
  interface HTMLElementTagNameMap {
    'tk-room-booking': TkRoomBooking;
  }
}
