import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { filterGroup } from '../shared/filter-group.js';
import { searchField } from '../shared/search-field.js';
import type { CodeLabel } from '../shared/taxonomy-labels.js';
import type { FilterKey, Filters } from './calendar-state.js';
import { filterName } from './event-labels.js';

export interface CalendarFiltersContext {
  uiLocale: string;
  /** Filters shown (presets set by the host page are not). */
  keys: readonly FilterKey[];
  selected: Filters;
  label: (key: FilterKey, code: string) => CodeLabel;
  /** The codes offered for a filter, in display order. */
  options: (key: FilterKey) => string[];
  onToggle: (key: FilterKey, code: string, checked: boolean) => void;
}

/**
 * One disclosure per filter with a checkbox per value: native `<details>`
 * and checkboxes, so keyboard and screen-reader support come with the
 * platform. "Kostenlos" and the time of day sit in one group "Wann und wie".
 */
export function calendarFilters(context: CalendarFiltersContext): TemplateResult | typeof nothing {
  if (context.keys.length === 0) return nothing;
  return html`<div class="filter-panel">
    <p class="label">${msg('Veranstaltungen eingrenzen', { id: 'calendar.filters.title' })}</p>
    <div class="filters" part="filters">
      ${context.keys.map((key) =>
        filterGroup({
          key,
          name: filterName(key),
          uiLocale: context.uiLocale,
          options: [...new Set([...context.options(key), ...context.selected[key]])].map((code) => ({ code })),
          selected: context.selected[key],
          labelOf: (code) => context.label(key, code),
          onToggle: (code, checked) => context.onToggle(key, code, checked),
        }),
      )}
    </div>
  </div>`;
}

export interface CalendarSearchContext extends CalendarFiltersContext {
  /** The search text typed so far. */
  text: string;
  onInput: (value: string) => void;
  /** The notice when the filters' names could not be loaded. */
  notice: unknown;
}

/** The search region above the period: the search field, the filters and the taxonomy notice. */
export function calendarSearch(context: CalendarSearchContext): TemplateResult {
  return html`<search class="controls" aria-label=${msg('Veranstaltungen filtern', { id: 'calendar.search-region' })}>
    ${searchField({
      id: 'search',
      label: msg('Suchbegriff', { id: 'search.label' }),
      hint: msg('Zum Beispiel Elternabend, Sprachcafé oder der Name eines Vereins.', { id: 'calendar.search.hint' }),
      value: context.text,
      onInput: context.onInput,
    })}
    ${calendarFilters(context)} ${context.notice}
  </search>`;
}
