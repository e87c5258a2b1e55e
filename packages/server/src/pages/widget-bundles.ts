/**
 * The widgets' browser bundles as a CMS embeds them:
 *
 * - `/teilhabe/<version>/…` is immutable: a page that names a version keeps
 *   exactly the code it was tested with, cached for a year.
 * - `/teilhabe/…` is the moving "latest", cached for five minutes, so an
 *   update reaches pages that opted into it without a long wait.
 * - Chunks with a content hash in their name (`de-7QX2LJ4A.js`) are immutable
 *   under both paths: a new build gives them a new name.
 * - `integrity.json` lists a sha384 Subresource Integrity hash per file, for
 *   the `integrity` attribute of the snippets.
 *
 * One server holds one build, so only its own version is served; an older
 * version answers 404 with the version that is here (keep older builds on
 * the municipality's own web server if pages still name them; see
 * docs/embedding/README.md).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Next } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const LATEST = 'public, max-age=300';

/** esbuild's `[name]-[hash]` chunk names end in eight upper-case letters or digits. */
const HASHED_FILE = /-[A-Z0-9]{8}\.(?:js|css)$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export interface IntegrityManifest {
  version: string;
  algorithm: 'sha384';
  /** Path below the version folder → `sha384-…`, as the `integrity` attribute takes it. */
  files: Record<string, string>;
}

export async function integrityManifest(folder: string, version: string): Promise<IntegrityManifest> {
  const files: Record<string, string> = {};
  for (const path of (await filesBelow(folder)).sort()) {
    if (!/\.(?:js|css)$/.test(path)) continue;
    const digest = createHash('sha384').update(await readFile(join(folder, path))).digest('base64');
    files[path] = `sha384-${digest}`;
  }
  return { version, algorithm: 'sha384', files };
}

async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Mounts the bundles in `folder` at `prefix` (`/teilhabe`) and at
 * `prefix/<version>`. The manifest is computed once: the files of a running
 * server's version do not change under it.
 */
export function registerWidgetBundles(app: OpenAPIHono<AppEnv>, options: { prefix: string; folder: string; version: string }) {
  const { prefix, folder, version } = options;
  let manifest: Promise<IntegrityManifest> | undefined;
  const integrity = async (c: Context) => {
    manifest ??= integrityManifest(folder, version);
    return c.json(await manifest, 200, { 'Cache-Control': c.req.path.startsWith(`${prefix}/${version}/`) ? IMMUTABLE : LATEST, 'Access-Control-Allow-Origin': '*' });
  };

  const serveFrom = (mountedAt: string, cacheFor: (path: string) => string) =>
    serveStatic({
      root: folder,
      rewriteRequestPath: (path) => path.slice(mountedAt.length),
      onFound: (path, c) => {
        c.header('Cache-Control', cacheFor(path));
        c.header('Access-Control-Allow-Origin', '*');
        // Module scripts from another origin need CORS; SRI needs it too (`crossorigin`).
        c.header('Cross-Origin-Resource-Policy', 'cross-origin');
      },
    });

  app.get(prefix, (c) => c.redirect(`${prefix}/`));
  app.get(`${prefix}/integrity.json`, integrity);
  app.get(`${prefix}/${version}/integrity.json`, integrity);
  app.use(`${prefix}/${version}/*`, serveFrom(`${prefix}/${version}`, () => IMMUTABLE));
  app.use(`${prefix}/:segment/*`, otherVersionNotHere(prefix, version));
  app.use(`${prefix}/*`, serveFrom(prefix, (path) => (HASHED_FILE.test(path) ? IMMUTABLE : LATEST)));
}

/** `/teilhabe/0.0.9/tk-…` on a server with 0.1.0: a clear 404 instead of the wrong code. */
function otherVersionNotHere(prefix: string, version: string) {
  return async (c: Context, next: Next) => {
    const segment = c.req.param('segment') ?? '';
    if (!SEMVER.test(segment) || segment === version) return next();
    return c.json(
      {
        type: 'about:blank',
        title: 'Version not served here',
        status: 404,
        detail: `This server serves the widgets of version ${version} (${prefix}/${version}/) and the latest build (${prefix}/). Version ${segment} is not here.`,
      },
      404,
      { 'Content-Type': 'application/problem+json', 'Access-Control-Allow-Origin': '*' },
    );
  };
}
