/**
 * Sizes (gzip -9 and brotli -11 via node:zlib) of each CDN widget bundle with
 * its static imports (lazy locale chunks excluded), of all widgets on one page
 * (a file shared by several counted once), next to FullCalendar's standard
 * bundle and Lit alone, bundled and minified with esbuild the same way. Each
 * widget's size is split into Lit, SDK, shared, own code and strings from
 * esbuild's metafile.
 *
 * The CDN bundles are built with the settings of
 * packages/components/build.config.ts into a folder of the bench's own (with a
 * metafile), so that a run leaves packages/components/dist as it found it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { BROWSER_ESBUILD, WIDGETS as BUILT_WIDGETS, widgetBundlePlugins } from '../packages/components/build.config.js';
import { root } from './lib/options.js';
import type { Report } from './lib/report.js';
import { kB, ratio } from './lib/stats.js';

export const WIDGETS = [
  { tag: 'tk-mo-directory', folder: 'mo-directory' },
  { tag: 'tk-event-calendar', folder: 'event-calendar' },
  { tag: 'tk-room-booking', folder: 'room-booking' },
  { tag: 'tk-funding-finder', folder: 'funding-finder' },
] as const;
export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/** The CDN bundles that were installed by `npm run build`; measured only when the bench's own build fails. */
const DIST_CDN = join(root, 'packages/components/dist/cdn');
const BENCH_CDN = join(tmpdir(), `tk-bench-cdn-${process.pid}`);
/** Where the measured CDN bundles are: the bench's own build (see {@link buildCdn}). */
export let CDN = BENCH_CDN;

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
  files: number;
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;

/** Per file, as a browser fetches them; files with the same content once. */
export function sizeOf(files: Iterable<string>): Size {
  const seen = new Set<string>();
  const size: Size = { raw: 0, gzip: 0, brotli: 0, files: 0 };
  for (const file of files) {
    const bytes = readFileSync(file);
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    size.raw += bytes.length;
    size.gzip += gz(bytes);
    size.brotli += br(bytes);
    size.files += 1;
  }
  return size;
}

/** An ES module and everything it imports statically (not `import()`), recursively. */
export function staticGraph(entry: string, into = new Set<string>()): Set<string> {
  if (into.has(entry)) return into;
  into.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) staticGraph(resolve(dirname(entry), match[1]!), into);
  return into;
}

export const isCommitted = (folder: string) =>
  spawnSync('git', ['ls-files', '--error-unmatch', `packages/components/src/${folder}/define.ts`], { cwd: root, stdio: 'ignore' }).status === 0;

/** The CDN bundles that exist after the build. */
export function builtWidgets() {
  return WIDGETS.map((w) => ({ ...w, file: join(CDN, `${w.tag}.js`), committed: isCommitted(w.folder) })).map((w) => ({ ...w, built: existsSync(w.file) }));
}

/** The metafile of each widget's own CDN build, by tag. */
const metafiles = new Map<string, Metafile>();

async function buildWidgetBundle(tag: string, entry: string) {
  const result = await build({
    ...BROWSER_ESBUILD,
    conditions: [...BROWSER_ESBUILD.conditions],
    entryPoints: { [tag]: join(root, entry) },
    outdir: BENCH_CDN,
    chunkNames: `${tag}-locales/[name]-[hash]`,
    absWorkingDir: root,
    tsconfig: join(root, 'tsconfig.json'),
    plugins: widgetBundlePlugins(entry),
    metafile: true,
    logLevel: 'silent',
  });
  metafiles.set(tag, result.metafile);
}

let cdnBuilt: Promise<boolean> | undefined;
/** Builds the CDN bundles once per run (false if the build failed; the bundles in dist/cdn are measured then). */
export function buildCdn(): Promise<boolean> {
  cdnBuilt ??= (async () => {
    process.once('exit', () => rmSync(BENCH_CDN, { recursive: true, force: true }));
    try {
      for (const [tag, entry] of Object.entries(BUILT_WIDGETS)) await buildWidgetBundle(tag, entry);
      return true;
    } catch {
      CDN = DIST_CDN;
      return false;
    }
  })();
  return cdnBuilt;
}

/** What a bundle is made of, as the split rows name it. */
const PARTS = ['Lit', 'SDK', 'shared', 'own', 'strings', 'other'] as const;
type Part = (typeof PARTS)[number];

