import { TkFundingFinder } from './funding-finder.component.js';

export { TkFundingFinder };

/** Registers `<tk-funding-finder>` unless the page already has it (e.g. two bundles on one page). */
if (!customElements.get('tk-funding-finder')) customElements.define('tk-funding-finder', TkFundingFinder);

declare global {
  interface HTMLElementTagNameMap {
    'tk-funding-finder': TkFundingFinder;
  }
}
