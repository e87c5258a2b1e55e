import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../http/env.js';
import { listTerms } from './repository.js';

export function registerTaxonomyRoutes(app: OpenAPIHono<AppEnv>, { db }: AppDependencies) {
  app.openapi(routes.getTaxonomy, async (c) => {
    const { name } = c.req.valid('param');
    const tenant = c.get('tenant');
    const data = await listTerms(db, tenant.id, name, c.get('locale'), tenant.defaultLocale);
    return c.json({ data, meta: { total: data.length, nextCursor: null, locale: c.get('locale') } }, 200);
  });
}
