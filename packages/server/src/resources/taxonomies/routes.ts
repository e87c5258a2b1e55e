import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app-dependencies.js';
import { auditActorOf } from '../../audit/audit-log.js';
import type { AppEnv } from '../../http/env.js';
import { parseIfMatch, versionTag } from '../../records/versioned-write.js';
import { listTerms } from './repository.js';
import { removeTerm, storedTerms, writeTerm } from './service.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerTaxonomyRoutes(app: OpenAPIHono<AppEnv>, { db }: AppDependencies) {
  app.openapi(routes.getTaxonomy, async (c) => {
    const { name } = c.req.valid('param');
    const tenant = c.get('tenant');
    const data = await listTerms(db, tenant.id, name, c.get('locale'), tenant.defaultLocale);
    return c.json({ data, meta: { total: data.length, nextCursor: null, locale: c.get('locale') } }, 200);
  });

  app.openapi(routes.listTaxonomyTerms, async (c) => {
    const { name } = c.req.valid('param');
    return c.json({ data: await storedTerms(db, c.get('tenant').id, name) }, 200, PRIVATE);
  });

  app.openapi(routes.putTaxonomyTerm, async (c) => {
    const { name, code } = c.req.valid('param');
    const precondition = { ifMatch: parseIfMatch(c.req.header('if-match')), createOnly: c.req.valid('header')['if-none-match'] === '*' };
    const term = await writeTerm(db, c.get('tenant').id, auditActorOf(c), name, code, c.req.valid('json'), precondition);
    return c.json({ data: term }, 200, { ...PRIVATE, ETag: versionTag(term.version) });
  });

  app.openapi(routes.deleteTaxonomyTerm, async (c) => {
    const { name, code } = c.req.valid('param');
    await removeTerm(db, c.get('tenant').id, auditActorOf(c), name, code, { ifMatch: parseIfMatch(c.req.header('if-match')) });
    return c.body(null, 204);
  });
}
