/**
 * The rules of funding programmes that need the database: ranking the
 * programmes against a profile with plain-language reasons, and what a stored
 * programme must satisfy beyond its schema. The pure rules live in
 * `domain/` (shared with the mocks); this module feeds them.
 */
import type { ApplicantProfile, FundingMatch, FundingProgramRecord, Locale } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { Invalid } from '../../domain/errors.js';
import { nextDeadline } from '../../domain/funding-deadlines.js';
import { matchProgram, type MatchableProgram } from '../../domain/funding-matching.js';
import { pageOfRanking, rankCandidates, withinPresets, type FitCounts, type MatchPresets, type RankableProgram } from '../../domain/funding-ranking.js';
import { reasonLanguageFor, withReason, type LabelOf, type ReasonLanguage } from '../../domain/funding-reasons.js';
import type { Tenant } from '../../domain/tenant.js';
import { Localizer } from '../../i18n/localizer.js';
import { listTerms } from '../taxonomies/repository.js';
import { toFundingSummary } from './mapping.js';
import { fundingPrograms, type FundingDoc, type FundingRow } from './repository.js';
import { fundingProgramErrors } from './validation.js';

/** The programme's side of the matching. */
export function matchableOf(doc: FundingDoc): MatchableProgram {
  return {
    status: doc.status,
    eligibleApplicants: doc.eligibleApplicants,
    seatInAreas: doc.requirements.seatInAreas,
    topics: doc.topics,
    supportTypes: doc.supportTypes,
    amount: doc.amount,
    deadlines: doc.deadlines,
    nonProfitRequired: doc.requirements.nonProfitRequired,
    ownContributionPercent: doc.requirements.ownContributionPercent,
  };
}

/** Taxonomy labels in the reason language, for the plain-language reasons. */
async function labelsFor(db: Kysely<DatabaseSchema>, tenantId: string, language: ReasonLanguage, defaultLocale: Locale): Promise<LabelOf> {
  const taxonomies = ['applicant-kinds', 'areas', 'topics'] as const;
  const terms = await Promise.all(taxonomies.map((name) => listTerms(db, tenantId, name, language, defaultLocale)));
  const labels = new Map<string, string>();
  taxonomies.forEach((name, index) => terms[index]!.forEach((term) => labels.set(`${name}/${term.code}`, term.label)));
  return (taxonomy, code) => labels.get(`${taxonomy}/${code}`) ?? code;
}

/** What the ranking reads of a stored programme; only the page's summaries are built. */
function rankableOf(row: FundingRow, titles: Localizer, today: string): RankableProgram & { row: FundingRow } {
  const { doc } = row;
  return {
    id: row.id,
    title: titles.text('title', doc.title),
    status: doc.status,
    nextDeadline: nextDeadline(doc.deadlines, today),
    kinds: doc.kinds,
    topics: doc.topics,
    provider: doc.provider,
    row,
  };
}

export interface MatchPageQuery extends MatchPresets {
  offset: number;
  limit: number;
  through?: string | undefined;
}

/**
 * A page of the tenant's programmes ranked for the profile (see
 * domain/funding-ranking.ts for the order), with the fit counts of all of
 * them. Only the page's summaries and reasons are built. The profile is used
 * for this answer only.
 */
export async function rankProgramsFor(
  db: Kysely<DatabaseSchema>,
  tenant: Tenant,
  profile: ApplicantProfile,
  locale: Locale,
  today: string,
  query: MatchPageQuery,
): Promise<{ data: FundingMatch[]; total: number; fits: FitCounts; nextOffset: number | null }> {
  const language = reasonLanguageFor(locale);
  const [rows, labelOf] = await Promise.all([fundingPrograms(db, tenant.id), labelsFor(db, tenant.id, language, tenant.defaultLocale)]);
  // The sort reads titles only; no per-record translation notes are needed for that.
  const titles = new Localizer(locale, tenant.defaultLocale);
  const candidates = rows
    .map((row) => rankableOf(row, titles, today))
    .filter((program) => withinPresets(program, query))
    .map((program) => ({ program, result: matchProgram(matchableOf(program.row.doc), profile, today) }));
  const { page, total, fits, nextOffset } = pageOfRanking(rankCandidates(candidates, locale), query);
  const data = page.map(({ program, result }) => ({
    program: toFundingSummary(program.row, locale, tenant.defaultLocale, today),
    fit: result.fit,
    score: result.score,
    criteria: result.criteria.map((verdict) => withReason(verdict, language, labelOf)),
  }));
  return { data, total, fits, nextOffset };
}

export async function checkFundingProgram(db: Kysely<DatabaseSchema>, tenantId: string, pathId: string, record: FundingProgramRecord) {
  const errors = await fundingProgramErrors(db, tenantId, pathId, record);
  if (errors.length) throw new Invalid('The funding programme is invalid', errors);
}
