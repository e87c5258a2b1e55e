/** Only the widgets' CDN bundles (used before the browser tests and by the measurement script). */
import { defineConfig } from 'tsup';
import { cdnBuilds } from './build.config.js';

export default defineConfig(cdnBuilds);
