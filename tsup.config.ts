/**
 * Builds every package: ESM + .d.ts for npm, and the widgets' self-contained
 * CDN bundles and the office app's bundle (their configurations live beside
 * their packages).
 */
import { defineConfig, type Options } from 'tsup';
import { componentBuilds } from './packages/components/build.config.js';
import { officeBuild } from './packages/office/build.config.js';

/** `npm start` skips the .d.ts files to start faster; `npm run build` makes them. */
const withTypes = process.env.TK_BUILD_TYPES !== '0';

const library = (name: string, entry: Record<string, string>, extra: Options = {}): Options => ({
  name,
  entry,
  outDir: `packages/${name}/dist`,
  format: ['esm'],
  target: 'es2022',
  dts: withTypes,
  sourcemap: true,
  clean: true,
  splitting: false,
  tsconfig: 'tsconfig.build.json',
  // Dependencies (workspace packages included) stay imports; npm installs them.
  skipNodeModulesBundle: true,
  ...extra,
});

export default defineConfig([
  library('contract', { index: 'packages/contract/src/index.ts' }),
  library('sdk', { index: 'packages/sdk/src/index.ts' }, { platform: 'neutral' }),
  library(
    'server',
    { index: 'packages/server/src/index.ts', cli: 'packages/server/src/cli.ts', 'domain/index': 'packages/server/src/domain/index.ts' },
    { platform: 'node', dts: withTypes && { entry: { index: 'packages/server/src/index.ts', 'domain/index': 'packages/server/src/domain/index.ts' } } },
  ),
  ...componentBuilds,
  library('react', { index: 'packages/react/src/index.ts' }, { platform: 'browser' }),
  officeBuild,
]);
