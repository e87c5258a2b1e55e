import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

/**
 * Storybook for designers: every widget state, locale and theme, against the
 * msw handlers of @teilhabe/mocks. No telemetry, no vitest addon (it would
 * download a browser); builds offline.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  // msw's worker must be served from the root.
  staticDirs: [{ from: '../packages/mocks/public', to: '/' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      // Workspace packages are used from source (their `source` export condition).
      resolve: { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] },
    };
  },
};

export default config;
