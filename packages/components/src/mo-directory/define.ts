import { TkMoDirectory } from './mo-directory.component.js';

export { TkMoDirectory };

/** Registers `<tk-mo-directory>` unless the page already has it (e.g. two bundles on one page). */
if (!customElements.get('tk-mo-directory')) customElements.define('tk-mo-directory', TkMoDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'tk-mo-directory': TkMoDirectory;
  }
}
