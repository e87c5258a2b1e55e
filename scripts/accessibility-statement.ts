/**
 * `npm run accessibility-statement [-- --widget tk-room-booking] [--date YYYY-MM-DD] [--out file.md]`:
 * writes the draft accessibility statement (German Markdown) for the widgets,
 * from scripts/accessibility/checks.ts and the XLIFF review state.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WIDGETS, type WidgetTag } from './accessibility/checks.js';
import { accessibilityStatement, type ReviewState } from './accessibility/statement.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Targets and reviewed targets (`translated` or `final`) per language. */
export function reviewStateOf(xliffDir = join(root, 'packages/components/xliff')): ReviewState {
  const state: ReviewState = {};
  for (const file of readdirSync(xliffDir).filter((name) => name.endsWith('.xlf')).sort()) {
    const xml = readFileSync(join(xliffDir, file), 'utf8');
    const targets = [...xml.matchAll(/<target([^>]*)>/g)].map((m) => /state="([^"]*)"/.exec(m[1] ?? '')?.[1]);
    state[file.replace(/\.xlf$/, '')] = { total: targets.length, reviewed: targets.filter((s) => s === 'translated' || s === 'final').length };
  }
  return state;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { widget: { type: 'string', multiple: true }, date: { type: 'string' }, out: { type: 'string' } } });
  const known = WIDGETS.map((widget) => widget.tag) as string[];
  const unknown = (values.widget ?? []).filter((tag) => !known.includes(tag));
  if (unknown.length) {
    console.error(`Unknown widget ${unknown.join(', ')}; known: ${known.join(', ')}`);
    process.exit(2);
  }
  const version = (JSON.parse(readFileSync(join(root, 'packages/components/package.json'), 'utf8')) as { version: string }).version;
  const markdown = accessibilityStatement({
    date: values.date ?? new Date().toISOString().slice(0, 10),
    version,
    reviewState: reviewStateOf(),
    ...(values.widget ? { widgets: values.widget as WidgetTag[] } : {}),
  });
  if (values.out) writeFileSync(values.out, markdown);
  else process.stdout.write(markdown);
}
