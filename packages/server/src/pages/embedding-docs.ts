/**
 * The CMS guides of `docs/embedding/`, rendered from the repository's
 * Markdown at `/docs/embedding/`, so a web team reads them on the server it
 * embeds from (the same text as in the repository, never a copy). The
 * example pages are templates with placeholders: served as source text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env.js';
import { PAGE_SECURITY_HEADERS, page } from './html.js';
import { renderMarkdown } from './markdown.js';

export const EMBEDDING_DOCS_PATH = '/docs/embedding/';

export function registerEmbeddingDocs(app: OpenAPIHono<AppEnv>, folder: string): boolean {
  if (!existsSync(join(folder, 'README.md'))) return false;
  const guides = new Map<string, string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
    const markdown = readFileSync(join(folder, file), 'utf8');
    const title = /^#\s+(.*)$/m.exec(markdown)?.[1] ?? file;
    const nav = `<p><a href="/">Start</a> · <a href="${EMBEDDING_DOCS_PATH}">CMS guides</a> · <a href="/embed/">Embed builder</a></p>`;
    guides.set(file, page(`${title} – Teilhabe-Kit`, `${nav}\n${renderMarkdown(markdown)}`));
  }
  const examples = join(folder, 'examples');
  const exampleFiles = existsSync(examples) ? new Set(readdirSync(examples)) : new Set<string>();

  app.get('/docs/embedding', (c) => c.redirect(EMBEDDING_DOCS_PATH));
  app.get(EMBEDDING_DOCS_PATH, (c) => c.html(guides.get('README.md')!, 200, PAGE_SECURITY_HEADERS));
  app.get(`${EMBEDDING_DOCS_PATH}examples/:file`, (c) => {
    const file = c.req.param('file');
    if (!exampleFiles.has(file)) return c.notFound();
    return c.body(readFileSync(join(examples, file), 'utf8'), 200, { 'Content-Type': 'text/plain; charset=utf-8', ...PAGE_SECURITY_HEADERS });
  });
  app.get(`${EMBEDDING_DOCS_PATH}:file`, (c) => {
    const html = guides.get(c.req.param('file'));
    return html ? c.html(html, 200, PAGE_SECURITY_HEADERS) : c.notFound();
  });
  return true;
}
