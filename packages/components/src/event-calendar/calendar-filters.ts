import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../shared/format.js';
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
      ${context.keys.map((key) => {
        const codes = [...new Set([...context.options(key), ...context.selected[key]])];
        const chosen = context.selected[key].length;
        const name = filterName(key);
        return html`<details class="filter-group" part="filter-group" data-filter-key=${key}>
          <summary class="filter-summary">
            ${name}${chosen > 0
              ? html` <span class="filter-chosen">${msg(str`(${formatNumber(chosen, context.uiLocale)} gewählt)`, { id: 'filters.chosen' })}</span>`
              : nothing}
          </summary>
          <fieldset class="filter-options">
            <legend class="visually-hidden">${name}</legend>
            ${codes.length === 0 ? html`<p class="hint">${msg('Keine Auswahl möglich.', { id: 'filters.none' })}</p>` : nothing}
            <ul>
              ${repeat(
                codes,
                (code) => code,
                (code) => {
                  const { label, lang } = context.label(key, code);
                  const id = `filter-${key}-${code}`;
                  return html`<li class="filter-option">
                    <input
                      type="checkbox"
                      id=${id}
                      .checked=${context.selected[key].includes(code)}
                      @change=${(event: Event) => context.onToggle(key, code, (event.target as HTMLInputElement).checked)}
                    />
                    <label for=${id}><span lang=${lang ?? nothing}>${label}</span></label>
                  </li>`;
                },
              )}
            </ul>
          </fieldset>
        </details>`;
      })}
    </div>
  </div>`;
}
