import { css } from 'lit';

/** The admin screens: cards per person or token, the role hints, the secret shown once. */
export const staffStyles = css`
  .people {
    display: grid;
    gap: var(--_space-m);
    margin-block-start: var(--_space-l);
  }
  .person h2,
  .token h2 {
    font-size: 1.25rem;
    overflow-wrap: anywhere;
  }
  .summary-list dd {
    overflow-wrap: anywhere;
  }
  .role-hint {
    color: var(--_color-text-muted);
    font-weight: 400;
  }
  .card .summary-list {
    margin-block-end: var(--_space-m);
  }
  .tag.muted {
    background: var(--_color-surface);
    border: 1px solid var(--_color-border-subtle);
  }
  .secret {
    display: block;
    padding: var(--_space-s) var(--_space-m);
    border: 2px dashed var(--_color-border-subtle);
    background: var(--_color-surface);
    font-family: ui-monospace, monospace;
    font-size: 1.125rem;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .warning-text {
    padding-inline-start: var(--_space-m);
    border-inline-start: 5px solid var(--_color-danger);
    font-weight: 600;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-block: var(--_space-m);
  }
  .confirm {
    margin-block: var(--_space-l);
    padding: var(--_space-m);
    border: 3px solid var(--_color-danger);
  }
  section + section {
    margin-block-start: var(--_space-xl, 2.5rem);
  }
`;
