import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { deepQuery, deepQueryAll, textOf, waitFor } from './office-dom.js';
import { inEnglish, renderOffice, type OfficeStoryParameters } from './office-story.js';

/** The start page with its three parts: requests waiting, failed mails, the latest changes. */
async function allParts() {
  await waitFor(() => deepQueryAll('.oldest li').length === 3 && deepQueryAll('.failed-mail').length === 2 && deepQueryAll('.change').length === 4, 'all three parts');
}

const meta = {
  title: 'Office/Startseite',
  render: renderOffice,
  parameters: { office: { signedIn: true } satisfies OfficeStoryParameters },
  play: allParts,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Requests waiting (and for how long), records not confirmed for a year, failed mails, the latest changes. */
export const Default: Story = {};
/** Nothing waits, no mail failed, nothing changed yet. */
export const Quiet: Story = {
  parameters: { office: { signedIn: true, queue: 'empty', outbox: 'none', audit: 'none' } satisfies OfficeStoryParameters },
  play: async () => void (await waitFor(() => deepQuery('.waiting-count') && deepQuery('.changes'), 'the quiet start page')),
};
/** Mails and changes cannot be loaded: each part says so, the rest works. */
export const LoadErrors: Story = {
  parameters: { office: { signedIn: true, outbox: 'error', audit: 'error' } satisfies OfficeStoryParameters },
  play: async () =>
    void (await waitFor(
      () => textOf(deepQuery('.mails')).includes('Die Mails konnten nicht geladen werden.') && textOf(deepQuery('.changes')).includes('Die Änderungen konnten nicht geladen werden.'),
      'both errors',
    )),
};
/** In English. */
export const English: Story = { ...inEnglish };
