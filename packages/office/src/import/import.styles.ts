/** The import screen's lists: columns in a grid that becomes one column, row cards, row errors. */
import { css } from 'lit';

export const importStyles = css`
  section + section,
  .import-preview {
    margin-block-start: var(--_space-xl);
  }
  .column-list,
  .unknown-list,
  .import-rows {
    display: grid;
    gap: var(--_space-m);
    margin: 0 0 var(--_space-l);
    padding: 0;
    list-style: none;
  }
  .column-list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .column .label {
    overflow-wrap: anywhere;
  }
  .import-row h4 {
    margin-block: 0 var(--_space-s);
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .import-row:focus {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  .duplicate {
    margin-block-start: var(--_space-m);
  }
  .duplicate legend {
    overflow-wrap: anywhere;
  }
  .duplicate .hint {
    display: block;
  }
  .row-errors {
    margin-block: var(--_space-s) 0;
    color: var(--_color-danger);
    font-weight: 600;
  }
  .mapping-download {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
  }
`;
