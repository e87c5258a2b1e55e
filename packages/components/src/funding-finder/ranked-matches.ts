/**
 * The questionnaire's ranked results as the widget shows them: summarised by
 * fit and fetched a page at a time. The server ranks within the page's
 * presets and words the reasons only for the page it returns (a full answer
 * for 500 programmes was 1.2 MB, and drawing every card took 1–3 s).
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../shared/format.js';
import { plural } from '../shared/plural.js';
import type { FundingMatchResponse } from './funding-api.js';

/** Ranked results fetched at first and added by each "show more". */
export const RESULTS_PAGE = 20;

export type FitCounts = FundingMatchResponse['meta']['fits'];

export function matchSummary(fits: FitCounts, locale: string): string {
  const eligible = formatNumber(fits.eligible, locale);
  const partial = formatNumber(fits.partial, locale);
  const ineligible = formatNumber(fits.ineligible, locale);
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
export function matchAnnouncement(meta: FundingMatchResponse['meta'], shownCount: number, locale: string): string {
  const shown = shownText(shownCount, meta.total, locale);
  return shown ? `${matchSummary(meta.fits, locale)} ${shown}.` : matchSummary(meta.fits, locale);
}

export function moreResultsText(remaining: number, locale: string): string {
  return plural(remaining, locale, msg('one {Weiteres Ergebnis anzeigen (noch #)} other {Weitere Ergebnisse anzeigen (noch #)}', { id: 'funding.results.more' }));
}
