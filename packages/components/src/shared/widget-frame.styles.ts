import { css } from 'lit';

/**
 * The frame every widget shares: a size container for its own `@container`
 * rules, the top-level grid, the header with its title and the panel of
 * search controls.
 * Widgets that space these differently override them in their own styles,
 * which come after this sheet.
 */
export const widgetFrameStyles = css`
  :host {
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: var(--_space-m);
  }
  .header {
    display: grid;
    gap: var(--_space-s);
  }
  .title {
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }
  .controls {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
  }
`;
