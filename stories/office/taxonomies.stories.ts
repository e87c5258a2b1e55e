import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { click, clickButton, deepQuery, deepQueryAll, fill, waitFor } from './office-dom.js';
import { at, inEnglish, renderOffice, then, type OfficeStoryParameters } from './office-story.js';

const editor = (parameters: OfficeStoryParameters = {}) => ({ office: { signedIn: true, ...parameters } });
const until = (check: () => unknown, what: string) => async () => void (await waitFor(check, what));
const areas = at('taxonomies/areas', () => deepQueryAll('li.term').length === 5, 'the five areas');

const meta = {
  title: 'Office/Kategorien und Gebiete',
  render: renderOffice,
  parameters: editor(),
  play: areas,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The nine taxonomies, areas first. */
export const Taxonomies: Story = { play: at('taxonomies', () => deepQueryAll('ul.taxonomies a').length === 9, 'the nine taxonomies') };
/** One taxonomy's terms: labels side by side, missing and machine-translated ones marked, how many records use each. */
export const Terms: Story = {};
/** The terms cannot be loaded: a retry. */
export const LoadError: Story = {
  parameters: editor({ taxonomyFailure: 'load' }),
  play: at('taxonomies/areas', () => deepQueryAll('p').some((p) => p.textContent?.trim() === 'Die Begriffe konnten nicht geladen werden.'), 'the error state'),
};
/** Adding without code and German label: both named, what was typed kept. */
export const AddErrors: Story = {
  play: then(areas, () => fill('#label-en', 'Upper valley'), () => click('button.save'), until(() => deepQuery('.error-summary'), 'the error summary')),
};
/** Deleting asks first. */
export const DeleteQuestion: Story = { play: then(areas, () => clickButton('Löschen – Altheim'), until(() => deepQuery('#confirm-question'), 'the question')) };
/** A term in use stays: the refusal with the count. */
export const InUse: Story = {
  play: then(areas, () => clickButton('Löschen – Musterstadt'), () => clickButton('Ja, löschen'), until(() => deepQuery('.error-summary'), 'the refusal')),
};
/** One term's labels in every language. */
export const TermForm: Story = { play: at('taxonomies/areas/neudorf', () => deepQuery('#label-tr'), 'the term form') };
/** In English. */
export const English: Story = { ...inEnglish };
