import { css } from 'lit';

/** The term cards: labels per language side by side where there is room, one below the other where not. */
export const taxonomiesStyles = css`
  .terms,
  .taxonomies {
    display: grid;
    gap: var(--_space-l);
    margin: 0 0 var(--_space-xl);
    padding: 0;
    list-style: none;
  }
  .term {
    padding-block-end: var(--_space-l);
    border-block-end: 1px solid var(--_color-border-subtle);
  }
  .term h2 {
    margin-block-end: var(--_space-xs);
    overflow-wrap: anywhere;
  }
  .hint {
    color: var(--_color-text-muted);
  }
  .term-labels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space-s) var(--_space-m);
  }
  .term-labels > div {
    display: block;
    min-inline-size: 0;
  }
  .term-labels dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .term .button-row {
    margin-block-start: var(--_space-m);
  }
  .term a.edit,
  .taxonomies a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
  }
  .confirm {
    margin-block-start: var(--_space-m);
    padding: var(--_space-m);
    border-inline-start: 5px solid var(--_color-danger);
  }
`;
