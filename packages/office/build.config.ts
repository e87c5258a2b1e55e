import { copyFile, mkdir } from 'node:fs/promises';
import type { Options } from 'tsup';
import { browserBundle } from '../components/build.config.js';

/** The page and its stylesheet, copied beside the bundle. */
async function copyPage(): Promise<void> {
  await mkdir('packages/office/dist', { recursive: true });
  await copyFile('packages/office/public/index.html', 'packages/office/dist/index.html');
  await copyFile('packages/office/public/office.css', 'packages/office/dist/office.css');
  await mkdir('packages/office/dist/themes', { recursive: true });
  await copyFile('packages/components/src/theme/kern.css', 'packages/office/dist/themes/kern.css');
}

/**
 * The office app as the server serves it at `/office/`: one minified ES
 * module with Lit, the localization runtime and the SDK bundled, the English
 * UI as a lazy chunk, and the page (`index.html`, `office.css`).
 */
export const officeBuild: Options = browserBundle({
  name: 'office',
  entry: { office: 'packages/office/src/define.ts' },
  outDir: 'packages/office/dist',
  chunkNames: 'chunks/[name]-[hash]',
  onSuccess: copyPage,
});
