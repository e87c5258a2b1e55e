import { css } from 'lit';

/**
 * Layout of `<tk-event-calendar>`. The month grid keeps seven columns down to
 * 320 px; below 40rem its cells show a count instead of event titles (the
 * list is the default view there anyway). Logical properties only.
 */
export const eventCalendarStyles = css`
  @container (min-width: 48rem) {
    .filters {
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      align-items: start;
    }
  }
  .subscribe {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .period-nav,
  .view-switch {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .view-button[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .base[dir='rtl'] .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .period-title {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .status {
    font-weight: 600;
  }

  .month-grid {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .weekday {
    padding: var(--_space-xs);
    font-weight: 600;
    text-align: start;
    color: var(--_color-text-muted);
  }
  .day {
    block-size: 7rem;
    padding: var(--_space-xs);
    border: 1px solid var(--_color-border-subtle);
    background: var(--_color-background);
    vertical-align: top;
    cursor: pointer;
    overflow: hidden;
  }
  .day.outside {
    background: var(--_color-surface);
    color: var(--_color-text-muted);
  }
  .day:focus-visible {
    outline-offset: calc(-1 * var(--_focus-width));
  }
  .day-number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 999px;
    font-weight: 600;
  }
  .day.today .day-number {
    outline: 2px solid var(--_color-primary);
  }
  .day.selected .day-number {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .day-count {
    display: none;
  }
  .day-events {
    display: grid;
    gap: 2px;
    margin-block-start: var(--_space-xs);
  }
  .event-chip,
  .day-more {
    display: block;
    inline-size: 100%;
    padding: 1px var(--_space-xs);
    border: 0;
    border-inline-start: 3px solid var(--_color-primary);
    border-radius: 2px;
    background: var(--_color-chip);
    color: var(--_color-text);
    font: inherit;
    font-size: var(--_font-size-small);
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    cursor: pointer;
  }
  .event-chip.continued {
    border-inline-start-style: dashed;
  }
  .event-chip.cancelled,
  .event-item.cancelled .event-title {
    text-decoration: line-through;
  }
  .event-chip.cancelled,
  .event-chip.postponed {
    border-inline-start-color: var(--_color-danger);
  }
  .status-badge {
    font-weight: 700;
    text-decoration: none;
    display: inline-block;
  }
  .day-more {
    background: none;
    border-inline-start-color: transparent;
    color: var(--_color-link);
    text-decoration: underline;
  }
  .event-time {
    font-weight: 600;
  }
  @container (max-width: 40rem) {
    .day {
      block-size: 3.5rem;
    }
    .day-events,
    .day-more {
      display: none;
    }
    .day-count {
      display: block;
      font-size: var(--_font-size-small);
    }
  }

  .day-panel {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border-subtle);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
  }
  .day-panel-bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space-s);
  }
  .day-panel-title,
  .list-day-title {
    font-weight: 700;
    font-size: 1.125rem;
  }
  .week,
  .agenda {
    display: grid;
    gap: var(--_space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list-day {
    display: grid;
    gap: var(--_space-s);
  }
  .list-day.today .list-day-title {
    color: var(--_color-primary);
  }
  .today-badge {
    font-size: var(--_font-size-small);
    font-weight: 400;
  }
  .event-list {
    display: grid;
    gap: var(--_space-s);
  }
  .event-item {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border-subtle);
    border-inline-start: 4px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }
  .event-item.cancelled,
  .event-item.postponed {
    border-inline-start-color: var(--_color-danger);
  }
  .event-open {
    min-block-size: var(--_target-size);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .event-when {
    font-weight: 600;
  }
  .event-meta,
  .event-summary {
    font-size: var(--_font-size-small);
  }
  .event-meta {
    color: var(--_color-text-muted);
  }
  .marker {
    font-weight: 600;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }
  .subscribe-body {
    display: grid;
    gap: var(--_space-s);
    padding: 0 var(--_space-m) var(--_space-m);
  }

  .status-note {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 6px solid var(--_color-danger);
    background: var(--_color-surface);
    font-weight: 600;
  }
  .facts {
    display: grid;
    gap: var(--_space-s);
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    gap: var(--_space-s);
  }
  @container (max-width: 30rem) {
    .fact {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .fact dt {
    font-weight: 600;
  }
  .plain {
    display: grid;
    gap: var(--_space-xs);
  }
  .place a,
  .plain a {
    display: inline-block;
    min-block-size: var(--_target-size);
    padding-block: 0.6rem;
  }
  address {
    font-style: normal;
  }
  @media (forced-colors: active) {
    .event-chip,
    .event-item,
    .day {
      border-color: CanvasText;
    }
    .day.selected .day-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .day.outside {
      color: GrayText;
    }
  }
`;
