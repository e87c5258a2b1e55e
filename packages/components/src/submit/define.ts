import { TkSubmit } from './tk-submit.component.js';

export { TkSubmit };

/** Registers `<tk-submit>` unless the page already has it (e.g. two bundles on one page). */
if (!customElements.get('tk-submit')) customElements.define('tk-submit', TkSubmit);

declare global {
  interface HTMLElementTagNameMap {
    'tk-submit': TkSubmit;
  }
}
