import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fundingScenarios } from '@teilhabe/mocks';
import type { ApplicantProfile } from '@teilhabe/sdk';
import '@teilhabe/components/funding-finder/define.js';
import type { TkFundingFinder } from '../packages/components/src/funding-finder/funding-finder.component.js';
import { browserNetwork, docsLanguageNote, inLanguage, localeArgType, urlStateArgType } from './widget-story.js';

/** The attributes a web team types, as story controls. */
export interface FundingArgs {
  apiBase: string;
  tenant: string;
  locale: string;
  mode: 'guided' | 'browse';
  kind: string;
  topic: string;
  providerLevel: string;
  urlState: 'query' | 'none';
}

/** A migrant organisation in Musterstadt that needs 1,500 € for a culture project (deadline left open). */
export const MIXED_PROFILE: ApplicantProfile = { applicantKind: 'migrant-organization', area: 'musterstadt', topics: ['culture'], needs: ['money'], amountEur: 1500 };
/** An individual in Talhausen who needs a room: nothing fits. */
export const NO_MATCH_PROFILE: ApplicantProfile = { applicantKind: 'individual', area: 'talhausen', needs: ['room'] };

async function finderIn(canvas: HTMLElement): Promise<TkFundingFinder> {
  const element = canvas.querySelector('tk-funding-finder')!;
  await element.updateComplete;
  return element;
}

async function until(check: () => unknown, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('story play: timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** "Weiter" when the profile answers the current step, else "Weiß ich nicht". */
async function answerStep(element: TkFundingFinder, profile: ApplicantProfile): Promise<void> {
  const root = element.shadowRoot!;
  const key = root.querySelector<HTMLElement>('form[data-step]')!.dataset['step'] as keyof ApplicantProfile;
  root.querySelector<HTMLButtonElement>(profile[key] === undefined ? '#step-unknown' : '#step-next')!.click();
  await element.updateComplete;
}

/** Plays the questionnaire with prefilled answers up to a step (1-based), or to the results (`steps` = 7). */
function playTo(step: number, profile: ApplicantProfile = MIXED_PROFILE) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = await finderIn(canvasElement);
    const root = element.shadowRoot!;
    await until(() => root.querySelector('.choice input[id^="step-applicantKind-migrant"]'));
    element.profile = { ...profile };
    await element.updateComplete;
    for (let i = 1; i < step; i++) await answerStep(element, profile);
    if (step > 6) await until(() => root.querySelector('article[data-fit], .state'));
  };
}

const meta = {
  title: 'Widgets/Förderfinder',
  component: 'tk-funding-finder',
  tags: ['autodocs'],
  render: (args) => html`<tk-funding-finder
    api-base=${args.apiBase || location.origin}
    tenant=${args.tenant}
    locale=${args.locale || nothing}
    mode=${args.mode}
    kind=${args.kind || nothing}
    topic=${args.topic || nothing}
    provider-level=${args.providerLevel || nothing}
    url-state=${args.urlState}
  ></tk-funding-finder>`,
  args: { apiBase: '', tenant: 'musterkreis', locale: '', mode: 'guided', kind: '', topic: '', providerLevel: '', urlState: 'none' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['guided', 'browse'] },
    urlState: urlStateArgType,
    locale: localeArgType,
  },
  parameters: { msw: { handlers: fundingScenarios.funding() }, docs: { subtitle: docsLanguageNote } },
  loaders: [browserNetwork('online')],
} satisfies Meta<FundingArgs>;

export default meta;
type Story = StoryObj<FundingArgs>;

/** Step 1 of 6: who applies. */
export const Step1Applicant: Story = {};
/** Step 2 of 6: where the organisation is based. */
export const Step2Area: Story = { play: playTo(2) };
/** Step 3 of 6: the topic of the project. */
export const Step3Topic: Story = { play: playTo(3) };
/** Step 4 of 6: what is needed. */
export const Step4Needs: Story = { play: playTo(4) };
/** Step 5 of 6: how much money. */
export const Step5Amount: Story = { play: playTo(5) };
/** Step 6 of 6: by when. */
export const Step6Date: Story = { play: playTo(6) };
/** Ranked results with met, not met and open criteria; open ones can be answered in place. */
export const ResultsMixed: Story = { play: playTo(7) };
/** Nothing fits: the reader sees why for each programme and where to get advice. */
export const NoMatch: Story = { play: playTo(7, NO_MATCH_PROFILE) };
/** A programme in detail: deadlines, steps, a document checklist, the office. */
export const Details: Story = {
  play: async (context) => {
    await playTo(7)(context);
    const root = (await finderIn(context.canvasElement)).shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-open="integrationsprojekte-landkreis"]')!.click();
    await until(() => root.querySelector('.detail-section'));
  },
};
/** Browse and search all programmes with filters. */
export const Browse: Story = { args: { mode: 'browse' } };
/** Browse, preset to non-cash support (rooms, counselling, training). */
export const BrowseNonCash: Story = { args: { mode: 'browse', kind: 'non-cash-rooms,non-cash-counselling,non-cash-qualification' } };
/** The server fails; the reader can try again. */
export const ServerError: Story = { parameters: { msw: { handlers: fundingScenarios.fundingError() } }, play: playTo(7) };
/** The match is still running. */
export const Loading: Story = {
  parameters: { msw: { handlers: fundingScenarios.fundingLoading() } },
  play: async ({ canvasElement }) => {
    const element = await finderIn(canvasElement);
    const root = element.shadowRoot!;
    await until(() => root.querySelector('.choice input[id^="step-applicantKind-migrant"]'));
    element.profile = { ...MIXED_PROFILE };
    await element.updateComplete;
    for (let i = 0; i < 6; i++) await answerStep(element, MIXED_PROFILE);
    await until(() => root.querySelector('.skeleton'));
  },
};
/** English page. */
export const English: Story = { ...inLanguage('en'), play: playTo(7) };
/** Arabic page: right to left; programme texts without an Arabic version are marked. */
export const Arabic: Story = { ...inLanguage('ar'), play: playTo(7) };
/** Turkish page. */
export const Turkish: Story = { ...inLanguage('tr'), play: playTo(7) };
/** Ukrainian page. */
export const Ukrainian: Story = { ...inLanguage('uk'), play: playTo(7) };
/** Russian page. */
export const Russian: Story = { ...inLanguage('ru'), play: playTo(7) };
/** No network: the list says so and offers to try again when the browser is back online. */
export const Offline: Story = {
  args: { mode: 'browse' },
  parameters: { msw: { handlers: fundingScenarios.fundingNetworkError() } },
  loaders: [browserNetwork('offline')],
};
/** The KERN-style example theme. */
export const KernTheme: Story = { globals: { theme: 'kern' }, play: playTo(7) };
