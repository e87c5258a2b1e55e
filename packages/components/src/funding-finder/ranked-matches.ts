/**
 * The questionnaire's ranked results as the widget shows them: within the
 * page's presets, summarised by fit, and drawn a page at a time. Drawing
 * every card at once (500 programmes, 9 criteria each) took 1–3 s after the
 * last answer; with 20 the widget's own part is ~40 ms (the rest is the
 * server's match). The criterion texts are built only for the cards shown.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../shared/format.js';
import { plural } from '../shared/plural.js';
import type { BrowseCodes } from './browse-state.js';
import type { FundingMatch } from './funding-api.js';

/** Ranked results drawn at first and added by each "show more". */
export const RESULTS_PAGE = 20;

/** The matches the page's presets allow (a programme without topics suits every topic). */
export function matchesWithin(matches: readonly FundingMatch[], presets: BrowseCodes): FundingMatch[] {
  return matches.filter(
    ({ program }) =>
      (!presets.kind.length || program.kinds.some((code) => presets.kind.includes(code))) &&
      (!presets.topic.length || program.topics.length === 0 || program.topics.some((code) => presets.topic.includes(code))) &&
      (!presets.providerLevel.length || presets.providerLevel.includes(program.provider.level)),
  );
}

export function matchSummary(matches: readonly FundingMatch[], locale: string): string {
  const count = (fit: FundingMatch['fit']) => formatNumber(matches.filter((m) => m.fit === fit).length, locale);
  const eligible = count('eligible');
  const partial = count('partial');
  const ineligible = count('ineligible');
  return msg(str`Passt: ${eligible}. Passt vielleicht: ${partial}. Passt nicht: ${ineligible}.`, { id: 'funding.results.summary' });
}

/** "20 von 500 angezeigt" while not all ranked results are drawn, else nothing. */
export function shownText(shownCount: number, total: number, locale: string): string | undefined {
  if (total <= shownCount) return undefined;
  const shown = formatNumber(shownCount, locale);
  const all = formatNumber(total, locale);
  return msg(str`${shown} von ${all} angezeigt`, { id: 'results.shown' });
}

/** The summary for the status line; says the total when only the first results are drawn. */
export function matchAnnouncement(matches: readonly FundingMatch[], shownCount: number, locale: string): string {
  const shown = shownText(shownCount, matches.length, locale);
  return shown ? `${matchSummary(matches, locale)} ${shown}.` : matchSummary(matches, locale);
}

/** How many results to draw so that this programme is among them (after re-ranking or coming back from its detail). */
export function shownThrough(matches: readonly FundingMatch[], programId: string, shownCount: number): number {
  const index = matches.findIndex((match) => match.program.id === programId);
  return index >= shownCount ? Math.ceil((index + 1) / RESULTS_PAGE) * RESULTS_PAGE : shownCount;
}

export function moreResultsText(remaining: number, locale: string): string {
  return plural(remaining, locale, msg('one {Weiteres Ergebnis anzeigen (noch #)} other {Weitere Ergebnisse anzeigen (noch #)}', { id: 'funding.results.more' }));
}
