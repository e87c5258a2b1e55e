import { css } from 'lit';

/** Layout of `<tk-mo-directory>`: one column on narrow screens, filters beside results from 48rem. */
export const directoryStyles = css`
  .base,
  .detail {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  @container (min-width: 48rem) {
    .filters {
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      align-items: start;
    }
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
  .card.compact {
    padding-block: var(--_space-s);
  }
  .card-title {
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }
  .card-open:hover {
    text-decoration-thickness: 2px;
  }
  .card-types,
  .card-verified {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .more {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
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
