#!/usr/bin/env node
/**
 * The theming contract as a Markdown table for packages/components/README.md,
 * made from packages/components/src/theme/custom-properties.json (the one
 * source the Custom Elements Manifest reads too).
 *
 *   node scripts/theme-docs.mjs   rewrites the table between the README's markers
 *
 * tests/theme/theme-contract.test.ts fails when the README's table drifts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
export const README = new URL('packages/components/README.md', root);
export const START = '<!-- theme-properties:start (node scripts/theme-docs.mjs) -->';
export const END = '<!-- theme-properties:end -->';

export function readThemeContract() {
  return JSON.parse(readFileSync(new URL('packages/components/src/theme/custom-properties.json', root), 'utf8'));
}

const cell = (text) => text.replaceAll('|', '\\|');

export function themeTable(contract = readThemeContract()) {
  const rows = [
    ...contract.shared.map((p) => ({ ...p, where: 'all widgets' })),
    ...Object.entries(contract.widgets).flatMap(([tag, properties]) => properties.map((p) => ({ ...p, where: `\`<${tag}>\`` }))),
  ];
  return [
    '| property | default | where | what it sets |',
    '|---|---|---|---|',
    ...rows.map((p) => `| \`${p.name}\` | \`${cell(p.default)}\` | ${p.where} | ${cell(p.description)} |`),
  ].join('\n');
}

/** The README with its table replaced by the current one. */
export function readmeWithTable(readme, table = themeTable()) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`packages/components/README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, readmeWithTable(readFileSync(README, 'utf8')));
  console.log('packages/components/README.md: theming table written');
}
