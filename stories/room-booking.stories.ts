import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { roomScenarios } from '@teilhabe/mocks';
import '@teilhabe/components/room-booking/define.js';
import { browserNetwork, docsLanguageNote, inLanguage, localeArgType } from './widget-story.js';

/** The attributes a web team types, as story controls. */
export interface RoomBookingArgs {
  apiBase: string;
  tenant: string;
  locale: string;
  room: string;
  area: string;
  minCapacity: number | undefined;
  organization: string;
}

type PlayContext = { canvasElement: HTMLElement };

/** Polls until `check` returns something (the stories' play functions wait for the widget). */
async function until<T>(check: () => T | null | undefined | false, what: string, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function widgetRoot(canvas: HTMLElement): ShadowRoot {
  return canvas.querySelector('tk-room-booking')!.shadowRoot!;
}

/** A weekday two weeks ahead: far enough for every notice period, near enough for every advance limit. */
function dateInTwoWeeks(isoWeekday: number): string {
  const now = new Date();
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const weekday = today.getUTCDay() || 7;
  today.setUTCDate(today.getUTCDate() + 14 + (isoWeekday - weekday));
  return today.toISOString().slice(0, 10);
}

function type(root: ShadowRoot, selector: string, value: string): void {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function fillRequest(canvas: HTMLElement, options: { series?: boolean } = {}): Promise<ShadowRoot> {
  const root = widgetRoot(canvas);
  await until(() => root.querySelector('#form-date'), 'the request form');
  type(root, '#form-date', dateInTwoWeeks(1));
  type(root, '#form-start', '10:00');
  type(root, '#form-end', '12:00');
  if (options.series) {
    root.querySelector<HTMLInputElement>('#form-repeat-weekly')!.click();
    await until(() => root.querySelector('#form-until'), 'the last date field');
    type(root, '#form-until', new Date(Date.parse(dateInTwoWeeks(1)) + 35 * 86_400_000).toISOString().slice(0, 10));
  }
  type(root, '#form-organizationName', 'Elternverein Brücke e. V.');
  type(root, '#form-name', 'Maryam Beispiel');
  type(root, '#form-email', 'maryam@example.org');
  type(root, '#form-purpose', 'Vorstandssitzung');
  type(root, '#form-attendees', '12');
  root.querySelector<HTMLInputElement>('#form-isPublic-no')!.click();
  root.querySelector<HTMLInputElement>('#form-acceptHouseRules')!.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return root;
}

async function submit(root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLButtonElement>('.booking-form button[type="submit"]')!.click();
}

const meta = {
  title: 'Widgets/Raumbuchung',
  component: 'tk-room-booking',
  tags: ['autodocs'],
  render: (args) => html`<tk-room-booking
    api-base=${args.apiBase || location.origin}
    tenant=${args.tenant}
    locale=${args.locale || nothing}
    room=${args.room || nothing}
    area=${args.area || nothing}
    min-capacity=${args.minCapacity ?? nothing}
    organization=${args.organization || nothing}
  ></tk-room-booking>`,
  args: { apiBase: '', tenant: 'musterkreis', locale: '', room: '', area: '', minCapacity: undefined, organization: '' },
  argTypes: { locale: localeArgType },
  parameters: { msw: { handlers: roomScenarios.rooms() }, docs: { subtitle: docsLanguageNote } },
  loaders: [browserNetwork('online')],
} satisfies Meta<RoomBookingArgs>;

export default meta;
type Story = StoryObj<RoomBookingArgs>;

/** Find a room: people, date and time, presets, equipment, accessibility, place; fees for the reader's kind of organisation. */
export const Search: Story = {};

/** The evening preset: rooms free from 18:00 until they close, in the coming week. */
export const EveningPreset: Story = {
  play: async ({ canvasElement }: PlayContext) => {
    const root = widgetRoot(canvasElement);
    const preset = await until(() => root.querySelector<HTMLButtonElement>('.preset'), 'the evening preset');
    preset.click();
    await until(() => preset.getAttribute('aria-pressed') === 'true' && root.querySelector('.room-card'), 'evening rooms');
  },
};

/** No room matches. */
export const NoResult: Story = { parameters: { msw: { handlers: roomScenarios.roomsEmpty() } } };

/** The list is loading. */
export const Loading: Story = { parameters: { msw: { handlers: roomScenarios.roomsLoading() } } };

/** The server failed; the reader can try again. */
export const ServerError: Story = { parameters: { msw: { handlers: roomScenarios.roomsError() } } };

/** The week of one room (preselected with `room`): free, requested and booked times, opening hours; busy times never say who. */
export const AvailabilityWeek: Story = { args: { room: 'iz-begegnungsraum' } };

/** The same week as a list, for screen readers and small screens. */
export const AvailabilityList: Story = {
  args: { room: 'iz-begegnungsraum' },
  play: async ({ canvasElement }: PlayContext) => {
    const root = widgetRoot(canvasElement);
    const toggle = await until(() => root.querySelectorAll<HTMLButtonElement>('.view-switch .chip')[1], 'the list toggle');
    toggle.click();
    await until(() => root.querySelector('.week-list'), 'the list');
  },
};

/** Sent empty: the error summary takes focus; every error repeats its field's label. */
export const FormWithErrors: Story = {
  args: { room: 'rathaus-sitzungszimmer' },
  play: async ({ canvasElement }: PlayContext) => {
    const root = widgetRoot(canvasElement);
    await until(() => root.querySelector('#form-date'), 'the request form');
    await submit(root);
    await until(() => root.querySelector('.error-summary'), 'the error summary');
  },
};

/** Someone was faster: the taken time and the nearest free alternatives. */
export const Conflict: Story = {
  args: { room: 'rathaus-sitzungszimmer' },
  parameters: { msw: { handlers: roomScenarios.bookingConflict() } },
  play: async ({ canvasElement }: PlayContext) => {
    const root = await fillRequest(canvasElement);
    await submit(root);
    await until(() => root.querySelector('.conflict .alternative'), 'the alternatives');
  },
};

/** Sent: status, summary, calendar file and the secret link. The Sitzungszimmer is booked at once. */
export const Success: Story = {
  args: { room: 'rathaus-sitzungszimmer', organization: '' },
  play: async ({ canvasElement }: PlayContext) => {
    const root = await fillRequest(canvasElement);
    await submit(root);
    await until(() => root.querySelector('.success'), 'the confirmation');
  },
};

/** A request that the office checks first ("Anfrage eingegangen"). */
export const SuccessRequested: Story = {
  args: { room: 'iz-begegnungsraum' },
  play: Success.play,
};

/** A weekly series with two taken dates: listed, and the reader can leave them out. */
export const SeriesWithConflicts: Story = {
  args: { room: 'rathaus-sitzungszimmer' },
  parameters: { msw: { handlers: roomScenarios.seriesConflict() } },
  play: async ({ canvasElement }: PlayContext) => {
    const root = await fillRequest(canvasElement, { series: true });
    await submit(root);
    await until(() => root.querySelector('.conflict'), 'the series conflict');
  },
};

/** English page. */
export const English: Story = { ...inLanguage('en') };

/** Arabic page (right to left). */
export const Arabic: Story = { ...inLanguage('ar') };

/** Turkish page. */
export const Turkish: Story = { ...inLanguage('tr') };

/** Ukrainian page. */
export const Ukrainian: Story = { ...inLanguage('uk') };

/** Russian page. */
export const Russian: Story = { ...inLanguage('ru') };

/** No network: the list of rooms says so and offers to try again when the browser is back online. */
export const Offline: Story = {
  parameters: { msw: { handlers: roomScenarios.roomsNetworkError() } },
  loaders: [browserNetwork('offline')],
};

/** The KERN-style example theme. */
export const KernTheme: Story = { globals: { theme: 'kern' } };
