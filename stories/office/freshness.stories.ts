import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { clickButton, deepQuery, deepQueryAll, waitFor } from './office-dom.js';
import { at, inEnglish, renderOffice, then, type OfficeStoryParameters } from './office-story.js';

const stale = (n: number) => () => deepQueryAll('.stale-list li').length === n;
const list = at('freshness', stale(2), 'two stale records');

const meta = {
  title: 'Office/Aktualität',
  render: renderOffice,
  parameters: { office: { signedIn: true } satisfies OfficeStoryParameters },
  play: list,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Records of every kind not confirmed for the set time, each with "Unverändert bestätigen". */
export const StaleRecords: Story = {};
/** One confirmed in one click: the banner, one left. */
export const Confirmed: Story = {
  play: then(list, () => clickButton(/Unverändert bestätigen: Jugendtreff Nord/), async () => void (await waitFor(() => stale(1)() && deepQuery('.banner'), 'one left'))),
};
/** In English. */
export const English: Story = { ...inEnglish };
