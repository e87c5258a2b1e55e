import { css } from 'lit';

/**
 * Layout of `<tk-funding-finder>`: one column, logical properties only (RTL
 * needs no extra rule), and a print stylesheet that leaves the result list or
 * the programme with its checklist.
 */
export const fundingFinderStyles = css`
  :host {
    --_color-success: var(--tk-color-success, #1d6b2f);
    --_color-warning: var(--tk-color-warning, #7a4b00);
  }
  .main,
  .detail,
  .step,
  .privacy {
    display: grid;
    gap: var(--_space-m);
  }
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .mode {
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .mode[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .section-title,
  .detail-title {
    font-size: 1.375rem;
    line-height: 1.3;
  }
  .step {
    padding: var(--_space-m);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
  }
  fieldset {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
  }
  .step-heading {
    display: grid;
    gap: var(--_space-xs);
    font-size: 1.375rem;
    line-height: 1.3;
  }
  .progress {
    color: var(--_color-text-muted);
    font-size: var(--_font-size);
    font-weight: 600;
  }
  .progress-bar {
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--_color-primary);
  }
  .choices,
  .checklist {
    display: grid;
    gap: var(--_space-xs);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
  }
  .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  .choice label {
    flex: 1;
    cursor: pointer;
  }
  .input-with-unit {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    max-inline-size: 16rem;
  }
  .field-error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .error-summary {
    padding: var(--_space-m);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }
  .step-actions,
  .result-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .privacy {
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-inline-start: 6px solid var(--_color-primary);
    background: var(--_color-surface);
    justify-items: start;
  }
  .privacy-title {
    font-size: 1.125rem;
  }
  .results {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card.match.eligible {
    border-inline-start: 6px solid var(--_color-success);
  }
  .card.match.partial {
    border-inline-start: 6px solid var(--_color-warning);
  }
  .card.match.ineligible {
    border-inline-start: 6px solid var(--_color-border);
  }
  .card-title {
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }
  .card-meta,
  .hint-text,
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .fit {
    font-weight: 700;
  }
  .fit-eligible {
    color: var(--_color-success);
  }
  .fit-partial {
    color: var(--_color-warning);
  }
  .fit-ineligible {
    color: var(--_color-danger);
  }
  .missing {
    font-weight: 600;
  }
  .criteria {
    display: grid;
    gap: var(--_space-s);
  }
  .criterion {
    display: flex;
    gap: var(--_space-s);
    align-items: start;
  }
  .verdict-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    font-weight: 700;
    color: var(--_color-on-primary);
  }
  .criterion.met .verdict-icon {
    background: var(--_color-success);
  }
  .criterion.not-met .verdict-icon {
    background: var(--_color-danger);
  }
  .criterion.unknown .verdict-icon {
    background: var(--_color-warning);
  }
  .verdict-label,
  .criterion-name {
    font-weight: 600;
  }
  .inline-question {
    display: block;
  }
  .inline-form {
    display: grid;
    gap: var(--_space-s);
    margin-block-start: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border-subtle);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    justify-items: start;
  }
  .inline-form legend {
    font-weight: 600;
  }
  .detail-section {
    display: grid;
    gap: var(--_space-s);
  }
  .detail-section-title {
    font-size: 1.125rem;
  }
  .steps {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .deadline.next {
    font-weight: 700;
  }
  .tag {
    padding-inline: var(--_space-s);
    border-radius: var(--_radius-chip);
    background: var(--_color-chip);
    font-size: var(--_font-size-small);
  }
  .contact-links a,
  .take-home a {
    display: inline-block;
    min-block-size: var(--_target-size);
    padding-block: 0.6rem;
  }
  address {
    font-style: normal;
  }
  /* The search panel and its filter groups: filter-panel.styles.ts. */
  @container (min-width: 48rem) {
    .filters {
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      align-items: start;
    }
  }
  .count {
    color: var(--_color-text-muted);
    font-weight: 400;
  }
  .deadline-filter {
    padding: var(--_space-s);
  }
  .filter-legend {
    font-weight: 600;
  }
  .share-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .share-row .input {
    flex: 1 1 16rem;
    inline-size: auto;
  }
  .take-home {
    display: grid;
    gap: var(--_space-s);
  }
  .more {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }

  /*
   * Print shows what is on screen: of the ranked results only the cards drawn
   * so far (a reader shows more before printing; "20 von 500 angezeigt" stays
   * on paper so the printout says it is not the whole list).
   */
  @media print {
    .no-print,
    .modes,
    .privacy,
    .controls,
    .chips,
    .answer-now,
    .back {
      display: none !important;
    }
    :host {
      color: #000;
    }
    .card {
      break-inside: avoid;
      box-shadow: none;
      border: 1px solid #000;
    }
    .card-open {
      color: #000;
      text-decoration: none;
      font-weight: 700;
    }
    .verdict-icon {
      color: #000;
      background: none !important;
      border: 1px solid #000;
    }
    a[href^='mailto:']::after,
    a[href^='tel:']::after {
      content: '';
    }
    .checklist input {
      appearance: none;
      border: 1px solid #000;
    }
    .checklist input:checked::after {
      content: '✓';
    }
  }
`;
