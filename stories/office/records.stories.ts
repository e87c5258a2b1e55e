import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { clickButton, deepQuery, deepQueryAll, fill, waitFor } from './office-dom.js';
import { at, inEnglish, renderOffice, then, type OfficeStoryParameters } from './office-story.js';

const office = (parameters: OfficeStoryParameters) => ({ office: { signedIn: true, ...parameters } });
const until = (check: () => unknown, what: string) => async () => void (await waitFor(check, what));

/** The organisation the office tests edit, with its history loaded. */
const organization = at(
  'records/organizations/kulturverein-anadolu',
  () => deepQuery<HTMLInputElement>('#name')?.value === 'Kulturverein Anadolu' && deepQuery('.history-entry'),
  'the organisation form',
);

const meta = {
  title: 'Office/Einträge',
  render: renderOffice,
  parameters: office({}),
  play: organization,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The organisations, with search. */
export const Organizations: Story = { play: at('records/organizations', () => deepQueryAll('.record-list li').length === 2, 'two organisations') };
/** An organisation: German and each tenant language side by side, marked human, machine or falling back; its history. */
export const OrganizationLanguages: Story = {};
/** The API's field errors: a summary linked to the fields, each repeating the label; nothing typed is cleared. */
export const ValidationErrors: Story = {
  play: then(
    organization,
    () => fill('#name', ''),
    () => fill('#description-de', ''),
    () => fill('#website', 'anadolu.example.de'),
    () => fill('#description-tr', 'Yeni metin'),
    () => clickButton('Speichern'),
    until(() => deepQuery('.error-summary'), 'the error summary'),
  ),
};
/** Someone else saved meanwhile (412): both versions per field, the choice saved with the new version. */
export const Conflict412: Story = {
  parameters: office({ recordConflict: true }),
  play: then(
    organization,
    () => fill('#description-tr', 'Benim metnim'),
    () => fill('#email', 'neu@anadolu.example.de'),
    () => clickButton('Speichern'),
    until(() => deepQuery('#conflict-title'), 'the conflict view'),
  ),
};
/** The unsaved record in the directory's own detail template, per language. */
export const Preview: Story = {
  play: then(organization, () => fill('#description-tr', 'Önizleme metni')),
};
/** An event: one-off or recurring, the recurrence in plain words, the next dates. */
export const Event: Story = { play: at('records/events/elterncafe', () => deepQuery<HTMLInputElement>('#start')?.value === '08.01.2030', 'the event form') };
/** A room: capacity, equipment, accessibility, booking rules, the preview with the booking widget's card. */
export const Room: Story = { play: at('records/rooms/begegnungsraum-nord', () => deepQuery<HTMLInputElement>('#capacity')?.value === '30' && deepQuery('#accessibility'), 'the room form') };
/** A funding programme: amounts, deadlines, eligibility. */
export const FundingProgram: Story = { play: at('records/funding-programs/mikroprojekte-2027', () => deepQuery<HTMLInputElement>('#amount-maxEur')?.value === '1500', 'the funding form') };
/** In English. */
export const English: Story = { ...inEnglish };
