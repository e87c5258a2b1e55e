import { css } from 'lit';

/**
 * The GOV.UK admin patterns in the KERN look, on the widgets' tokens: error
 * summary, notification banner, summary list, radios, text areas, tags and
 * the page layout. Logical properties only; nothing wider than 320 px.
 */
export const officeStyles = css`
  :host {
    --_measure: 40rem;
  }
  h1 {
    margin-block: 0 var(--_space-l);
    font-size: 1.75rem;
    line-height: 1.25;
  }
  h2 {
    margin-block: 0 var(--_space-m);
    font-size: 1.375rem;
  }
  h3 {
    margin-block: 0 var(--_space-s);
    font-size: 1.125rem;
  }
  p + p,
  p + .button-row,
  .field + .field,
  fieldset + .field,
  .field + fieldset,
  fieldset + fieldset,
  .field + .button-row,
  fieldset + .button-row {
    margin-block-start: var(--_space-l);
  }
  form,
  .measure {
    max-inline-size: var(--_measure);
  }
  .button-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m);
  }
  .button.warning {
    border-color: var(--_color-danger);
    background: var(--_color-danger);
  }

  .field-error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .field.has-error {
    padding-inline-start: var(--_space-m);
    border-inline-start: 5px solid var(--_color-danger);
  }
  .field.has-error .input {
    border-color: var(--_color-danger);
  }
  textarea.input {
    min-block-size: 6rem;
    padding-block: var(--_space-s);
    resize: vertical;
  }
  select.input {
    inline-size: auto;
    max-inline-size: 100%;
  }
  .input.short {
    max-inline-size: 12rem;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    margin-block-end: var(--_space-s);
    padding: 0;
    font-weight: 600;
  }
  .radios {
    display: grid;
    gap: var(--_space-s);
  }
  .radio {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
  }
  .radio input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  .error-summary {
    margin-block-end: var(--_space-l);
    padding: var(--_space-m);
    border: 5px solid var(--_color-danger);
  }
  .error-summary h2 {
    font-size: 1.25rem;
  }
  .error-summary ul {
    display: grid;
    gap: var(--_space-xs);
  }
  .error-summary a {
    color: var(--_color-danger);
    font-weight: 600;
  }

  .banner {
    margin-block-end: var(--_space-l);
    border: 5px solid var(--_color-primary);
  }
  .banner-title {
    padding: var(--_space-xs) var(--_space-m);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  .banner-body {
    padding: var(--_space-m);
  }

  .summary-list {
    display: grid;
    margin-block-end: var(--_space-l);
  }
  .summary-list > div {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 3fr;
    gap: var(--_space-s) var(--_space-m);
    padding-block: var(--_space-s);
    border-block-end: 1px solid var(--_color-border-subtle);
  }
  .summary-list.with-actions > div {
    grid-template-columns: minmax(8rem, 1fr) 2fr auto;
  }
  .summary-list dt {
    font-weight: 600;
  }
  @media (max-width: 40rem) {
    .summary-list > div,
    .summary-list.with-actions > div {
      grid-template-columns: 1fr;
    }
  }

  .tag {
    display: inline-block;
    padding: 0 var(--_space-s);
    border-radius: var(--_radius);
    background: var(--_color-chip);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .tag.warning {
    background: var(--_color-danger);
    color: var(--_color-on-primary);
  }
`;
