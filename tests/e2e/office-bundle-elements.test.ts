/**
 * Every custom element of the office app is registered in the built bundle.
 * A module that registers its element when imported (`import './x.js'`) is a
 * side effect; if the package's `sideEffects` list does not name it, the
 * bundler drops the import without an error and the element stays an empty
 * tag on the page (the recurrence editor once did). Tests that run the
 * sources cannot see this: only the built artefact shows it.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildOfficeBundle } from '../support/office-bundle.js';

const officeSources = fileURLToPath(new URL('../../packages/office/src', import.meta.url));

async function filesBelow(folder: string, suffix: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(suffix)).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The tags that modules register themselves (`customElements.define('tk-…', …)`), with the file of each.
 * The elements of `define.ts` are imported by name there, so a bundler cannot drop them.
 */
async function definedTags(): Promise<Map<string, string>> {
  const tags = new Map<string, string>();
  for (const file of await filesBelow(officeSources, '.ts')) {
    for (const [, tag] of (await readFile(file, 'utf8')).matchAll(/customElements\.define\(\s*['"]([a-z0-9-]+)['"]/g)) tags.set(tag!, file);
  }
  return tags;
}

let outdir: string;
let built: string;

before(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'tk-office-bundle-'));
  await buildOfficeBundle(outdir);
  built = (await Promise.all((await filesBelow(outdir, '.js')).map((file) => readFile(file, 'utf8')))).join('\n');
});

after(async () => {
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

test('the built office app registers every element its sources define', async () => {
  const tags = await definedTags();
  assert.ok(tags.has('tk-office-recurrence') && tags.has('tk-office-room-preview'), `the self-registering modules are found (${[...tags.keys()].join(', ')})`);
  const missing = [...tags].filter(([tag]) => !built.includes(`define("${tag}"`)).map(([tag, file]) => `${tag} (${file.slice(officeSources.length + 1)})`);
  assert.deepEqual(missing, [], 'elements whose registration the bundler dropped: name their module in packages/office/package.json "sideEffects"');
});