/** The part an esbuild input (a path relative to the repository) belongs to. */
export function partOf(input: string): Part {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\//.test(input)) return 'Lit';
  if (input.startsWith('packages/sdk/') || input.includes('node_modules/openapi-fetch/')) return 'SDK';
  if (input.startsWith('packages/components/src/shared/') || input.startsWith('packages/components/src/theme/')) return 'shared';
  if (input.startsWith('packages/components/src/localization/')) return 'strings';
  if (input.startsWith('packages/components/src/')) return 'own';
  return 'other';
}

/** Minified bytes per part of the given output files (paths as the metafile has them). */
function minifiedParts(metafile: Metafile, outputs: Iterable<string>): Record<Part, number> {
  const parts = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
  for (const output of outputs) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[output]?.inputs ?? {})) parts[partOf(input)] += bytesInOutput;
  }
  return parts;
}

/**
 * A row value like `Lit 6.0 · SDK 9.1 · shared 8.4 · own 7.2 · strings 0.3 kB gz`:
 * each part's share of the minified bytes applied to the measured gzip size
 * (gzip works across module boundaries, so this is an approximation).
 */
function splitRow(parts: Record<Part, number>, gzip: number) {
  const minified = PARTS.reduce((sum, p) => sum + parts[p], 0);
  const shown = PARTS.filter((p) => p !== 'other' || parts[p] > 0);
  const gz = (p: Part) => (minified === 0 ? 0 : (gzip * parts[p]) / minified);
  return {
    value: `${shown.map((p) => `${p} ${(gz(p) / 1024).toFixed(1)}`).join(' · ')} kB gz`,
    spread: `min: ${shown.map((p) => `${p} ${(parts[p] / 1024).toFixed(1)}`).join(' · ')} kB`,
    data: Object.fromEntries(shown.map((p) => [p, { minified: parts[p], gzipApprox: Math.round(gz(p)) }])),
  };
}

/** The lazy locale chunks of a widget's own build, largest first (what a page in that language adds). */
function largestLocaleChunk(tag: string) {
  const folder = join(CDN, `${tag}-locales`);
  if (!existsSync(folder)) return undefined;
  const chunks = readdirSync(folder).filter((f) => /^[a-z]{2}-/.test(f)).map((f) => ({ locale: f.slice(0, 2), size: sizeOf([join(folder, f)]) }));
  return chunks.sort((a, b) => b.size.gzip - a.size.gzip)[0];
}

