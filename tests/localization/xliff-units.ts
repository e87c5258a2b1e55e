/** The trans-units of the widgets' XLIFF files, read without an XML library (the files are lit-localize's plain shape). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const XLIFF_DIR = fileURLToPath(new URL('../../packages/components/xliff/', import.meta.url));

export interface Unit {
  id: string;
  source: string;
  target: string | undefined;
  state: string | undefined;
}

/** The trans-units of one file, placeholders as `{0}`. */
export function unitsOf(locale: string): Unit[] {
  const xml = readFileSync(join(XLIFF_DIR, `${locale}.xlf`), 'utf8');
  const plain = (text: string) => text.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target([^>]*)>([\s\S]*?)<\/target>)?/g)].map((m) => ({
    id: m[1]!,
    source: plain(m[2]!),
    target: m[4] === undefined ? undefined : plain(m[4]),
    state: /state="([^"]*)"/.exec(m[3] ?? '')?.[1],
  }));
}

