import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import { contentText } from './fallback.js';

/** One active filter value, shown as a removable chip. */
export interface ActiveFilter {
  /** The filter dimension, e.g. `topic`. */
  key: string;
  /** The code of the chosen value, e.g. `youth-education`. */
  code: string;
  /** The label in the reader's language. */
  label: string;
  /** `lang` of the label when it is not in the UI language (a fallen-back taxonomy label). */
  lang?: string | undefined;
}

/**
 * The active filters as a list of buttons: activating one removes that filter.
 * A "remove all" button follows when more than one is active. Its heading
 * sits at `headingLevel`, one below the widget's own.
 */
export function filterChips(
  filters: readonly ActiveFilter[],
  onRemove: (filter: ActiveFilter) => void,
  onClearAll: () => void,
  headingLevel: number,
): TemplateResult | typeof nothing {
  if (filters.length === 0) return nothing;
  return html`<div class="chips" part="chips">
    <div role="heading" aria-level=${headingLevel} class="visually-hidden" id="chips-heading">${msg('Aktive Filter', { id: 'filters.active' })}</div>
    <ul class="chip-list" aria-labelledby="chips-heading">
      ${repeat(
        filters,
        (filter) => `${filter.key}:${filter.code}`,
        (filter) => html`<li>
          <button type="button" class="chip" part="chip" data-filter=${`${filter.key}:${filter.code}`} @click=${() => onRemove(filter)}>
            ${contentText(filter.label, filter.lang)}
            <span class="visually-hidden">${msg('(Filter entfernen)', { id: 'filters.remove' })}</span>
            <span class="chip-x" aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
    </ul>
    ${filters.length > 1
      ? html`<button type="button" class="link-button" part="clear-filters" @click=${onClearAll}>
          ${msg('Alle Filter entfernen', { id: 'filters.clear-all' })}
        </button>`
      : nothing}
  </div>`;
}

/**
 * Once a chip's button is gone, keeps keyboard focus inside the widget: on
 * the next chip, or on the search field when no filter is left.
 */
export function focusNextChipOrSearch(root: ParentNode): void {
  const next = root.querySelector<HTMLElement>('.chip') ?? root.querySelector<HTMLElement>('input[type="search"]');
  next?.focus();
}
