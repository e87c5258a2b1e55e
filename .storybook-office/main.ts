import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

/**
 * The office app's Storybook: every screen state against the office mocks of
 * @teilhabe/mocks. A Storybook of its own because the office configures its
 * own @lit/localize, which allows one configuration per page; the widgets'
 * Storybook shows it through a ref. No telemetry, no vitest addon; builds offline.
 */
const config: StorybookConfig = {
  stories: ['../stories/office/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: [],
  // msw's worker beside the stories (the preview registers it by a relative address, so /storybook/office/ works too).
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
