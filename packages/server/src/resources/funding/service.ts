/**
 * The rules of funding programmes that need the database: ranking every
 * programme against a profile with plain-language reasons, and what a stored
 * programme must satisfy beyond its schema. The pure rules live in
 * `domain/` (shared with the mocks); this module feeds them.
 */
import type { ApplicantProfile, FundingMatch, FundingProgramRecord, Locale } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { Invalid } from '../../domain/errors.js';
import { matchProgram, type MatchableProgram } from '../../domain/funding-matching.js';
import { reasonLanguageFor, withReason, type LabelOf, type ReasonLanguage } from '../../domain/funding-reasons.js';
import type { Tenant } from '../../domain/tenant.js';
import { listTerms } from '../taxonomies/repository.js';
import { toFundingSummary } from './mapping.js';
import { fundingPrograms, type FundingDoc } from './repository.js';
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

const STATUS_ORDER = { open: 0, upcoming: 1, closed: 2 } as const;

/**
 * Every programme of the tenant with its fit for the profile: best score
 * first, then open before upcoming before closed, the nearest deadline, the
 * title. The profile is used for this answer only.
 */
export async function rankProgramsFor(db: Kysely<DatabaseSchema>, tenant: Tenant, profile: ApplicantProfile, locale: Locale, today: string): Promise<FundingMatch[]> {
  const language = reasonLanguageFor(locale);
  const [rows, labelOf] = await Promise.all([fundingPrograms(db, tenant.id), labelsFor(db, tenant.id, language, tenant.defaultLocale)]);
  const matches = rows.map((row) => {
    const result = matchProgram(matchableOf(row.doc), profile, today);
    return {
      row,
      program: toFundingSummary(row, locale, tenant.defaultLocale, today),
      fit: result.fit,
      score: result.score,
      criteria: result.criteria.map((verdict) => withReason(verdict, language, labelOf)),
    };
  });
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      STATUS_ORDER[a.row.doc.status] - STATUS_ORDER[b.row.doc.status] ||
      (a.program.nextDeadline ?? '9999').localeCompare(b.program.nextDeadline ?? '9999') ||
      a.program.title.localeCompare(b.program.title, locale),
  );
  return matches.map(({ program, fit, score, criteria }) => ({ program, fit, score, criteria }));
}

export async function checkFundingProgram(db: Kysely<DatabaseSchema>, tenantId: string, pathId: string, record: FundingProgramRecord) {
  const errors = await fundingProgramErrors(db, tenantId, pathId, record);
  if (errors.length) throw new Invalid('The funding programme is invalid', errors);
}
