/**
 * The landing page as the front door for web teams: a versioned snippet with
 * the hash the server publishes, links to the embed builder, the CMS guides,
 * Storybook (only when built), the API reference and the office app; the
 * guides are served rendered from docs/embedding/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { STRICT_EMBEDDING_HEADERS } from '../../packages/server/src/pages/html.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('front door', () => {
  let full: LiveServer;
  let bare: LiveServer;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tk-door-'));
    mkdirSync(join(folder, 'cdn'));
    mkdirSync(join(folder, 'storybook'));
    writeFileSync(join(folder, 'cdn/tk-mo-directory.js'), 'customElements.define("tk-mo-directory", class extends HTMLElement {});\n');
    writeFileSync(join(folder, 'storybook/index.html'), '<!doctype html><title>Storybook</title>');
    full = await startLiveServer({
      staticMounts: [
        { urlPrefix: '/teilhabe/', folder: join(folder, 'cdn'), version: '2.3.4' },
        { urlPrefix: '/embed/', folder: join(root, 'embed'), headers: STRICT_EMBEDDING_HEADERS },
        { urlPrefix: '/storybook/', folder: join(folder, 'storybook') },
      ],
    });
    bare = await startLiveServer();
  });

  after(async () => {
    await full?.close();
    await bare?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the snippet names the version and the hash of integrity.json; the links lead to what is there', async () => {
    const html = await (await fetch(`${full.baseUrl}/`)).text();
    const manifest = (await (await fetch(`${full.baseUrl}/teilhabe/2.3.4/integrity.json`)).json()) as { files: Record<string, string> };
    const script = `&lt;script type=&quot;module&quot; src=&quot;${full.baseUrl}/teilhabe/2.3.4/tk-mo-directory.js&quot; integrity=&quot;${manifest.files['tk-mo-directory.js']}&quot; crossorigin=&quot;anonymous&quot;&gt;`;
    assert.ok(html.includes(script), 'a versioned snippet with its integrity');
    assert.ok(html.includes(`api-base=&quot;${full.baseUrl}&quot; tenant=&quot;musterkreis&quot;`));
    for (const link of ['/embed/', '/docs/embedding/', '/storybook/', '/reference', '/v1/openapi.json']) assert.ok(html.includes(`href="${link}"`), link);
    assert.ok(!html.includes('href="/office/"'), 'no office link without the office app');
    for (const link of ['/embed/', '/docs/embedding/', '/storybook/']) assert.equal((await fetch(`${full.baseUrl}${link}`)).status, 200, link);
  });

  test('without built widgets or Storybook the page says how to build them and links neither', async () => {
    const html = await (await fetch(`${bare.baseUrl}/`)).text();
    assert.match(html, /npm run build/);
    assert.ok(!html.includes('href="/storybook/"'));
    assert.ok(!html.includes('href="/embed/"'));
  });

  test('the CMS guides are served rendered, with their example pages as source text', async () => {
    for (const path of ['/docs/embedding/', '/docs/embedding/typo3.md', '/docs/embedding/wordpress.md', '/docs/embedding/drupal.md', '/docs/embedding/government-site-builder.md']) {
      const response = await fetch(`${bare.baseUrl}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      const html = await response.text();
      assert.match(html, /<h1 id="[^"]+">/, path);
      assert.ok(!html.includes('```'), `${path}: no raw fences`);
      assert.match(html, /<pre><code class="language-http">Content-Security-Policy: /, path);
    }
    const example = await fetch(`${bare.baseUrl}/docs/embedding/examples/wordpress.html`);
    assert.match(example.headers.get('content-type') ?? '', /text\/plain/);
    assert.match(await example.text(), /\{\{INTEGRITY tk-mo-directory\.js\}\}/);
    assert.equal((await fetch(`${bare.baseUrl}/docs/embedding/nothing.md`)).status, 404);
    assert.equal((await fetch(`${bare.baseUrl}/docs/embedding/examples/..%2F..%2FREADME.md`)).status, 404);
  });
});
