/**
 * One theming contract: the styles of every widget read exactly the `--tk-*`
 * properties that `theme/custom-properties.json` lists, with the defaults it
 * states, and the manifest and the README give every widget that same set.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error: a plain ES module without types
import { readThemeContract, readmeWithTable, themeTable, README } from '../../scripts/theme-docs.mjs';

interface ThemeProperty {
  name: string;
  default: string;
  description: string;
}
interface ThemeContract {
  shared: ThemeProperty[];
  widgets: Record<string, ThemeProperty[]>;
}

const root = new URL('../..', import.meta.url).pathname;
const sources = join(root, 'packages/components/src');
const contract = readThemeContract() as ThemeContract;
const WIDGET_FOLDERS: Record<string, string> = { 'tk-room-booking': 'room-booking', 'tk-funding-finder': 'funding-finder' };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every `var(--tk-name, default)` in the sources, the default read up to its balanced closing parenthesis. */
function readsOfPublicProperties() {
  const reads: { name: string; fallback: string; file: string; start: number; end: number }[] = [];
  for (const file of sourceFiles(sources)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/var\((--tk-[a-z0-9-]+)\s*(,)?/g)) {
      let depth = 1;
      let index = match.index + match[0].length;
      for (; index < text.length && depth > 0; index++) {
        if (text[index] === '(') depth++;
        if (text[index] === ')') depth--;
      }
      const fallback = match[2] ? text.slice(match.index + match[0].length, index - 1).trim() : '';
      reads.push({ name: match[1]!, fallback, file: relative(sources, file), start: match.index, end: index });
    }
  }
  return reads;
}

/** Nested reads (`var(--tk-color-link, var(--tk-color-primary, …))`) count for the outer property only. */
const outerReads = () => {
  const reads = readsOfPublicProperties();
  return reads.filter((read) => !reads.some((outer) => outer !== read && outer.file === read.file && outer.start < read.start && read.end <= outer.end));
};

const everyProperty = () => [...contract.shared, ...Object.values(contract.widgets).flat()];

test('the styles read exactly the listed properties, each once, with the listed default', () => {
  const reads = outerReads();
  const listed = everyProperty();
  assert.deepEqual([...new Set(reads.map((read) => read.name))].sort(), listed.map((p) => p.name).sort(), 'styles and custom-properties.json name the same properties');
  for (const property of listed) {
    const of = reads.filter((read) => read.name === property.name);
    assert.equal(of.length, 1, `${property.name} is read once, in the tokens (components use the private --_ copy): ${of.map((r) => r.file).join(', ')}`);
    assert.equal(of[0]!.fallback, property.default, `${property.name}: the styles' default`);
  }
});

test("a widget's own properties are read in that widget's styles only", () => {
  const reads = outerReads();
  for (const [tag, properties] of Object.entries(contract.widgets)) {
    for (const property of properties) {
      const read = reads.find((r) => r.name === property.name)!;
      assert.ok(read.file.startsWith(`${WIDGET_FOLDERS[tag]}/`), `${property.name} belongs to <${tag}> but is read in ${read.file}`);
    }
  }
  for (const property of contract.shared) {
    assert.ok(reads.find((r) => r.name === property.name)!.file.startsWith('theme/'), `${property.name} is shared: it is read in theme/tokens.styles.ts`);
  }
});

test('links follow --tk-color-primary unless --tk-color-link is set, chips follow --tk-radius unless --tk-radius-chip is set', () => {
  const byName = new Map(contract.shared.map((p) => [p.name, p.default]));
  assert.match(byName.get('--tk-color-link')!, /^var\(--tk-color-primary,/);
  assert.match(byName.get('--tk-radius-chip')!, /^var\(--tk-radius,/);
});

test('the manifest gives every widget the shared set and its own, with the same defaults', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages/components/custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; cssProperties?: ThemeProperty[] }[] }[];
  };
  const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.equal(widgets.length, 5);
  for (const widget of widgets) {
    const expected = [...contract.shared, ...(contract.widgets[widget.tagName!] ?? [])];
    assert.deepEqual(widget.cssProperties, expected.map(({ name, description, default: byDefault }) => ({ name, description, default: byDefault })), `<${widget.tagName}> (run npm run analyze)`);
  }
});

test('the README lists the same set (run node scripts/theme-docs.mjs)', () => {
  const readme = readFileSync(README, 'utf8');
  assert.equal(readme, readmeWithTable(readme, themeTable(contract)));
  for (const property of everyProperty()) assert.ok(readme.includes(`| \`${property.name}\` |`), property.name);
});

test('no theme downloads a font: the KERN theme names Fira Sans and falls back to the system font', () => {
  const kern = readFileSync(join(sources, 'theme/kern.css'), 'utf8');
  assert.doesNotMatch(kern, /@font-face|@import|url\(/);
  assert.match(kern, /--tk-font-family:[^;]*system-ui[^;]*sans-serif;/);
});
