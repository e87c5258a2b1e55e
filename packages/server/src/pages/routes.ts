/** The server's own pages and static files: landing page, API reference, widget bundles, demo site. */
import { existsSync, readFileSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env.js';
import { join } from 'node:path';
import { repositoryRoot, serverPackageRoot } from '../paths.js';
import { registerEmbeddingDocs } from './embedding-docs.js';
import { PAGE_SECURITY_HEADERS } from './html.js';
import { landingPage, type FrontDoor } from './landing.js';
import { referencePage } from './reference.js';
import { integrityManifest, registerWidgetBundles, type IntegrityManifest } from './widget-bundles.js';

/**
 * URL prefix → absolute folder, e.g. `/teilhabe/` → the widgets' CDN build;
 * optional extra headers. `appShell` (a file in the folder) answers every
 * path without a file extension that has no file of its own: an app with its
 * own routes, such as the office app's `/office/bookings/<id>`.
 */
export type StaticMounts = Array<{
  urlPrefix: string;
  folder: string;
  headers?: Record<string, string>;
  appShell?: string;
  /** The widgets' bundles: also served at `<prefix>/<version>/`, immutable, with `integrity.json` (see widget-bundles.ts). */
  version?: string;
}>;


export function registerPages(
  app: OpenAPIHono<AppEnv>,
  options: { openApiDocument: unknown; staticMounts: StaticMounts; listTenants: () => Promise<Array<{ id: string; name: string }>>; publicBaseUrl?: string },
) {
  const css = readFileSync(join(serverPackageRoot, 'assets/pages.css'), 'utf8');
  const reference = referencePage(options.openApiDocument);
  const mounted = (prefix: string) => options.staticMounts.some((mount) => mount.urlPrefix === prefix);
  const hasGuides = registerEmbeddingDocs(app, join(repositoryRoot, 'docs/embedding'));
  const bundles = options.staticMounts.find((mount) => mount.version);
  let manifest: Promise<IntegrityManifest> | undefined;

  app.get('/', async (c) => {
    const tenants = await options.listTenants();
    const origin = options.publicBaseUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
    const door: FrontDoor = { hasDemo: mounted('/demo/'), hasEmbedBuilder: mounted('/embed/'), hasGuides, hasStorybook: mounted('/storybook/'), hasOffice: mounted('/office/') };
    if (bundles?.version) {
      manifest ??= integrityManifest(bundles.folder, bundles.version);
      const integrity = (await manifest).files['tk-mo-directory.js'];
      const tenant = tenants.find((t) => t.id === 'musterkreis') ?? tenants[0];
      if (integrity && tenant) door.widget = { origin, url: `${origin}${bundles.urlPrefix}${bundles.version}/tk-mo-directory.js`, integrity, tenant: tenant.id };
    }
    return c.html(landingPage(tenants, door), 200, PAGE_SECURITY_HEADERS);
  });
  app.get('/reference', (c) => c.html(reference, 200, PAGE_SECURITY_HEADERS));
  app.get('/assets/pages.css', (c) => c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/favicon.ico', (c) => c.body(null, 204));

  for (const { urlPrefix, folder, headers = {}, appShell, version } of options.staticMounts) {
    const prefix = urlPrefix.replace(/\/$/, '');
    if (version) {
      registerWidgetBundles(app, { prefix, folder, version });
      continue;
    }
    app.get(prefix, (c) => c.redirect(`${prefix}/`));
    app.use(
      `${prefix}/*`,
      serveStatic({
        root: folder,
        rewriteRequestPath: (path) => path.slice(prefix.length),
        onFound: (_path, c) => {
          c.header('Cache-Control', 'public, max-age=300');
          c.header('Access-Control-Allow-Origin', '*');
          for (const [name, value] of Object.entries(headers)) c.header(name, value);
        },
      }),
    );
    if (appShell && existsSync(join(folder, appShell))) {
      const shell = readFileSync(join(folder, appShell), 'utf8');
      app.get(`${prefix}/*`, (c, next) => (/\.[a-z0-9]+$/i.test(c.req.path) ? next() : c.html(shell, 200, { 'Cache-Control': 'no-cache', ...headers })));
    }
  }
}
