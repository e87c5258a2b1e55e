/**
 * Browse mode's page: its heading, the search region, the active filters,
 * what to take home (deadline feed, link to share) and the list.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { filterChips } from '../shared/filter-chips.js';
import { searchField } from '../shared/search-field.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import type { BrowseController } from './browse-controller.js';
import { browseChips, type BrowseCodes } from './browse-state.js';
import { BROWSE_KEYS, browseFilters, browseResults, takeHome } from './browse-view.js';
import type { FundingProgramSummary } from './funding-api.js';

export interface BrowsePageContext {
  browse: BrowseController;
  presets: BrowseCodes;
  uiLocale: string;
  labels: TaxonomyLabels;
  /** The widget's heading level; the page's heading sits one below. */
  headingLevel: number;
  feed: string | undefined;
  shareUrl: string | undefined;
  /** Copies the link to share. */
  onCopy: (url: string) => void;
  onOpen: (program: FundingProgramSummary) => void;
}

export function browsePage(context: BrowsePageContext): TemplateResult {
  const { browse, uiLocale, labels, headingLevel } = context;
  const { filters, programs } = browse;
  return html`<div role="heading" aria-level=${headingLevel + 1} id="browse-heading" class="section-title" tabindex="-1">${msg('Alle Förderprogramme', { id: 'funding.browse.title' })}</div>
    <search class="controls no-print" aria-label=${msg('Förderprogramme durchsuchen', { id: 'funding.browse.region' })}>
      ${searchField({
        id: 'search',
        label: msg('Suchbegriff', { id: 'search.label' }),
        hint: msg('Zum Beispiel Jugend, Miete oder Fest.', { id: 'funding.search.hint' }),
        value: filters.q,
        onInput: (value) => browse.input(value),
      })}
      ${browseFilters({
        uiLocale,
        labels,
        keys: BROWSE_KEYS.filter((key) => context.presets[key].length === 0),
        filters,
        facets: programs.meta?.facets,
        onToggle: (key, code, checked) => browse.toggle(key, code, checked),
        onDeadline: (value) => browse.setDeadline(value),
      })}
    </search>
    ${filterChips(browseChips(filters, labels), (filter) => browse.remove(filter), () => browse.clear(), headingLevel + 1)}
    ${takeHome({ feed: context.feed, shareUrl: context.shareUrl, copied: browse.copied, onCopy: () => context.onCopy(context.shareUrl ?? location.href) })}
    ${browseResults({
      status: programs.list.status,
      programs: programs.items,
      hasMore: Boolean(programs.meta?.nextCursor),
      loaded: programs.meta !== undefined,
      uiLocale,
      headingLevel: headingLevel + 2,
      onOpen: context.onOpen,
      onMore: () => void browse.loadMore(),
      onRetry: () => void programs.list.retry(),
    })}`;
}
