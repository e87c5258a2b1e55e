/// <reference types="mocha" />
/**
 * What every widget's browser tests need: the mocked API, waiting for the
 * widget to get somewhere, rendering it inside a page context, tabbing with
 * real key presses and the KERN theme. Each widget's `support.ts` adds its
 * default scenario and its own waits.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { inPage, type PageContext } from '../../stories/page-context.js';

let worker: SetupWorker | undefined;

/** Starts msw once per test file (each file runs in its own page); handlers are replaced per test. */
export async function mockHandlers(handlers: RequestHandler[]): Promise<void> {
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  }
  worker.resetHandlers(...handlers);
}

export { waitFor } from '../../stories/wait-for.js';

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/**
 * A widget against the mocked API (`api-base` is this page) in a page context,
 * with the given extra attributes. With `withoutUrlState`, the widget leaves
 * the address bar alone unless the attributes ask for `url-state`.
 */
export async function renderWidget<T extends HTMLElement>(
  tag: string,
  context: Partial<PageContext>,
  attributes: string,
  { withoutUrlState }: { withoutUrlState: boolean },
): Promise<T> {
  const page = await fixture<HTMLElement>(inPage(html``, { locale: context.locale ?? 'de', theme: context.theme ?? 'default' }));
  const container = page.querySelector('.story-page') ?? page;
  const urlState = withoutUrlState && !attributes.includes('url-state') ? 'url-state="none"' : '';
  container.insertAdjacentHTML('beforeend', `<${tag} api-base="${location.origin}" tenant="musterkreis" ${urlState} ${attributes}></${tag}>`);
  return container.querySelector<T>(tag)!;
}

/** The KERN example theme, loaded once. */
export function loadKernTheme(): void {
  if (document.querySelector('link[data-kern]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/components/src/theme/kern.css';
  link.dataset['kern'] = '';
  document.head.append(link);
}

/** Presses Tab (real key presses) until the element focused inside `root` matches, at most `max` times. */
export async function tabUntil(root: ShadowRoot, matches: (element: Element) => boolean, what: string, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const element = root.activeElement as HTMLElement | null;
    if (element && matches(element)) return element;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** A story as the stories modules export it (args, msw handlers, loaders, globals, play). */
export interface AnyStory<Args> {
  args?: Partial<Args>;
  parameters?: { msw?: { handlers?: RequestHandler[] } };
  loaders?: (() => Promise<unknown>)[];
  globals?: { locale?: string; theme?: 'default' | 'kern' };
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

/** What `renderStory` needs of a stories module's default export. */
export interface StoryMeta<Args> {
  args: Partial<Args>;
  parameters: { msw: { handlers: RequestHandler[] } };
  loaders?: (() => Promise<unknown>)[];
  render: (args: Args) => unknown;
}

/**
 * Renders a story as Storybook does: its msw handlers (else the default
 * export's), its loaders, its args over the defaults, in a page context of
 * `locale` and `theme`. Returns the widget `tag` and the page. The story's
 * play function is the caller's to run (some wait for the widget first).
 */
export async function renderStory<Args, T extends HTMLElement>(
  meta: StoryMeta<Args>,
  story: AnyStory<Args>,
  tag: string,
  { locale, theme }: { locale: string; theme: 'default' | 'kern' },
): Promise<{ element: T; page: HTMLElement }> {
  await mockHandlers(story.parameters?.msw?.handlers ?? meta.parameters.msw.handlers);
  for (const load of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) await load();
  const args = { ...meta.args, ...story.args } as Args;
  const page = await fixture<HTMLElement>(inPage(meta.render(args) as TemplateResult, { locale, theme }));
  return { element: page.querySelector<T>(tag)!, page };
}
