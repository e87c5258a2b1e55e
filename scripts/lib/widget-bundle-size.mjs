/**
 * What the widgets' measurement scripts share: building the CDN bundles and
 * printing a bundle's size (gzip -9: the entry, with its static chunks, and
 * one lazy locale chunk), plus the median they report.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cdnDir = join(root, 'packages/components/dist/cdn');

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

export function buildCdnBundles() {
  const tsup = spawnSync(join(root, 'node_modules/.bin/tsup'), ['--config', 'packages/components/tsup.cdn.config.ts'], { cwd: root, stdio: 'ignore' });
  if (tsup.status !== 0) throw new Error('CDN build failed');
}

/** Prints the size of `dist/cdn/<name>.js`: raw, gzip, with its static chunks, and the Arabic locale chunk. */
export function reportBundleSize(name) {
  const entry = readFileSync(join(cdnDir, `${name}.js`));
  const staticImports = [...entry.toString().matchAll(/from"\.\/([^"]+)"/g)].map((m) => m[1]);
  const staticBytes = staticImports.map((file) => readFileSync(join(cdnDir, file)));
  const localeDir = join(cdnDir, `${name}-locales`);
  const arabic = readdirSync(localeDir).find((file) => file.startsWith('ar-'));
  console.log('Size of the CDN bundle (minified; Lit, @lit/localize and the SDK included)');
  console.log(`  ${name}.js  ${kB(entry.length)} raw, ${kB(gzip(entry))} gzip (${gzip(entry)} bytes)`);
  if (staticImports.length) console.log(`  + static chunks (${staticImports.join(', ')})  ${kB(gzip(Buffer.concat([entry, ...staticBytes])))} gzip together`);
  if (arabic) console.log(`  one locale chunk (ar, lazy)  ${kB(gzip(readFileSync(join(localeDir, arabic))))} gzip`);
}
