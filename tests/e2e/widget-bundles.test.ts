/**
 * The widgets' bundles as CMS pages load them: a versioned path that is
 * immutable, the moving latest path with a short cache, content-hashed
 * chunks immutable under both, and SRI hashes that match the bytes served.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const sri = (bytes: ArrayBuffer) => `sha384-${createHash('sha384').update(Buffer.from(bytes)).digest('base64')}`;

describe('versioned widget bundles', () => {
  let live: LiveServer;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tk-bundles-'));
    mkdirSync(join(folder, 'tk-mo-directory-locales'));
    mkdirSync(join(folder, 'shared/chunks'), { recursive: true });
    writeFileSync(join(folder, 'tk-mo-directory.js'), 'import("./tk-mo-directory-locales/tr-7QX2LJ4A.js");\n');
    writeFileSync(join(folder, 'tk-mo-directory-locales/tr-7QX2LJ4A.js'), 'export const templates = {};\n');
    writeFileSync(join(folder, 'shared/chunks/chunk-AB12CD34.js'), 'export const lit = 1;\n');
    live = await startLiveServer({ staticMounts: [{ urlPrefix: '/teilhabe/', folder, version: '1.2.3' }] });
  });

  after(async () => {
    await live.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a versioned entry is immutable; the latest entry is cached for five minutes; both are the same bytes', async () => {
    const versioned = await fetch(`${live.baseUrl}/teilhabe/1.2.3/tk-mo-directory.js`);
    const latest = await fetch(`${live.baseUrl}/teilhabe/tk-mo-directory.js`);
    assert.equal(versioned.status, 200);
    assert.equal(latest.status, 200);
    assert.equal(versioned.headers.get('cache-control'), IMMUTABLE);
    assert.equal(latest.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(versioned.headers.get('access-control-allow-origin'), '*', 'module scripts from another origin need CORS');
    assert.match(versioned.headers.get('content-type') ?? '', /javascript/);
    assert.equal(await versioned.text(), await latest.text());
  });

  test('content-hashed chunks are immutable under the latest path too', async () => {
    for (const path of ['/teilhabe/tk-mo-directory-locales/tr-7QX2LJ4A.js', '/teilhabe/shared/chunks/chunk-AB12CD34.js', '/teilhabe/1.2.3/shared/chunks/chunk-AB12CD34.js']) {
      const response = await fetch(`${live.baseUrl}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('cache-control'), IMMUTABLE, path);
    }
  });

  test('integrity.json lists a sha384 hash per file that matches the bytes served', async () => {
    const response = await fetch(`${live.baseUrl}/teilhabe/1.2.3/integrity.json`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), IMMUTABLE);
    const manifest = (await response.json()) as { version: string; files: Record<string, string> };
    assert.equal(manifest.version, '1.2.3');
    assert.deepEqual(Object.keys(manifest.files), ['shared/chunks/chunk-AB12CD34.js', 'tk-mo-directory-locales/tr-7QX2LJ4A.js', 'tk-mo-directory.js']);
    for (const [path, hash] of Object.entries(manifest.files)) {
      const bytes = await (await fetch(`${live.baseUrl}/teilhabe/1.2.3/${path}`)).arrayBuffer();
      assert.equal(hash, sri(bytes), path);
    }
    const latest = await fetch(`${live.baseUrl}/teilhabe/integrity.json`);
    assert.equal(latest.headers.get('cache-control'), 'public, max-age=300');
    assert.deepEqual(await latest.json(), manifest);
  });

  test('another version is a clear 404 naming the version that is served; a missing file a plain 404', async () => {
    const other = await fetch(`${live.baseUrl}/teilhabe/0.9.0/tk-mo-directory.js`);
    assert.equal(other.status, 404);
    assert.equal(other.headers.get('content-type'), 'application/problem+json');
    assert.match(((await other.json()) as { detail: string }).detail, /1\.2\.3/);
    assert.equal((await fetch(`${live.baseUrl}/teilhabe/1.2.3/tk-nothing.js`)).status, 404);
  });
});
