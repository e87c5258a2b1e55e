import { copyFile, mkdir } from 'node:fs/promises';
import type { Options } from 'tsup';
import { minifyCss } from './build/minify-css-templates.js';
import { widgetStringsOnly } from './build/widget-strings-only.js';

/** Each widget's define module, by the file name of its CDN bundle. */
export const WIDGETS: Record<string, string> = {
  'tk-mo-directory': 'packages/components/src/mo-directory/define.ts',
  'tk-funding-finder': 'packages/components/src/funding-finder/define.ts',
  'tk-room-booking': 'packages/components/src/room-booking/define.ts',
  'tk-event-calendar': 'packages/components/src/event-calendar/define.ts',
  'tk-submit': 'packages/components/src/submit/define.ts',
};

const KERN_THEME = 'packages/components/src/theme/kern.css';

async function copyTheme(toDir: string): Promise<void> {
  await mkdir(toDir, { recursive: true });
  await copyFile(KERN_THEME, `${toDir}/kern.css`);
}

/**
 * The npm build: ESM + `.d.ts`, Lit, @lit/localize and the SDK stay external
 * (the app's bundler dedupes them); locale modules are lazy chunks.
 */
export const npmBuild: Options = {
  name: 'components',
  entry: {
    index: 'packages/components/src/index.ts',
    'mo-directory/define': WIDGETS['tk-mo-directory']!,
    'funding-finder/define': WIDGETS['tk-funding-finder']!,
    'room-booking/define': WIDGETS['tk-room-booking']!,
    'event-calendar/define': WIDGETS['tk-event-calendar']!,
    'submit/define': WIDGETS['tk-submit']!,
  },
  outDir: 'packages/components/dist',
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  // `npm start` sets TK_BUILD_TYPES=0 to start faster; `npm run build` makes the .d.ts files.
  dts: process.env['TK_BUILD_TYPES'] !== '0',
  sourcemap: true,
  splitting: true,
  clean: ['**/*', '!cdn/**'],
  external: ['lit', /^lit\//, '@lit/localize', '@teilhabe/sdk'],
  tsconfig: 'tsconfig.build.json',
  onSuccess: () => copyTheme('packages/components/dist/themes'),
};

/**
 * One self-contained, minified ES module per widget for CMS pages: Lit, the
 * localization runtime and the SDK are bundled; each UI locale is a lazy
 * chunk in `<widget>-locales/` with that widget's strings only, loaded from
 * the same folder only when needed.
 */
/**
 * A self-contained browser bundle (everything inlined, minified, no source
 * maps or types) as the CDN builds and the office app ship it; `chunkNames`
 * says where the lazy locale chunks go.
 */
/** How the browser bundles resolve packages: the workspace's TypeScript sources. */
const BROWSER_CONDITIONS = ['source', 'browser', 'import'];

/**
 * The esbuild settings of every browser bundle, also used as they are by the
 * bench, which builds the CDN bundles with a metafile into a folder of its own.
 */
export const BROWSER_ESBUILD = {
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  bundle: true,
  minify: true,
  splitting: true,
  conditions: BROWSER_CONDITIONS,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
} as const;

/** The esbuild plugins of the CDN bundles: minified styles; a widget's own bundle keeps only its strings. */
export const widgetBundlePlugins = (entry?: string) => [...(entry ? [widgetStringsOnly(entry, BROWSER_CONDITIONS)] : []), minifyCss()];

export function browserBundle(options: Options & { chunkNames: string }): Options {
  const { chunkNames, ...rest } = options;
  return {
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    minify: true,
    splitting: true,
    sourcemap: false,
    dts: false,
    clean: true,
    noExternal: [/.*/],
    tsconfig: 'tsconfig.json',
    esbuildOptions(esbuild) {
      esbuild.conditions = [...BROWSER_ESBUILD.conditions];
      esbuild.chunkNames = chunkNames;
      esbuild.legalComments = BROWSER_ESBUILD.legalComments;
      esbuild.define = { ...esbuild.define, ...BROWSER_ESBUILD.define };
    },
    ...rest,
  };
}

export const cdnBuilds: Options[] = Object.entries(WIDGETS).map(([name, entry]) =>
  browserBundle({
    name: `components-cdn-${name}`,
    entry: { [name]: entry },
    outDir: 'packages/components/dist/cdn',
    clean: [`${name}.js`, `${name}-locales/**`],
    chunkNames: `${name}-locales/[name]-[hash]`,
    // A page with this one widget loads only its strings; the shared build below keeps them all.
    esbuildPlugins: widgetBundlePlugins(entry),
    onSuccess: () => copyTheme('packages/components/dist/cdn/themes'),
  }),
);

/**
 * For pages with several widgets: the same four modules built together into
 * `cdn/shared/`, so Lit, the localization runtime and the SDK load once and
 * are shared (a page with all four loads about 0.6× of the separate bundles).
 */
export const cdnSharedBuild: Options = browserBundle({
  name: 'components-cdn-shared',
  entry: Object.fromEntries(Object.entries(WIDGETS)),
  outDir: 'packages/components/dist/cdn/shared',
  chunkNames: 'chunks/[name]-[hash]',
  esbuildPlugins: widgetBundlePlugins(),
});

export const componentBuilds: Options[] = [npmBuild, ...cdnBuilds, cdnSharedBuild];
