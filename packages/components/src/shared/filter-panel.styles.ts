import { css } from 'lit';

/**
 * The search-and-filter panel of the list widgets: a surface with collapsible
 * filter groups of checkboxes. How many columns the groups take is each
 * widget's own `@container` rule.
 */
export const filterPanelStyles = css`
  .controls {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
  }
  .filter-panel,
  .filters {
    display: grid;
    gap: var(--_space-s);
  }
  .filter-group {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }
  .filter-summary {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-s);
    cursor: pointer;
    font-weight: 600;
  }
  .filter-chosen {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .filter-options {
    margin: 0;
    padding: 0 var(--_space-s) var(--_space-s);
    border: 0;
    max-block-size: 18rem;
    overflow-y: auto;
  }
  .filter-option {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
  }
  .filter-option input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
    flex: none;
  }
  .filter-option label {
    flex: 1;
    cursor: pointer;
  }
`;
