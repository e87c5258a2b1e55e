import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { eventScenarios } from '@teilhabe/mocks';
import '@teilhabe/components/event-calendar/define.js';
import { browserNetwork, docsLanguageNote, inLanguage, localeArgType, urlStateArgType } from './widget-story.js';

/** The attributes a web team types, as story controls. */
export interface EventCalendarArgs {
  apiBase: string;
  tenant: string;
  locale: string;
  view: '' | 'month' | 'week' | 'list';
  initialDate: string;
  topic: string;
  organizer: string;
  language: string;
  area: string;
  format: string;
  maxPerDay: number;
  organizerHref: string;
  urlState: 'query' | 'none';
}

const meta = {
  title: 'Widgets/Veranstaltungskalender',
  component: 'tk-event-calendar',
  tags: ['autodocs'],
  render: (args) => html`<tk-event-calendar
    api-base=${args.apiBase || location.origin}
    tenant=${args.tenant}
    locale=${args.locale || nothing}
    view=${args.view || nothing}
    initial-date=${args.initialDate || nothing}
    topic=${args.topic || nothing}
    organizer=${args.organizer || nothing}
    language=${args.language || nothing}
    area=${args.area || nothing}
    format=${args.format || nothing}
    max-per-day=${args.maxPerDay}
    organizer-href=${args.organizerHref || nothing}
    url-state=${args.urlState}
  ></tk-event-calendar>`,
  args: {
    apiBase: '',
    tenant: 'musterkreis',
    locale: '',
    view: 'month',
    initialDate: '',
    topic: '',
    organizer: '',
    language: '',
    area: '',
    format: '',
    maxPerDay: 3,
    organizerHref: '/verzeichnis?tk-org={id}',
    urlState: 'none',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['', 'month', 'week', 'list'] },
    urlState: urlStateArgType,
    locale: localeArgType,
  },
  parameters: { msw: { handlers: eventScenarios.calendar() }, docs: { subtitle: docsLanguageNote } },
  loaders: [browserNetwork('online')],
} satisfies Meta<EventCalendarArgs>;

export default meta;
type Story = StoryObj<EventCalendarArgs>;

/** The month of the Landkreis Musterkreis: network meetings, seminars, a festival week. */
export const Month: Story = {};

/** One week, day by day. */
export const Week: Story = { args: { view: 'week' } };

/** The list (agenda) of the month: the default on narrow screens. */
export const List: Story = { args: { view: 'list' } };

/** A month without any event. */
export const EmptyMonth: Story = { parameters: { msw: { handlers: eventScenarios.empty() } } };

/** Still loading: the grid is shown, marked busy, with the announcement "Veranstaltungen werden geladen …". */
export const Loading: Story = { parameters: { msw: { handlers: eventScenarios.loadingForever() } } };

/** The server failed; the reader can try again. */
export const ServerError: Story = { parameters: { msw: { handlers: eventScenarios.serverError() } } };

/** The browser is offline. */
export const Offline: Story = {
  parameters: { msw: { handlers: eventScenarios.networkError() } },
  loaders: [browserNetwork('offline')],
};

/** Cancelled and postponed events stay visible, marked by text ("Abgesagt", "Verschoben"), not only by colour. */
export const CancelledAndPostponed: Story = { args: { view: 'list', format: 'culture,course' } };

/** An online event (and a hybrid one). */
export const Online: Story = { args: { view: 'list', format: 'information-evening,network-meeting' } };

/** A weekly series with one date left out (exception date). */
export const Recurring: Story = { args: { format: 'parents-seminar' } };

/** A youth office page: only events on youth and education; the topic filter is hidden. */
export const TopicPreset: Story = { args: { topic: 'youth-education', view: 'list' } };

/** 2,000 events in one month: three per day cell, then "+k weitere". */
export const TwoThousand: Story = { parameters: { msw: { handlers: eventScenarios.large() } } };

/** Records that try to inject markup or unsafe links show as plain text. */
export const HostileData: Story = { args: { view: 'list' }, parameters: { msw: { handlers: eventScenarios.hostile() } } };

/** English page. */
export const English: Story = { ...inLanguage('en') };

/** Arabic page: right to left, mirrored arrows; texts without an Arabic version are marked. */
export const Arabic: Story = { ...inLanguage('ar') };

/** Turkish page. */
export const Turkish: Story = { ...inLanguage('tr') };

/** Ukrainian page. */
export const Ukrainian: Story = { ...inLanguage('uk'), args: { locale: 'uk', view: 'list' } };

/** Russian page. */
export const Russian: Story = { ...inLanguage('ru') };

/** Farsi page (right to left). */
export const Farsi: Story = { ...inLanguage('fa'), args: { locale: 'fa', view: 'list' } };

/** The KERN-style example theme. */
export const KernTheme: Story = { globals: { theme: 'kern' } };

/** A phone in portrait (320 px): the list is the default view. */
export const Narrow: Story = { args: { view: '' }, globals: { viewport: { value: 'narrow', isRotated: false } } };
