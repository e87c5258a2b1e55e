import { css } from 'lit';

export const queueStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-m);
    max-inline-size: none;
    margin-block-end: var(--_space-l);
    padding: var(--_space-m);
    background: var(--_color-surface);
  }
  .filters .field + .field {
    margin-block-start: 0;
  }
  .filters .field {
    flex: 1 1 12rem;
  }
  .requests {
    display: grid;
    gap: var(--_space-l);
  }
  .request.competing {
    border-inline-start: 6px solid var(--_color-danger);
  }
  .request-tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-end: var(--_space-m);
  }
  .overlaps {
    margin-block-end: var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_color-surface);
  }
  .overlaps ul {
    padding-inline-start: var(--_space-l);
    list-style: disc;
  }
  .overlaps-title {
    margin-block-end: var(--_space-xs);
  }
  .radios.inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-l);
  }
  .date-decision + .date-decision {
    margin-block-start: var(--_space-m);
  }
  .dates {
    margin-block-start: var(--_space-l);
  }
  .preserve {
    white-space: pre-line;
  }
  .more {
    margin-block-start: var(--_space-l);
  }
  .count {
    margin-block-end: var(--_space-m);
    font-weight: 600;
  }
`;
