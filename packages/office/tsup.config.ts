/** Only the office app's bundle (`npm start` builds it with everything else through the root config). */
import { defineConfig } from 'tsup';
import { officeBuild } from './build.config.js';

export default defineConfig(officeBuild);
