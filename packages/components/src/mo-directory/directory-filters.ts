import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../shared/format.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import { TAXONOMY_OF, type FilterKey } from './directory-state.js';

/** What the filter panel needs. */
export interface FiltersContext {
  uiLocale: string;
  labels: TaxonomyLabels;
  /** Filters shown (presets set by the host page are not). */
  keys: readonly FilterKey[];
  selected: Record<FilterKey, string[]>;
  facets: Record<string, { code: string; count: number }[]> | undefined;
  onToggle: (key: FilterKey, code: string, checked: boolean) => void;
}

/** The visible name of each filter. */
export function filterName(key: FilterKey): string {
  switch (key) {
    case 'topic':
      return msg('Thema', { id: 'filters.topic' });
    case 'type':
      return msg('Art der Organisation', { id: 'filters.type' });
    case 'language':
      return msg('Gesprochene Sprache', { id: 'filters.language' });
    case 'area':
      return msg('Ort', { id: 'filters.area' });
    case 'offer':
      return msg('Angebot', { id: 'filters.offer' });
  }
}

/** The codes to offer: those with matches, plus any already chosen; taxonomy order first. */
function optionsFor(key: FilterKey, context: FiltersContext): { code: string; count: number | undefined }[] {
  const counts = new Map((context.facets?.[key] ?? []).map((facet) => [facet.code, facet.count]));
  const taxonomyOrder = context.labels.codes(TAXONOMY_OF[key]);
  const codes = new Set<string>();
  const known = context.facets ? [...counts.keys()] : taxonomyOrder;
  if (key === 'language') {
    [...known].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0)).forEach((code) => codes.add(code));
  } else {
    taxonomyOrder.filter((code) => !context.facets || counts.has(code)).forEach((code) => codes.add(code));
    known.forEach((code) => codes.add(code));
  }
  context.selected[key].forEach((code) => codes.add(code));
  return [...codes]
    .map((code) => ({ code, count: context.facets ? (counts.get(code) ?? 0) : undefined }))
    .filter((option) => option.count !== 0 || context.selected[key].includes(option.code));
}

/**
 * One disclosure per filter with a checkbox per value and its number of
 * matches. Native `<details>` and checkboxes: keyboard and screen-reader
 * support come with the platform.
 */
export function directoryFilters(context: FiltersContext): TemplateResult {
  return html`<div class="filters" part="filters">
    ${context.keys.map((key) => {
      const options = optionsFor(key, context);
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
          ${options.length === 0
            ? html`<p class="hint">${msg('Keine Auswahl möglich.', { id: 'filters.none' })}</p>`
            : nothing}
          <ul>
            ${repeat(
              options,
              (option) => option.code,
              (option) => {
                const { label, lang } = context.labels.label(TAXONOMY_OF[key], option.code);
                const id = `filter-${key}-${option.code}`;
                return html`<li class="filter-option">
                  <input
                    type="checkbox"
                    id=${id}
                    .checked=${context.selected[key].includes(option.code)}
                    @change=${(event: Event) => context.onToggle(key, option.code, (event.target as HTMLInputElement).checked)}
                  />
                  <label for=${id}>
                    <span lang=${lang ?? nothing}>${label}</span>
                    ${option.count !== undefined
                      ? html`<span class="count">(${formatNumber(option.count, context.uiLocale)})</span>`
                      : nothing}
                  </label>
                </li>`;
              },
            )}
          </ul>
        </fieldset>
      </details>`;
    })}
  </div>`;
}
