/**
 * A single widget's CDN bundle loads only its own strings in another
 * language: the plugin finds the ids its sources use and keeps only those in
 * the locale chunks. Every id must be a literal, or the plugin could miss one.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { filterTemplates, messageIdsOf } from '../../packages/components/build/widget-strings-only.js';
import { WIDGETS } from '../../packages/components/build.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const GENERATED = join(root, 'packages/components/src/localization/generated/locales');
const CONDITIONS = ['source', 'browser', 'import'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const idsIn = (path: string) => new Set([...readFileSync(path, 'utf8').matchAll(/\bid:\s*'([^']+)'/g)].map((m) => m[1]!));

describe('per-widget locale chunks', () => {
  test('every msg() call of the widgets names its id as a literal', () => {
    for (const file of sourceFiles(join(root, 'packages/components/src'))) {
      const source = readFileSync(file, 'utf8');
      const calls = source.match(/\bmsg\(/g)?.length ?? 0;
      const literalIds = source.match(/\bid:\s*'[^']+'/g)?.length ?? 0;
      assert.ok(literalIds >= calls, `${file}: ${calls} msg() calls but ${literalIds} literal ids`);
    }
  });

  test("each widget's ids are those of its own folder and the shared code it imports, not another widget's", async () => {
    const byWidget = Object.fromEntries(await Promise.all(Object.entries(WIDGETS).map(async ([tag, entry]) => [tag, await messageIdsOf(join(root, entry), CONDITIONS)] as const)));
    for (const [tag, entry] of Object.entries(WIDGETS)) {
      const ownFolder = join(root, entry, '..');
      const own = sourceFiles(ownFolder).flatMap((file) => [...idsIn(file)]);
      for (const id of own) assert.ok(byWidget[tag]!.has(id), `${tag} misses its own id ${id}`);
      for (const [other, otherEntry] of Object.entries(WIDGETS)) {
        if (other === tag) continue;
        const foreign = sourceFiles(join(root, otherEntry, '..')).flatMap((file) => [...idsIn(file)]).filter((id) => !own.includes(id));
        assert.ok(foreign.some((id) => !byWidget[tag]!.has(id)), `${tag} carries all of ${other}'s strings`);
      }
    }
  });

  test('the filtered Arabic module keeps exactly the wanted entries, with their text, and is valid code', async () => {
    const source = readFileSync(join(GENERATED, 'ar.ts'), 'utf8');
    const keep = new Set([...source.matchAll(/^'([^']+)':/gm)].map((m) => m[1]!).slice(0, 3));
    const filtered = filterTemplates(source, keep);
    const module = (await import(`data:text/javascript,${encodeURIComponent(filtered.replace(/^\s*import \{str\} from '@lit\/localize';/m, 'const str = (s, ...v) => ({ s, v });'))}`)) as { templates: Record<string, unknown> };
    assert.deepEqual(Object.keys(module.templates).sort(), [...keep].sort());
    for (const id of keep) assert.ok(filtered.includes(`'${id}'`));
    assert.ok(filtered.length < source.length / 5);
  });
});
