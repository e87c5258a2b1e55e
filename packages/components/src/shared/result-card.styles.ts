import { css } from 'lit';

/**
 * A result card whose title is a button that opens the record: it looks like
 * a link, but keeps the full target size.
 */
export const resultCardStyles = css`
  .card {
    display: grid;
    gap: var(--_space-s);
  }
  .card-open {
    display: inline;
    min-block-size: var(--_target-size);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
`;
