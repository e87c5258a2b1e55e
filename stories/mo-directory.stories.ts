import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { scenarios } from '@teilhabe/mocks';
import '@teilhabe/components/mo-directory/define.js';
import { browserNetwork, docsLanguageNote, inLanguage, localeArgType, urlStateArgType } from './widget-story.js';

/** The attributes a web team types, as story controls. */
export interface DirectoryArgs {
  apiBase: string;
  tenant: string;
  locale: string;
  topic: string;
  area: string;
  type: string;
  language: string;
  pageSize: number;
  view: 'list' | 'compact';
  urlState: 'query' | 'none';
  mapUrl: string;
}

const meta = {
  title: 'Widgets/Verzeichnis der Migrantenorganisationen',
  component: 'tk-mo-directory',
  tags: ['autodocs'],
  render: (args) => html`<tk-mo-directory
    api-base=${args.apiBase || location.origin}
    tenant=${args.tenant}
    locale=${args.locale || nothing}
    topic=${args.topic || nothing}
    area=${args.area || nothing}
    type=${args.type || nothing}
    language=${args.language || nothing}
    page-size=${args.pageSize}
    view=${args.view}
    url-state=${args.urlState}
    map-url=${args.mapUrl || nothing}
  ></tk-mo-directory>`,
  args: {
    apiBase: '',
    tenant: 'musterkreis',
    locale: '',
    topic: '',
    area: '',
    type: '',
    language: '',
    pageSize: 20,
    view: 'list',
    urlState: 'none',
    mapUrl: '',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'compact'] },
    urlState: urlStateArgType,
    locale: localeArgType,
  },
  parameters: { msw: { handlers: scenarios.directory() }, docs: { subtitle: docsLanguageNote } },
  loaders: [browserNetwork('online')],
} satisfies Meta<DirectoryArgs>;

export default meta;
type Story = StoryObj<DirectoryArgs>;

/** The directory of the Landkreis Musterkreis with its demo data. */
export const Default: Story = {};

/** Names, places and languages only: for a sidebar or a long list. */
export const Compact: Story = { args: { view: 'compact' } };

/** A youth office page: only organisations working on youth and education; the topic filter is hidden. */
export const YouthOfficePreset: Story = { args: { topic: 'youth-education' } };

/** With a map link chosen by the host page (none by default). */
export const WithMapLink: Story = { args: { mapUrl: 'https://www.openstreetmap.org/search?query={address}' } };

/** The list is still loading: a skeleton of the same height as the cards. */
export const Loading: Story = { parameters: { msw: { handlers: scenarios.loadingForever() } } };

/** No organisation yet. */
export const Empty: Story = { parameters: { msw: { handlers: scenarios.empty() } } };

/** The server failed; the reader can try again. */
export const ServerError: Story = { parameters: { msw: { handlers: scenarios.serverError() } } };

/** The browser is offline. */
export const Offline: Story = {
  parameters: { msw: { handlers: scenarios.networkError() } },
  loaders: [browserNetwork('offline')],
};

/** 10,000 organisations: paged, searching stays fluid. */
export const TenThousand: Story = { parameters: { msw: { handlers: scenarios.large() } } };

/** Records that try to inject markup or unsafe links show as plain text. */
export const HostileData: Story = { parameters: { msw: { handlers: scenarios.hostile() } } };

/** English page. */
export const English: Story = { ...inLanguage('en') };

/** Arabic page: right to left; texts without an Arabic version are marked and stay left to right. */
export const Arabic: Story = { ...inLanguage('ar') };

/** Farsi page (right to left). */
export const Farsi: Story = { ...inLanguage('fa') };

/** Turkish page. */
export const Turkish: Story = { ...inLanguage('tr') };

/** Ukrainian page. */
export const Ukrainian: Story = { ...inLanguage('uk') };

/** Russian page. */
export const Russian: Story = { ...inLanguage('ru') };

/** The KERN-style example theme. */
export const KernTheme: Story = { globals: { theme: 'kern' } };

/** A phone in portrait (320 px reflow). */
export const Narrow: Story = { globals: { viewport: { value: 'narrow', isRotated: false } } };

/** A wide desktop layout. */
export const Wide: Story = { globals: { viewport: { value: 'wide', isRotated: false } } };
