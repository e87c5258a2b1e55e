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
  /* One column that may shrink below its content's widest word or grid: the
     widget reflows at 320 px instead of pushing the page sideways; a word
     longer than the line breaks rather than widening its grid track. */
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
    overflow-wrap: anywhere;
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
