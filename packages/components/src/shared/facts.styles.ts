import { css } from 'lit';

/**
 * A `<dl class="facts">` of "label: value" lines; `.facts.inline` runs them
 * side by side, as on a result card.
 */
export const factsStyles = css`
  .facts {
    display: grid;
    gap: var(--_space-xs);
  }
  .facts.inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-l);
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-s);
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dt::after {
    content: ':';
  }
`;
