/**
 * What identifies the code that renders the public answers: part of every
 * data-version ETag, because another build may render the same data
 * differently. It must be the same in every instance of one deployment, so
 * that a cache (nginx, a browser) revalidating against the other instance
 * gets its 304; an id per process sent every such revalidation a full 200.
 *
 * It is a hash of the server's own code as it runs (`dist/` when built,
 * `src/` when run from the sources), so a deployment of changed code gets new
 * tags without anyone remembering to bump a version. `TK_BUILD_ID` overrides it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_FILE = /\.(?:js|mjs|ts|json|sql)$/;

export function buildId(environment: NodeJS.ProcessEnv = process.env): string {
  if (environment['TK_BUILD_ID']) return environment['TK_BUILD_ID'];
  const here = fileURLToPath(import.meta.url);
  const root = packageRoot(dirname(here));
  const code = join(root, here.includes(`${sep}dist${sep}`) ? 'dist' : 'src');
  const hash = createHash('sha1');
  if (existsSync(code)) for (const file of codeFiles(code)) hash.update(file).update('\0').update(readFileSync(join(code, file)));
  // Bundled into one file somewhere else: that file is the code.
  else hash.update(readFileSync(here));
  return hash.digest('base64url').slice(0, 16);
}

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

/** Paths below `dir`, sorted, so that every instance hashes them in the same order. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => CODE_FILE.test(file) && !file.endsWith('.d.ts'))
    .sort();
}
