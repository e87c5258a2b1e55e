import type { Options } from 'tsup';

/** tsup configurations of the widgets (npm build and CDN bundles). */
export const componentBuilds: Options[] = [];
