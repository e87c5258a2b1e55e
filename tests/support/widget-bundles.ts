/**
 * Builds the widgets' CDN bundles into a folder of the test's own, with the
 * settings and plugins of `packages/components/build.config.ts`
 * (self-contained, minified ES modules and styles, lazy locale chunks with
 * each widget's strings), so end-to-end tests load the real artefact without
 * racing other tests for `dist/`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { BROWSER_ESBUILD, WIDGETS, widgetBundlePlugins } from '../../packages/components/build.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const BUNDLE_OPTIONS: BuildOptions = {
  ...BROWSER_ESBUILD,
  conditions: [...BROWSER_ESBUILD.conditions],
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'silent',
};

/** Tag name (= bundle name) → define module, as the CDN build has them. */
export const WIDGET_ENTRIES: Readonly<Record<string, string>> = WIDGETS;

/** All widgets built together into `<outdir>/shared/`, sharing Lit and the SDK, as the `cdn/shared/` build. */
export async function buildSharedWidgetBundles(outdir: string): Promise<void> {
  const entryPoints = Object.fromEntries(Object.entries(WIDGET_ENTRIES).map(([name, entry]) => [name, join(root, entry)]));
  await build({ ...BUNDLE_OPTIONS, entryPoints, outdir: join(outdir, 'shared'), chunkNames: 'chunks/[name]-[hash]', plugins: widgetBundlePlugins() });
}

export async function buildWidgetBundles(outdir: string, names: readonly string[] = Object.keys(WIDGET_ENTRIES)): Promise<void> {
  // One build per widget, as on the CDN: each bundle carries its own Lit.
  for (const name of names) {
    const entry = WIDGET_ENTRIES[name]!;
    await build({ ...BUNDLE_OPTIONS, entryPoints: { [name]: join(root, entry) }, outdir, chunkNames: `${name}-locales/[name]-[hash]`, plugins: widgetBundlePlugins(entry) });
  }
}
