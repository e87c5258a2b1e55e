/**
 * One filter as a disclosure with a checkbox per value and, where known, its
 * number of matches. Native `<details>` and checkboxes: keyboard and
 * screen-reader support come with the platform. Every widget's filter panel
 * is a list of these (styles: `filter-panel.styles.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from './format.js';
import type { CodeLabel } from './taxonomy-labels.js';
import { contentText } from './fallback.js';

/** A value offered in a filter; `count` is its number of matches when the API tells. */
export interface FilterOption {
  code: string;
  count?: number | undefined;
}

export interface FilterGroupContext {
  /** The filter dimension, e.g. `topic`; ids and `data-filter-key` derive from it. */
  key: string;
  /** The visible name of the filter. */
  name: string;
  uiLocale: string;
  options: readonly FilterOption[];
  selected: readonly string[];
  labelOf: (code: string) => CodeLabel;
  onToggle: (code: string, checked: boolean) => void;
  /** Opens the disclosure (e.g. when something is chosen). */
  open?: boolean;
}

export function filterGroup(context: FilterGroupContext): TemplateResult {
  const { key, name, uiLocale, options, selected } = context;
  const chosen = selected.length;
  return html`<details class="filter-group" part="filter-group" data-filter-key=${key} ?open=${context.open ?? false}>
    <summary class="filter-summary">
      ${name}${chosen > 0 ? html` <span class="filter-chosen">${msg(str`(${formatNumber(chosen, uiLocale)} gewählt)`, { id: 'filters.chosen' })}</span>` : nothing}
    </summary>
    <fieldset class="filter-options">
      <legend class="visually-hidden">${name}</legend>
      ${options.length === 0 ? html`<p class="hint">${msg('Keine Auswahl möglich.', { id: 'filters.none' })}</p>` : nothing}
      <ul>
        ${repeat(
          options,
          (option) => option.code,
          (option) => {
            const { label, lang } = context.labelOf(option.code);
            const id = `filter-${key}-${option.code}`;
            return html`<li class="filter-option">
              <input
                type="checkbox"
                id=${id}
                .checked=${selected.includes(option.code)}
                @change=${(event: Event) => context.onToggle(option.code, (event.target as HTMLInputElement).checked)}
              />
              <label for=${id}>
                ${contentText(label, lang)}
                ${option.count !== undefined ? html`<span class="count">(${formatNumber(option.count, uiLocale)})</span>` : nothing}
              </label>
            </li>`;
          },
        )}
      </ul>
    </fieldset>
  </details>`;
}
