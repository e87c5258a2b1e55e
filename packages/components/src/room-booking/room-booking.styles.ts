import { css } from 'lit';

/** Layout of `<tk-room-booking>`: one column on phones; fields side by side and the week as seven columns where there is room. */
export const roomBookingStyles = css`
  :host {
    --_slot-row: var(--tk-room-slot-row, 0.75rem);
    --_color-free: var(--tk-color-free, #e6f2ea);
    --_color-free-border: var(--tk-color-free-border, #1d6b3a);
    --_color-busy: var(--tk-color-busy, #f6e3e4);
    --_color-requested: var(--tk-color-requested, #fff4d6);
  }
  .header,
  .results-area,
  .room,
  .week,
  .success,
  .conflict,
  .booking-form,
  .group,
  .room-facts,
  .manage {
    display: grid;
    gap: var(--_space-m);
  }
  .section-title {
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .section-title .venue {
    font-weight: 400;
  }
  .group-title {
    font-size: 1.125rem;
    font-weight: 700;
  }
  h4,
  h5 {
    margin: 0;
  }
  .search {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
  }
  .search-grid,
  .form-row {
    display: grid;
    gap: var(--_space-m);
  }
  @container (min-width: 40rem) {
    .search-grid {
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      align-items: end;
    }
    .form-row {
      grid-template-columns: minmax(10rem, 14rem) minmax(7rem, 9rem) minmax(7rem, 9rem);
      align-items: end;
    }
  }
  .presets,
  .view-switch,
  .legend,
  .week-bar,
  .actions,
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .week-bar {
    justify-content: space-between;
  }
  .week-label {
    font-weight: 600;
  }
  .chip[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .chip[aria-pressed='true']::before {
    content: '✓';
  }
  .filters {
    display: grid;
    gap: var(--_space-s);
  }
  @container (min-width: 40rem) {
    .filters {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
  }
  .details-body {
    display: grid;
    gap: var(--_space-s);
    padding: 0 var(--_space-s) var(--_space-s);
  }
  /* Radios and checkboxes of the form, sized like the filter options (filter-panel.styles.ts). */
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
  }
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_color-primary);
  }
  .choice label {
    cursor: pointer;
  }
  .optional {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .input.narrow {
    max-inline-size: 9rem;
  }
  .textarea {
    padding-block: var(--_space-s);
    resize: vertical;
  }
  select.input {
    padding-inline-end: var(--_space-l);
  }
  fieldset.group,
  fieldset.radios {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  .error-summary ul {
    display: grid;
    gap: var(--_space-xs);
  }
  .notice {
    padding: var(--_space-m);
    border-inline-start: 5px solid var(--_color-primary);
    background: var(--_color-surface);
  }
  .status {
    font-weight: 600;
  }
  .results {
    display: grid;
    gap: var(--_space-m);
  }
  .room-card {
    display: grid;
    gap: var(--_space-s);
  }
  .card-title {
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }
  .card-venue,
  .note,
  .hint-plain {
    color: var(--_color-text-muted);
  }
  .note {
    display: block;
    font-size: var(--_font-size-small);
  }
  .hours li {
    display: flex;
    gap: var(--_space-m);
  }
  .weekday {
    min-inline-size: 7rem;
  }

  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    font-size: var(--_font-size-small);
  }
  .legend-item::before {
    content: '';
    inline-size: 1rem;
    block-size: 1rem;
    border: 1px solid var(--_color-border);
  }
  .legend-item.free::before {
    background: var(--_color-free);
    border-color: var(--_color-free-border);
  }
  .legend-item.requested::before {
    background: var(--_color-requested);
  }
  .legend-item.booked::before {
    background: var(--_color-busy);
  }
  .legend-item.too-soon::before,
  .legend-item.past::before {
    background: var(--_color-surface);
  }
  .week-grid {
    display: grid;
    grid-template-columns: 3rem repeat(7, minmax(5.5rem, 1fr));
    gap: 2px;
    overflow-x: auto;
    padding-block-end: var(--_space-s);
  }
  .week-scale,
  .week-day {
    display: grid;
    grid-template-rows: auto 1fr;
    min-inline-size: 0;
  }
  .week-head {
    display: block;
    min-block-size: 2.5rem;
    padding: var(--_space-xs);
    font-size: var(--_font-size-small);
    font-weight: 700;
    text-align: center;
  }
  .week-track {
    display: grid;
    grid-template-columns: 1fr;
    background: var(--_color-surface);
  }
  .scale-hour {
    font-size: 0.75rem;
    color: var(--_color-text-muted);
    border-block-start: 1px solid var(--_color-border-subtle);
  }
  .slot {
    grid-column: 1;
    margin: 0;
    padding: 2px var(--_space-xs);
    overflow: hidden;
    font-size: 0.75rem;
    line-height: 1.2;
    border: 1px solid var(--_color-border-subtle);
  }
  /* A free time is a target of at least 44 × 44 px; a short one overlaps the next row rather than shrink. */
  .slot.free {
    position: relative;
    z-index: 1;
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    border: 2px solid var(--_color-free-border);
    background: var(--_color-free);
    color: var(--_color-text);
    font: inherit;
    font-size: 0.75rem;
    text-align: start;
    cursor: pointer;
  }
  .slot.free:hover {
    background: var(--_color-background);
  }
  .slot.booked {
    background: var(--_color-busy);
  }
  .slot.requested {
    background: var(--_color-requested);
  }
  .slot.too-soon,
  .slot.past,
  .slot.closed,
  .closed-day {
    background: var(--_color-surface);
    color: var(--_color-text-muted);
  }
  .slot-kind {
    display: block;
    font-weight: 600;
  }
  .week-list {
    display: grid;
    gap: var(--_space-m);
    padding: 0;
    list-style: none;
  }
  .week-list-day {
    display: grid;
    gap: var(--_space-xs);
    padding-block-end: var(--_space-s);
    border-block-end: 1px solid var(--_color-border-subtle);
  }
  .week-list-slots {
    display: grid;
    gap: var(--_space-xs);
  }
  .week-list .slot.free {
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-m);
    font-size: var(--_font-size);
  }
  .week-list .slot.free [aria-hidden='true'] {
    display: none;
  }
  .week-list .slot.free .visually-hidden {
    position: static !important;
    inline-size: auto;
    block-size: auto;
    margin: 0;
    clip-path: none;
    white-space: normal;
  }
  .conflict {
    padding: var(--_space-m);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .conflict-list {
    padding-inline-start: var(--_space-l) !important;
    list-style: disc !important;
  }
  .alternatives {
    display: grid;
    gap: var(--_space-s);
  }
  .alternative {
    justify-content: flex-start;
    text-align: start;
  }
  .house-rules,
  .privacy {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .success {
    padding: var(--_space-m);
    border-inline-start: 6px solid var(--_color-free-border);
    background: var(--_color-surface);
  }
  .success-title {
    font-size: 1.5rem;
    line-height: 1.3;
  }
  .summary ul {
    display: grid;
  }
  .manage-link {
    overflow-wrap: anywhere;
  }
  .back {
    justify-self: start;
  }
  /* Forced colours drop the slot colours: each kind keeps its own border pattern, the same in the legend and the grid. */
  @media (forced-colors: active) {
    .slot,
    .slot.free {
      border-color: CanvasText;
    }
    .legend-item::before {
      box-sizing: border-box;
    }
    .legend-item.free::before,
    .slot.free {
      border: 2px solid ButtonText;
    }
    .legend-item.requested::before,
    .slot.requested {
      border: 2px dashed CanvasText;
    }
    .legend-item.booked::before,
    .slot.booked {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: CanvasText;
      color: Canvas;
    }
    .legend-item.too-soon::before,
    .slot.too-soon {
      border: 2px dotted GrayText;
    }
    .legend-item.past::before,
    .slot.past {
      border: 1px solid GrayText;
      color: GrayText;
    }
  }
`;
