/**
 * What the reader chose in browse mode (search, filters, deadline) as the
 * API's query, as chips, and as URL parameters. The page's presets win over
 * the reader's choice of the same filter. The questionnaire's answers never
 * reach the URL: they describe the organisation.
 */
import { msg } from '@lit/localize';
import { parseCodes } from '../shared/codes.js';
import type { ActiveFilter } from '../shared/filter-chips.js';
import { plural } from '../shared/plural.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import type { FilterState } from '../shared/url-state.js';
import { BROWSE_KEYS, DEADLINE_VALUES, browseCodeLabel, type BrowseFilters, type BrowseKey, type DeadlineFilter } from './browse-view.js';
import { deadlineFilterLabel } from './labels.js';

export const URL_KEYS = ['mode', 'q', ...BROWSE_KEYS, 'deadline', 'program'] as const;
/** Programmes per page of the browse list. */
const PAGE_SIZE = 20;

export type BrowseCodes = Record<BrowseKey, string[]>;

/** The widget's preset attributes (`kind`, `topic`, `provider-level`) as codes per filter. */
export function presetCodes(kind: string, topic: string, providerLevel: string): BrowseCodes {
  return { kind: parseCodes(kind), topic: parseCodes(topic), providerLevel: parseCodes(providerLevel), applicant: [], supportType: [] };
}

/** The codes the API filters by: a preset wins over the reader's choice. */
export function effectiveCodes(presets: BrowseCodes, browse: BrowseFilters): BrowseCodes {
  return Object.fromEntries(BROWSE_KEYS.map((key) => [key, presets[key].length ? presets[key] : browse.codes[key]])) as BrowseCodes;
}

/** The filters of the list and of its deadline calendar. */
export function browseFilterQuery(presets: BrowseCodes, browse: BrowseFilters) {
  return { ...effectiveCodes(presets, browse), q: browse.q.trim() || undefined, deadline: browse.deadline || undefined };
}

/** One page of the list. */
export function programQuery(presets: BrowseCodes, browse: BrowseFilters, cursor?: string) {
  return { ...browseFilterQuery(presets, browse), limit: PAGE_SIZE, cursor };
}

/** The chosen filters and deadline as removable chips. */
export function browseChips(browse: BrowseFilters, labels: TaxonomyLabels): ActiveFilter[] {
  const chips: ActiveFilter[] = BROWSE_KEYS.flatMap((key) => browse.codes[key].map((code) => ({ key, code, ...browseCodeLabel(key, code, labels) })));
  if (browse.deadline) chips.push({ key: 'deadline', code: browse.deadline, label: deadlineFilterLabel(browse.deadline) });
  return chips;
}

/** The announced count of the list. */
export function programCountText(total: number, locale: string): string {
  if (total === 0) return msg('Kein Förderprogramm passt zu Ihrer Suche.', { id: 'funding.count.none' });
  return plural(total, locale, msg('one {# Förderprogramm gefunden} other {# Förderprogramme gefunden}', { id: 'funding.count' }));
}

/** The URL parameters: browse filters, mode and the open programme. */
export function browseToUrl(mode: 'guided' | 'browse', browse: BrowseFilters, programId: string | undefined): FilterState {
  return {
    mode: mode === 'browse' ? ['browse'] : [],
    q: browse.q ? [browse.q] : [],
    ...browse.codes,
    deadline: browse.deadline ? [browse.deadline] : [],
    program: programId ? [programId] : [],
  };
}

/** The browse filters of a URL; an unknown deadline value is dropped. */
export function browseFromUrl(saved: FilterState): BrowseFilters {
  const deadline = saved['deadline']?.[0] ?? '';
  return {
    q: saved['q']?.join(',') ?? '',
    deadline: (DEADLINE_VALUES as readonly string[]).includes(deadline) ? (deadline as DeadlineFilter) : '',
    codes: Object.fromEntries(BROWSE_KEYS.map((key) => [key, saved[key] ?? []])) as BrowseCodes,
  };
}
