import type { StorybookConfig } from '@storybook/web-components-vite';
import { storybookBase } from '../stories/storybook-base.js';

/**
 * Storybook for designers: every widget state, locale and theme, against the
 * msw handlers of @teilhabe/mocks. No telemetry, no vitest addon (it would
 * download a browser); builds offline.
 */
const config: StorybookConfig = {
  // The office's stories have a Storybook of their own (.storybook-office), shown here through a ref.
  stories: ['../stories/*.stories.ts'],
  ...storybookBase,
  addons: ['@storybook/addon-docs'],
  // Composition: `npm run storybook:office` in development; in the static build the office's Storybook sits in
  // office/ beside this one (npm run build-storybook), so a relative address works offline and under /storybook/.
  refs: (_config, { configType }) => ({
    office: { title: 'Office-App', url: configType === 'DEVELOPMENT' ? 'http://localhost:6007' : './office' },
  }),
};

export default config;
