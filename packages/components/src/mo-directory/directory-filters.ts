import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { filterGroup, type FilterOption } from '../shared/filter-group.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';

/** The filter dimensions of the directory, as named in the API's query and facets. */
export const FILTER_KEYS = ['topic', 'type', 'language', 'area', 'offer'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Which taxonomy labels each filter's codes. */
export const TAXONOMY_OF: Record<FilterKey, 'topics' | 'organization-types' | 'languages' | 'areas' | 'offers'> = {
  topic: 'topics',
  type: 'organization-types',
  language: 'languages',
  area: 'areas',
  offer: 'offers',
};

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
function optionsFor(key: FilterKey, context: FiltersContext): FilterOption[] {
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

/** The filter panel: one group per filter the host page did not preset. */
export function directoryFilters(context: FiltersContext): TemplateResult {
  return html`<div class="filters" part="filters">
    ${context.keys.map((key) =>
      filterGroup({
        key,
        name: filterName(key),
        uiLocale: context.uiLocale,
        options: optionsFor(key, context),
        selected: context.selected[key],
        labelOf: (code) => context.labels.label(TAXONOMY_OF[key], code),
        onToggle: (code, checked) => context.onToggle(key, code, checked),
      }),
    )}
  </div>`;
}
