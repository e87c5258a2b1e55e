/**
 * The order of the funding match and its pages, shared by the server and the
 * mocks so that both rank, count and page alike.
 *
 * Every programme within the presets is scored (cheap), but a page is cut
 * before its reasons are worded: building the plain-language reasons and the
 * JSON of all 500 programmes of a large tenant cost most of the match's time,
 * for cards nobody scrolls to.
 *
 * Order: best score first, then open before upcoming before closed, the
 * nearest deadline (none last), the title in the content locale, the id.
 */
import type { MatchResult } from './funding-matching.js';

/** What the ranking and the presets read of a programme. */
export interface RankableProgram {
  id: string;
  title: string;
  status: 'open' | 'upcoming' | 'closed';
  nextDeadline: string | null;
  kinds: readonly string[];
  topics: readonly string[];
  provider: { level: string };
}

export interface MatchCandidate<P extends RankableProgram> {
  program: P;
  result: MatchResult;
}

/** The page's presets: a programme passes with any of the codes of each list given. */
export interface MatchPresets {
  kind?: readonly string[] | undefined;
  topic?: readonly string[] | undefined;
  providerLevel?: readonly string[] | undefined;
}

export interface FitCounts {
  eligible: number;
  partial: number;
  ineligible: number;
}

export interface RankedPage<P extends RankableProgram> {
  page: MatchCandidate<P>[];
  total: number;
  fits: FitCounts;
  /** Where the next page starts, or null after the last one. */
  nextOffset: number | null;
}

/** Whether a programme is within the presets (one without topics suits every topic, as in the matching). */
export function withinPresets(program: RankableProgram, presets: MatchPresets): boolean {
  const { kind, topic, providerLevel } = presets;
  return (
    (!kind?.length || program.kinds.some((code) => kind.includes(code))) &&
    (!topic?.length || program.topics.length === 0 || program.topics.some((code) => topic.includes(code))) &&
    (!providerLevel?.length || providerLevel.includes(program.provider.level))
  );
}

/** Open before upcoming before closed: the order of every funding list (the match, the list, the mocks). */
export const FUNDING_STATUS_ORDER = { open: 0, upcoming: 1, closed: 2 } as const;
const NO_DEADLINE = '9999-12-31';

/** Sorts the candidates in place into the match order and returns them. */
export function rankCandidates<P extends RankableProgram>(candidates: MatchCandidate<P>[], locale: string): MatchCandidate<P>[] {
  // One collator for the whole sort: `localeCompare` with a locale builds one per comparison.
  const collator = new Intl.Collator(locale);
  return candidates.sort(
    ({ program: a, result: ra }, { program: b, result: rb }) =>
      rb.score - ra.score ||
      FUNDING_STATUS_ORDER[a.status] - FUNDING_STATUS_ORDER[b.status] ||
      compareText(a.nextDeadline ?? NO_DEADLINE, b.nextDeadline ?? NO_DEADLINE) ||
      collator.compare(a.title, b.title) ||
      compareText(a.id, b.id),
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One page of a ranking from `offset`, `limit` long; with `through`, longer
 * by whole pages until it includes that programme (ignored when it is not
 * ranked, or already before the page).
 */
export function pageOfRanking<P extends RankableProgram>(
  ranked: readonly MatchCandidate<P>[],
  { offset, limit, through }: { offset: number; limit: number; through?: string | undefined },
): RankedPage<P> {
  let end = offset + limit;
  const throughIndex = through === undefined ? -1 : ranked.findIndex((candidate) => candidate.program.id === through);
  if (throughIndex >= end) end = offset + Math.ceil((throughIndex + 1 - offset) / limit) * limit;
  const fits: FitCounts = { eligible: 0, partial: 0, ineligible: 0 };
  for (const { result } of ranked) fits[result.fit]++;
  return {
    page: ranked.slice(offset, end),
    total: ranked.length,
    fits,
    nextOffset: end < ranked.length ? end : null,
  };
}
