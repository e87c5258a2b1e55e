import { css } from 'lit';

/** The room timeline: a table on wide screens, a list per day below 30rem; competing requests marked by colour and by word. */
export const timelineStyles = css`
  .timeline {
    margin-block: var(--_space-l);
  }
  .timeline-controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-l);
    margin-block-end: var(--_space-s);
  }
  .timeline-controls .button-row {
    gap: var(--_space-s) var(--_space-m);
  }
  .button[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .timeline-status {
    margin-block-end: var(--_space-m);
    font-weight: 600;
  }
  .timeline-table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .timeline-table th,
  .timeline-table td {
    padding: var(--_space-s);
    border-block-end: 1px solid var(--_color-border-subtle);
    text-align: start;
    vertical-align: top;
  }
  .timeline-table thead th {
    border-block-end-width: 2px;
  }
  .timeline-table tbody th {
    inline-size: 9rem;
    font-weight: 600;
  }
  .timeline-table tr.competing th {
    border-inline-start: 6px solid var(--_color-danger);
  }
  .entry + .entry {
    margin-block-start: var(--_space-xs);
  }
  .entry.confirmed {
    padding-inline-start: var(--_space-s);
    border-inline-start: 4px solid var(--_color-primary);
  }
  .entry.requested {
    padding-inline-start: var(--_space-s);
    border-inline-start: 4px dashed var(--_color-border);
  }
  .entry.competing {
    border-inline-start: 4px solid var(--_color-danger);
  }
  .entry-time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .tag.selected {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .free {
    color: var(--_color-text-muted);
  }
  .timeline-days {
    display: none;
  }
  .timeline-days > li + li {
    margin-block-start: var(--_space-m);
  }
  .timeline-days h3 {
    padding-block-end: var(--_space-xs);
    border-block-end: 1px solid var(--_color-border-subtle);
  }
  .entry-state {
    font-weight: 600;
  }
  @media (max-width: 30rem) {
    .timeline-table {
      display: none;
    }
    .timeline-days {
      display: block;
    }
  }
`;
