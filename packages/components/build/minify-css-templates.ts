/**
 * An esbuild plugin for the widgets' CDN bundles: the CSS inside Lit's
 * css`…` templates is minified (comments dropped, whitespace collapsed).
 * esbuild minifies the JavaScript around them but leaves template text as
 * written, and the styles, with their indentation and explaining comments,
 * are a fifth of a widget's code.
 *
 * Only what is safe without parsing CSS: quoted strings are kept as they
 * are, a run of whitespace becomes one space, and that space goes only next
 * to `{ } ; , :` or brackets, where CSS never needs it (a space before `:`
 * stays, as in `a :focus`; spaces around `+` and `-` in calc() stay).
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const DROPS_SPACE_AFTER = new Set(['{', '}', ';', ',', ':', '(', '']);
const DROPS_SPACE_BEFORE = new Set(['{', '}', ';', ',', ')']);

/** One piece of template text (between interpolations) as minified CSS. */
export function minifyCssText(text: string): string {
  let out = '';
  let space = false;
  const emit = (chunk: string) => {
    if (space && !DROPS_SPACE_AFTER.has(out.at(-1) ?? '') && !DROPS_SPACE_BEFORE.has(chunk[0]!)) out += ' ';
    space = false;
    // The last declaration of a block needs no semicolon.
    if (chunk === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += chunk;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      // A comment that an interpolation cuts: keep the rest as written.
      if (end < 0) return out + text.slice(i);
      space = true;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      emit(text.slice(i, j + 1));
      i = j + 1;
    } else if (/\s/.test(c)) {
      space = true;
      i++;
    } else {
      emit(c);
      i++;
    }
  }
  // Next to an interpolation a space may separate two values: keep one.
  return space && !DROPS_SPACE_AFTER.has(out.at(-1) ?? '') ? `${out} ` : out;
}

/** The source with every css`…` template's text minified. */
export function minifyCssTemplates(source: string, fileName = 'module.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const pieces: Array<{ start: number; end: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const template = node.template;
      // Each piece without its delimiters: ` or } before, ` or ${ after.
      const add = (literal: ts.Node, closing: number) => pieces.push({ start: literal.getStart(file) + 1, end: literal.getEnd() - closing });
      if (ts.isNoSubstitutionTemplateLiteral(template)) add(template, 1);
      else {
        add(template.head, 2);
        for (const span of template.templateSpans) add(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const { start, end } of pieces.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + minifyCssText(source.slice(start, end)) + result.slice(end);
  return result;
}

export function minifyCss(): Plugin {
  return {
    name: 'minify-css-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]components[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        // Without styles, esbuild (or the next plugin) loads the file as usual.
        if (!source.includes('css`')) return undefined;
        return { contents: minifyCssTemplates(source, args.path), loader: 'ts' };
      });
    },
  };
}
