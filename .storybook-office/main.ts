import type { StorybookConfig } from '@storybook/web-components-vite';
import { storybookBase } from '../stories/storybook-base.js';

/**
 * The office app's Storybook: every screen state against the office mocks of
 * @teilhabe/mocks. A Storybook of its own because the office configures its
 * own @lit/localize, which allows one configuration per page; the widgets'
 * Storybook shows it through a ref. No telemetry, no vitest addon; builds offline.
 */
const config: StorybookConfig = {
  stories: ['../stories/office/*.stories.ts'],
  ...storybookBase,
  addons: [],
};

export default config;
