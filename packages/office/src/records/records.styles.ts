import { css } from 'lit';

/** What the records and freshness screens share: the kind links, record lists, the language columns and the comparison of a 412. */
export const recordsStyles = css`
  .kinds,
  .record-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-l);
    padding: 0;
    list-style: none;
  }
  .kinds a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
  }
  .kinds a[aria-current='page'] {
    font-weight: 700;
  }
  .record-list {
    display: grid;
  }
  .record-list > li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-m);
    padding-block: var(--_space-s);
    border-block-end: 1px solid var(--_color-border-subtle);
  }
  .record-list a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
    overflow-wrap: anywhere;
  }
  .hint {
    color: var(--_color-text-muted);
  }
  .languages {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space-m);
  }
  .language-column {
    display: grid;
    align-content: start;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }
  .form-wide {
    max-inline-size: none;
  }
  .form-wide .field,
  .form-wide fieldset:not(.wide) {
    max-inline-size: var(--_measure);
  }
  .checkbox {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
  }
  .checkbox input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  .versions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-s) var(--_space-m);
  }
  .version {
    padding: var(--_space-s);
    border: 1px solid var(--_color-border-subtle);
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .conflict-field + .conflict-field {
    margin-block-start: var(--_space-l);
  }
  .history {
    display: grid;
    gap: var(--_space-s);
    padding: 0;
    list-style: none;
  }
  .languages > .field {
    margin-block-start: 0;
  }
  .form-group + .form-group,
  .form-wide .button-row,
  fieldset.wide {
    margin-block-start: var(--_space-xl, 2.5rem);
  }
  .verified {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-l);
  }
  /* The editors of lists (closures, photos, opening hours, exceptions): one bordered row per entry. */
  .editor-rows {
    display: grid;
    gap: var(--_space-m);
    margin-block: var(--_space-m);
    padding: 0;
    list-style: none;
  }
  .editor-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s);
    border: 1px solid var(--_color-border-subtle);
  }
  .editor-row > .field {
    flex: 1 1 12rem;
    margin-block-start: 0;
  }
  .editor-row > .languages {
    flex: 1 1 100%;
  }
  .input.short-date {
    max-inline-size: 12rem;
  }
  .checkboxes {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-l);
  }
  .photo-preview {
    margin: 0;
  }
  .photo-preview img {
    display: block;
    max-inline-size: min(100%, 20rem);
    block-size: auto;
  }
  .date-time-parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  .date-time-parts > .field {
    margin-block-start: 0;
  }
  .recurrence .field,
  .recurrence fieldset {
    margin-block-start: var(--_space-m);
  }
  .exdate {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  .occurrence-preview {
    margin-block-start: var(--_space-l);
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_color-primary);
  }
  .occurrences {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .warning-text {
    font-weight: 600;
  }
`;
