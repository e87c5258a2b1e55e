/**
 * An esbuild plugin for a single widget's CDN bundle: its lazy locale chunks
 * keep only the strings that widget can show. lit-localize writes one module
 * per locale with every widget's strings; a page with one widget in Arabic
 * would otherwise load all four widgets' translations.
 *
 * Which strings: the `msg(…, { id: '…' })` ids in the source files the
 * widget's bundle is made of (found by a first esbuild pass over its entry,
 * as its metafile lists them). Every id is a string literal (a test checks
 * that no `msg` call passes a computed id), so none can be missed; a missed
 * one would show in German, never blank.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';

const GENERATED_LOCALE = /[\\/]localization[\\/]generated[\\/]locales[\\/][a-z]+\.ts$/;
const MESSAGE_ID = /\bid:\s*'([^']+)'/g;

/** The message ids used by the files that `entry`'s bundle is made of. */
export async function messageIdsOf(entry: string, conditions: string[]): Promise<Set<string>> {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions,
    logLevel: 'silent',
    // The locale modules hold translations, not uses of ids.
    plugins: [{ name: 'skip-locales', setup: (b) => b.onLoad({ filter: GENERATED_LOCALE }, () => ({ contents: 'export const templates = {};', loader: 'ts' })) }],
  });
  const ids = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    if (!/\.ts$/.test(input) || input.includes('node_modules')) continue;
    const source = await readFile(resolve(input), 'utf8');
    for (const match of source.matchAll(MESSAGE_ID)) ids.add(match[1]!);
  }
  return ids;
}

/** The generated locale module with only the `templates` entries in `keep`. */
export function filterTemplates(source: string, keep: ReadonlySet<string>): string {
  const file = ts.createSourceFile('locale.ts', source, ts.ScriptTarget.ES2022, true);
  let literal: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) literal = node.initializer;
    else ts.forEachChild(node, visit);
  };
  visit(file);
  if (!literal) throw new Error('a generated locale module without `templates`: has lit-localize changed its output?');
  const kept = literal.properties.filter((property) => property.name && ts.isStringLiteral(property.name) && keep.has(property.name.text));
  const object = `{\n${kept.map((property) => `  ${property.getText(file)}`).join(',\n')}\n}`;
  return source.slice(0, literal.getStart(file)) + object + source.slice(literal.getEnd());
}

export function widgetStringsOnly(entry: string, conditions: string[]): Plugin {
  return {
    name: 'widget-strings-only',
    setup(pluginBuild) {
      let ids: Promise<Set<string>> | undefined;
      pluginBuild.onStart(() => {
        ids = messageIdsOf(entry, conditions);
      });
      pluginBuild.onLoad({ filter: GENERATED_LOCALE }, async (args) => ({
        contents: filterTemplates(await readFile(args.path, 'utf8'), await ids!),
        loader: 'ts',
      }));
    },
  };
}