async function bundle(name: string, source: string, extra: { css?: string[] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `tk-bench-${name}-`));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, source);
    await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      outdir: join(dir, 'out'),
      nodePaths: [join(root, 'node_modules')],
      absWorkingDir: root,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    const out = join(dir, 'out');
    const files = readdirSync(out).map((f) => join(out, f));
    for (const css of extra.css ?? []) files.push(join(root, 'node_modules', css));
    return sizeOf(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const FULLCALENDAR_ENTRY = `
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import timeGridPlugin from 'fullcalendar/timegrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
export { Calendar, dayGridPlugin, timeGridPlugin, listPlugin, classicThemePlugin };
`;
export const FULLCALENDAR_CSS = ['fullcalendar/skeleton.css', 'fullcalendar/themes/classic/theme.css', 'fullcalendar/themes/classic/palette.css'];

/** All widgets from source in one esbuild run with code splitting: what a shared-chunk build would ship. */
async function sharedBuild(folders: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'tk-bench-shared-'));
  try {
    const result = await build({
      ...BROWSER_ESBUILD,
      conditions: [...BROWSER_ESBUILD.conditions],
      entryPoints: folders.map((f) => join(root, `packages/components/src/${f}/define.ts`)),
      outdir: dir,
      absWorkingDir: root,
      tsconfig: join(root, 'tsconfig.json'),
      plugins: widgetBundlePlugins(),
      metafile: true,
      logLevel: 'error',
    });
    const entries = Object.entries(result.metafile.outputs).filter(([, o]) => o.entryPoint?.endsWith('/define.ts')).map(([path]) => resolve(root, path));
    const all = new Set<string>();
    for (const entry of entries) staticGraph(entry, all);
    return { size: sizeOf(all), parts: minifiedParts(result.metafile, [...all].map((f) => relative(root, f))) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The goals of issue 18: one widget alone, and all four on one page from the shared build. */
const GOAL_ONE_WIDGET = 22 * 1024;
const GOAL_ALL_SHARED = 55 * 1024;
const goal = (gzip: number, limit: number) => ({ anchor: `goal ≤ ${kB(limit)} gz`, ratio: `${ratio(gzip, limit)} of goal` });

const fmt = (s: Size) => `${kB(s.gzip)} gz / ${kB(s.brotli)} br`;
const detail = (s: Size) => `${kB(s.raw)} min, ${s.files} file${s.files === 1 ? '' : 's'}`;

export async function runSizes(report: Report) {
  const built = await buildCdn();
  if (!built) report.note('sizes: the CDN build failed (work in progress elsewhere?); the bundles already in dist/cdn were measured.');
  const lit = await bundle('lit', `export * from 'lit';`);
  const fullCalendar = await bundle('fullcalendar', FULLCALENDAR_ENTRY, { css: FULLCALENDAR_CSS });
  const section = 'size';
  report.add({ section, measure: 'anchor: Lit alone (esbuild, minified)', value: fmt(lit), spread: detail(lit), data: lit });
  report.add({ section, measure: 'anchor: FullCalendar 7 standard (core, daygrid, timegrid, list; JS + CSS)', value: fmt(fullCalendar), spread: detail(fullCalendar), data: fullCalendar });

  const present: string[] = [];
  const folders: string[] = [];
  for (const widget of builtWidgets()) {
    if (!widget.built) {
      report.missing(section, `<${widget.tag}> CDN bundle`, 'not built yet');
      continue;
    }
    const graph = staticGraph(widget.file);
    const size = sizeOf(graph);
    present.push(...graph);
    if (existsSync(join(root, `packages/components/src/${widget.folder}/define.ts`))) folders.push(widget.folder);
    const calendar = widget.tag === 'tk-event-calendar';
    report.add({
      section,
      measure: `<${widget.tag}> CDN bundle + static chunks${widget.committed ? '' : ' (uncommitted)'}`,
      value: fmt(size),
      spread: `${detail(size)}; ${[...graph].map((f) => relative(CDN, f)).join(', ')}`.slice(0, 90),
      anchor: calendar ? `FullCalendar ${kB(fullCalendar.gzip)} gz` : `Lit ${kB(lit.gzip)} gz`,
      ratio: calendar ? `${ratio(size.gzip, fullCalendar.gzip)} of FullCalendar` : `${ratio(size.gzip, lit.gzip)} of Lit`,
      data: { ...size, paths: [...graph].map((f) => relative(CDN, f)) },
    });
    const metafile = metafiles.get(widget.tag);
    if (metafile) {
      const split = splitRow(minifiedParts(metafile, [...graph].map((f) => relative(root, f))), size.gzip);
      const strings = largestLocaleChunk(widget.tag);
      report.add({
        section,
        measure: `<${widget.tag}> split (gz ≈ minified share × gz total)`,
        value: split.value,
        spread: `${split.spread}${strings ? `; lazy ${strings.locale} strings ${kB(strings.size.gzip)} gz` : ''}`,
        ...goal(size.gzip, GOAL_ONE_WIDGET),
        data: { ...split.data, largestLocaleChunk: strings && { locale: strings.locale, ...strings.size } },
      });
    }
  }
  if (present.length > 0) {
    const together = sizeOf(present);
    report.add({ section, measure: `all ${folders.length} widgets on one page, as shipped (identical files once)`, value: fmt(together), spread: detail(together), anchor: `Lit ${kB(lit.gzip)} gz`, ratio: `${ratio(together.gzip, lit.gzip)} of Lit`, data: together });
    try {
      const { size: shared, parts } = await sharedBuild(folders);
      report.add({ section, measure: `all ${folders.length} widgets built together with shared chunks (esbuild splitting)`, value: fmt(shared), spread: detail(shared), anchor: `as shipped ${kB(together.gzip)} gz`, ratio: `${ratio(shared.gzip, together.gzip)} of shipped`, data: shared });
      const split = splitRow(parts, shared.gzip);
      report.add({ section, measure: `all ${folders.length} widgets, shared build, split (gz ≈ minified share × gz total)`, value: split.value, spread: split.spread, ...goal(shared.gzip, GOAL_ALL_SHARED), data: split.data });
    } catch (error) {
      report.missing(section, 'widgets built together with shared chunks', `error: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}
