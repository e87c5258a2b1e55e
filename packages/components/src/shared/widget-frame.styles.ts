import { css } from 'lit';

/**
 * The frame every widget shares: a size container for its own `@container`
 * rules, the top-level grid and the header with its title.
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
`;
