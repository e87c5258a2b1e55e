import { css } from 'lit';

/** Layout of `<tk-mo-directory>`: one column on narrow screens, filters beside results from 48rem. */
export const directoryStyles = css`
  :host {
    container-type: inline-size;
  }
  .base,
  .detail {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .base {
    display: grid;
    gap: var(--_space-m);
  }
  .title {
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }
  .header {
    display: grid;
    gap: var(--_space-s);
  }
  .controls {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
  }
  .filter-panel {
    display: grid;
    gap: var(--_space-s);
  }
  .filters {
    display: grid;
    gap: var(--_space-s);
  }
  @container (min-width: 48rem) {
    .filters {
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      align-items: start;
    }
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
  .count {
    color: var(--_color-text-muted);
  }
  .status {
    font-weight: 600;
  }
  .results {
    display: grid;
    gap: var(--_space-m);
  }
  .results.compact {
    gap: var(--_space-s);
  }
  .card {
    display: grid;
    gap: var(--_space-s);
  }
  .card.compact {
    padding-block: var(--_space-s);
  }
  .card-title {
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
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
  .card-open:hover {
    text-decoration-thickness: 2px;
  }
  .card-types,
  .card-verified {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
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
  .more {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }

  .detail {
    inline-size: min(48rem, calc(100vw - 2 * var(--_space-m)));
    max-block-size: calc(100dvh - 2 * var(--_space-m));
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    background: var(--_color-background);
    color: var(--_color-text);
    font-family: var(--_font);
    line-height: var(--_line-height);
  }
  .detail::backdrop {
    background: var(--_color-backdrop);
  }
  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    justify-content: flex-end;
    padding: var(--_space-s);
    background: var(--_color-background);
    border-block-end: 1px solid var(--_color-border-subtle);
  }
  .dialog-body {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m) var(--_space-l) var(--_space-l);
  }
  .detail-title {
    font-size: 1.5rem;
    line-height: 1.3;
  }
  .detail-description {
    display: grid;
    gap: var(--_space-s);
  }
  .detail-section {
    display: grid;
    gap: var(--_space-s);
  }
  .detail-section-title {
    font-size: 1.125rem;
  }
  .detail-section ul {
    display: grid;
    gap: var(--_space-xs);
  }
  .offers,
  .flags {
    padding-inline-start: var(--_space-l) !important;
    list-style: disc !important;
  }
  .hours li {
    display: flex;
    gap: var(--_space-m);
  }
  .weekday {
    min-inline-size: 8rem;
  }
  .people {
    gap: var(--_space-m) !important;
  }
  .person {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_color-border-subtle);
  }
  .person-name {
    font-weight: 600;
  }
  .contact-links a,
  .person a,
  .relations .link-button {
    display: inline-block;
    min-block-size: var(--_target-size);
    padding-block: 0.6rem;
    padding-inline: 0;
    text-align: start;
  }
  address {
    font-style: normal;
  }
`;
