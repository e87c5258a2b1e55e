/**
 * Builds the office app into a folder of the test's own with the settings of
 * `packages/office/build.config.ts` (one minified module, lazy English
 * chunk, the page beside it), so end-to-end tests load the real artefact
 * without racing other tests for `dist/`.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildOfficeBundle(outdir: string): Promise<void> {
  await build({
    entryPoints: { office: join(root, 'packages/office/src/define.ts') },
    outdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    conditions: ['source', 'browser', 'import'],
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'silent',
  });
  await mkdir(join(outdir, 'themes'), { recursive: true });
  await copyFile(join(root, 'packages/office/public/index.html'), join(outdir, 'index.html'));
  await copyFile(join(root, 'packages/office/public/office.css'), join(outdir, 'office.css'));
  await copyFile(join(root, 'packages/components/src/theme/kern.css'), join(outdir, 'themes/kern.css'));
}
