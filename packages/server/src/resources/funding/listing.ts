/**
 * Filters, facets and order of the programme list, in memory over a tenant's
 * programmes (see repository.ts for why).
 *
 * - Every filter takes several codes and matches a programme that has any of them.
 * - `deadline=open-now`: status open; `soon`: not closed and the next deadline
 *   within 30 days (today included); `none`: rolling deadlines.
 * - Facets are disjunctive: each facet is counted under all the other filters.
 * - Without `q`: open before upcoming before closed, then the nearest next
 *   deadline (none last), then the German title. With `q`: by relevance.
 */
import { isSoon, nextDeadline } from '../../domain/funding-deadlines.js';
import { FUNDING_STATUS_ORDER } from '../../domain/funding-ranking.js';
import type { FundingDoc, FundingRow } from './repository.js';

export const FUNDING_FACETS = ['kind', 'topic', 'providerLevel', 'applicant', 'supportType'] as const;
export type FundingFacet = (typeof FUNDING_FACETS)[number];

export interface FundingFilters {
  kind?: string[] | undefined;
  topic?: string[] | undefined;
  providerLevel?: string[] | undefined;
  applicant?: string[] | undefined;
  supportType?: string[] | undefined;
  deadline?: 'open-now' | 'soon' | 'none' | undefined;
}

const codesOf: Record<FundingFacet, (doc: FundingDoc) => readonly string[]> = {
  kind: (doc) => doc.kinds,
  topic: (doc) => doc.topics,
  providerLevel: (doc) => [doc.provider.level],
  applicant: (doc) => doc.eligibleApplicants,
  supportType: (doc) => doc.supportTypes,
};

function deadlineMatches(doc: FundingDoc, filter: FundingFilters['deadline'], today: string): boolean {
  switch (filter) {
    case undefined:
      return true;
    case 'open-now':
      return doc.status === 'open';
    case 'soon':
      return doc.status !== 'closed' && isSoon(nextDeadline(doc.deadlines, today), today);
    case 'none':
      return doc.deadlines.kind === 'rolling';
  }
}

export function matchesFilters(doc: FundingDoc, filters: FundingFilters, today: string, skip?: FundingFacet): boolean {
  for (const facet of FUNDING_FACETS) {
    const wanted = filters[facet];
    if (facet === skip || !wanted?.length) continue;
    const codes = codesOf[facet](doc);
    if (!wanted.some((code) => codes.includes(code))) return false;
  }
  return deadlineMatches(doc, filters.deadline, today);
}

export function facetsOf(rows: readonly FundingRow[], filters: FundingFilters, today: string): Record<FundingFacet, { code: string; count: number }[]> {
  const facets = {} as Record<FundingFacet, { code: string; count: number }[]>;
  for (const facet of FUNDING_FACETS) {
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (!matchesFilters(row.doc, filters, today, facet)) continue;
      for (const code of new Set(codesOf[facet](row.doc))) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    facets[facet] = [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
  return facets;
}

/** The default order (no search): open first, nearest deadline, title. */
export function byUrgency(today: string) {
  return (a: FundingRow, b: FundingRow) => {
    const status = FUNDING_STATUS_ORDER[a.doc.status] - FUNDING_STATUS_ORDER[b.doc.status];
    if (status) return status;
    const nextA = nextDeadline(a.doc.deadlines, today) ?? '9999-12-31';
    const nextB = nextDeadline(b.doc.deadlines, today) ?? '9999-12-31';
    if (nextA !== nextB) return nextA < nextB ? -1 : 1;
    return a.doc.title.de.localeCompare(b.doc.title.de, 'de') || a.id.localeCompare(b.id);
  };
}
