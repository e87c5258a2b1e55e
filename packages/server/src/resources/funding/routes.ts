import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app-dependencies.js';
import { versionTag, writeVersioned } from '../../records/versioned-write.js';
import type { AppEnv } from '../../http/env.js';
import { decodeCursor, encodeCursor, nextCursor } from '../../http/pagination.js';
import { notFound } from '../../http/problem.js';
import { todayIn } from '../../domain/funding-deadlines.js';
import { deadlinesCalendar } from './ical-feed.js';
import { byUrgency, facetsOf, matchesFilters, type FundingFilters } from './listing.js';
import { toFundingProgram, toFundingSummary } from './mapping.js';
import { deleteFundingProgram, findFundingProgram, fundingPrograms, saveFundingProgram, type FundingRow } from './repository.js';
import { checkFundingProgram, rankProgramsFor } from './service.js';

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

export function registerFundingRoutes(app: OpenAPIHono<AppEnv>, { db, now }: AppDependencies) {
  app.openapi(routes.listFundingPrograms, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    const locale = c.get('locale');
    const today = todayIn(now(), tenant.timeZone);
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
    return c.json({ data: toFundingProgram(row, c.get('locale'), tenant.defaultLocale, todayIn(now(), tenant.timeZone)) }, 200);
  });

  // The profile is used for this answer only: it is not stored, and not logged.
  app.openapi(routes.matchFundingPrograms, async (c) => {
    const profile = c.req.valid('json');
    const { kind, topic, providerLevel, through, limit, cursor } = c.req.valid('query');
    const tenant = c.get('tenant');
    const locale = c.get('locale');
    const today = todayIn(now(), tenant.timeZone);
    const offset = decodeCursor(cursor);
    const ranking = await rankProgramsFor(db, tenant, profile, locale, today, { kind, topic, providerLevel, through, offset, limit });
    const next = ranking.nextOffset === null ? null : encodeCursor(ranking.nextOffset);
    c.header('Cache-Control', 'no-store');
    return c.json({ data: ranking.data, meta: { total: ranking.total, nextCursor: next, fits: ranking.fits, locale } }, 200);
  });

  app.openapi(routes.fundingDeadlinesFeed, async (c) => {
    const query = c.req.valid('query');
    const tenant = c.get('tenant');
    const today = todayIn(now(), tenant.timeZone);
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
    const record = c.req.valid('json');
    const tenant = c.get('tenant');
    await checkFundingProgram(db, tenant.id, id, record);
    const version = await writeVersioned(c, db, { collection: 'funding-programs', id, operation: 'put', write: (trx) => saveFundingProgram(trx, tenant.id, record, now()) });
    const saved = (await findFundingProgram(db, tenant.id, id))!;
    return c.json({ data: toFundingProgram(saved, c.get('locale'), tenant.defaultLocale, todayIn(now(), tenant.timeZone)) }, 200, { ETag: versionTag(version!) });
  });

  app.openapi(routes.deleteFundingProgram, async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await writeVersioned(c, db, { collection: 'funding-programs', id, operation: 'delete', write: (trx) => deleteFundingProgram(trx, c.get('tenant').id, id) });
    if (deleted === undefined) throw notFound('Funding programme', id);
    return c.body(null, 204);
  });
}

