/**
 * The CDN bundles' styles are minified by a plugin that does not parse CSS:
 * it may drop comments and whitespace only where CSS never needs it, and
 * must leave everything else of every widget's styles as written.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { minifyCssTemplates, minifyCssText } from '../../packages/components/build/minify-css-templates.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function styleSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleSources(path);
    return entry.name.endsWith('.ts') && readFileSync(path, 'utf8').includes('css`') ? [path] : [];
  });
}

/** The text without comments and whitespace: what minifying must not change (bar a block's last `;`). */
const tokens = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '').replace(/;}/g, '}');

describe('minified css`` templates', () => {
  test('drops comments, indentation and a block’s last semicolon', () => {
    assert.equal(minifyCssText('\n  /* why */\n  .a,\n  .b {\n    color: red;\n    margin: 0 auto;\n  }\n'), '.a,.b{color:red;margin:0 auto}');
  });

  test('keeps the spaces CSS needs: descendant pseudo-classes, calc(), media conditions, !important', () => {
    assert.equal(minifyCssText('.a :focus-visible { outline: 0 }'), '.a :focus-visible{outline:0}');
    assert.equal(minifyCssText('.a { width: calc(100% - 2px); }'), '.a{width:calc(100% - 2px)}');
    assert.equal(minifyCssText('@media (min-width: 40em) and (prefers-reduced-motion: reduce) { .a { x: y } }'), '@media (min-width:40em) and (prefers-reduced-motion:reduce){.a{x:y}}');
    assert.equal(minifyCssText('.a { position: absolute !important; }'), '.a{position:absolute !important}');
  });

  test('keeps quoted strings as written', () => {
    assert.equal(minifyCssText(".a::before { content: '  /* no comment */  '; }"), ".a::before{content:'  /* no comment */  '}");
    assert.equal(minifyCssText('.a { content: "\\"  "; }'), '.a{content:"\\"  "}');
  });

  test('changes no widget style beyond comments and whitespace', () => {
    const files = styleSources(join(root, 'packages/components/src'));
    assert.ok(files.length >= 10, `found only ${files.length} style modules`);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const minified = minifyCssTemplates(source, file);
      assert.ok(minified.length < source.length, `${file} did not get smaller`);
      const templates = (text: string) => [...text.matchAll(/\bcss`([^`]*)`/g)].map((match) => match[1]!);
      const before = templates(source);
      const after = templates(minified);
      assert.equal(after.length, before.length, file);
      before.forEach((css, index) => assert.equal(tokens(after[index]!), tokens(css), `${file}, template ${index + 1}`));
      // The code around the templates is untouched.
      assert.equal(minified.replace(/\bcss`[^`]*`/g, 'css``'), source.replace(/\bcss`[^`]*`/g, 'css``'), file);
    }
  });
});
