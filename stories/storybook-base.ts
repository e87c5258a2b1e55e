/**
 * What both Storybooks (the widgets' `.storybook`, the office's
 * `.storybook-office`) configure alike: the web-components framework,
 * workspace packages from source, msw's worker served beside the stories,
 * no telemetry (so the build works offline).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

export const storybookBase = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // msw's worker beside the stories (the previews register it by a relative address, so /storybook/ works too).
  staticDirs: [{ from: '../packages/mocks/public', to: '/' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      // Workspace packages are used from source (their `source` export condition).
      resolve: { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] },
    };
  },
} satisfies Partial<StorybookConfig>;
