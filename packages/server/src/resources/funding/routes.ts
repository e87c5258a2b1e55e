import { FundingProgramInput, routes, type Locale } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { AppDependencies } from '../../app-dependencies.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { versionTag, writeVersioned } from '../../records/versioned-write.js';
import type { AppEnv } from '../../http/env.js';
import { decodeCursor, nextCursor } from '../../http/pagination.js';
import { ProblemError, notFound } from '../../http/problem.js';
import { listTerms } from '../taxonomies/repository.js';
import { todayIn } from '../../domain/funding-deadlines.js';
import { deadlinesCalendar } from './ical-feed.js';
import { byUrgency, facetsOf, matchesFilters, type FundingFilters } from './listing.js';
import { toFundingProgram, toFundingSummary } from './mapping.js';
import { matchProgram, type MatchableProgram } from '../../domain/funding-matching.js';
import { reasonLanguageFor, withReason, type LabelOf, type ReasonLanguage } from '../../domain/funding-reasons.js';
import { deleteFundingProgram, findFundingProgram, fundingPrograms, saveFundingProgram, type FundingDoc, type FundingRow } from './repository.js';
import { fundingProgramErrors } from './validation.js';

function filtersOf(query: FundingFilters): FundingFilters {
  return {
    kind: query.kind,
    topic: query.topic,
    providerLevel: query.providerLevel,
    applicant: query.applicant,
    supportType: query.supportType,
    deadline: query.deadline,
  };
}

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

export function registerFundingRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  app.openapi(routes.listFundingPrograms, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    const locale = c.get('locale');
    const today = todayIn(now());
    const offset = decodeCursor(query.cursor);
    const filters = filtersOf(query);
    const rows = await fundingPrograms(db, tenant.id, query.q);
    const matching = rows.filter((row) => matchesFilters(row.doc, filters, today));
    if (!query.q) matching.sort(byUrgency(today));
    const page = matching.slice(offset, offset + query.limit);
    return c.json(
      {
        data: page.map((row) => toFundingSummary(row, locale, tenant.defaultLocale, today)),
        meta: { total: matching.length, nextCursor: nextCursor(offset, query.limit, matching.length), facets: facetsOf(rows, filters, today), locale },
      },
      200,
    );
  });

  app.openapi(routes.getFundingProgram, async (c) => {
    const { id } = c.req.valid('param');
    const tenant = c.get('tenant');
    const row = await findFundingProgram(db, tenant.id, id);
    if (!row) throw notFound('Funding programme', id);
    return c.json({ data: toFundingProgram(row, c.get('locale'), tenant.defaultLocale, todayIn(now())) }, 200);
  });

  // The profile is used for this answer only: it is not stored, and not logged.
  app.openapi(routes.matchFundingPrograms, async (c) => {
    const profile = c.req.valid('json');
    const tenant = c.get('tenant');
    const locale = c.get('locale');
    const today = todayIn(now());
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
    c.header('Cache-Control', 'no-store');
    return c.json({ data: matches.map(({ program, fit, score, criteria }) => ({ program, fit, score, criteria })), meta: { total: matches.length, locale } }, 200);
  });

  app.openapi(routes.fundingDeadlinesFeed, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    const today = todayIn(now());
    let rows: FundingRow[];
    if (query.program) {
      const row = await findFundingProgram(db, tenant.id, query.program);
      if (!row) throw notFound('Funding programme', query.program);
      rows = [row];
    } else {
      const filters = filtersOf(query);
      rows = (await fundingPrograms(db, tenant.id, query.q)).filter((row) => matchesFilters(row.doc, filters, today));
    }
    const body = deadlinesCalendar(rows, { tenant, locale: c.get('locale'), today });
    const headers: Record<string, string> = { 'Content-Type': 'text/calendar; charset=utf-8' };
    if (query.program) headers['Content-Disposition'] = `attachment; filename="${query.program.replace(/[^a-z0-9-]/g, '')}-fristen.ics"`;
    return c.body(body, 200, headers);
  });

  app.openapi(routes.putFundingProgram, async (c) => {
    const { id } = c.req.valid('param');
    const record = FundingProgramInput.parse(c.req.valid('json'));
    const tenant = c.get('tenant');
    const errors = await fundingProgramErrors(db, tenant.id, id, record);
    if (errors.length) throw new ProblemError({ status: 400, type: 'validation', title: 'The funding programme is invalid', errors });
    const version = await writeVersioned(c, db, { collection: 'funding-programs', id, operation: 'put', write: (trx) => saveFundingProgram(trx, tenant.id, record, now()) });
    const saved = (await findFundingProgram(db, tenant.id, id))!;
    return c.json({ data: toFundingProgram(saved, c.get('locale'), tenant.defaultLocale, todayIn(now())) }, 200, { ETag: versionTag(version!) });
  });

  app.openapi(routes.deleteFundingProgram, async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await writeVersioned(c, db, { collection: 'funding-programs', id, operation: 'delete', write: (trx) => deleteFundingProgram(trx, c.get('tenant').id, id) });
    if (deleted === undefined) throw notFound('Funding programme', id);
    return c.body(null, 204);
  });
}

