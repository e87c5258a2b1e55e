import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { clickButton, deepQuery, deepQueryAll, waitFor } from './office-dom.js';
import { at, inEnglish, renderOffice, then, type OfficeStoryParameters } from './office-story.js';

const editor = (parameters: OfficeStoryParameters = {}) => ({ office: { signedIn: true, ...parameters } });
const until = (check: () => unknown, what: string) => async () => void (await waitFor(check, what));
const sources = at('event-sources', () => deepQueryAll('li.source').length === 2, 'the two calendars');
const outcome = () => deepQuery('#sync-outcome')?.textContent?.trim() ?? '';

const meta = {
  title: 'Office/Kalender-Importe',
  render: renderOffice,
  parameters: editor(),
  play: sources,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Each calendar with address, interval and last sync; a failed last attempt shown clearly. */
export const Calendars: Story = {};
/** The list cannot be loaded: a retry. */
export const LoadError: Story = {
  parameters: editor({ eventSourceFailure: 'load' }),
  play: at('event-sources', () => deepQueryAll('p').some((p) => p.textContent?.trim() === 'Die Kalender konnten nicht geladen werden.'), 'the error state'),
};
/** "Jetzt abgleichen": the outcome announced. */
export const Synced: Story = {
  play: then(sources, () => clickButton('Jetzt abgleichen – Veranstaltungskalender der Stadt Musterstadt'), until(() => outcome().startsWith('Abgleich von'), 'the outcome')),
};
/** A sync that fails: its reason announced. */
export const SyncFailed: Story = {
  play: then(sources, () => clickButton('Jetzt abgleichen – Kurse der Volkshochschule'), until(() => outcome().includes('fehlgeschlagen'), 'the failure')),
};
/** Removing asks first. */
export const RemoveQuestion: Story = { play: then(sources, () => clickButton('Entfernen – Kurse der Volkshochschule'), until(() => deepQuery('#confirm-question'), 'the question')) };
/** In English. */
export const English: Story = { ...inEnglish };
