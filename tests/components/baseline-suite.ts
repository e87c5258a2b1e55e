/// <reference types="mocha" />
/**
 * The baseline every widget must meet, run once per widget (as Lion runs its
 * shared suites over each component): it follows the page's `lang`, turns
 * right to left for Arabic, shows an error with a retry that recovers for
 * every request it makes under every kind of failure, comes back after being
 * offline, shows hostile data as text, restores its state from the URL,
 * keeps its event contract, and tells the web team when it is set up wrongly.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse, passthrough, type RequestHandler } from 'msw';
import { inPage } from '../../stories/page-context.js';
import { mockHandlers, shadow, waitFor } from './widget-harness.js';

type Root = ShadowRoot;
type Check = (root: Root) => unknown;

/** One request of the widget, and how the widget shows its failure and recovery. */
export interface RequestUnderTest {
  name: string;
  /** msw path of the request, e.g. `*\/v1/:tenant/organizations`. */
  path: string;
  method?: 'get' | 'post';
  /** Extra attributes of the widget for this request (e.g. `mode="browse"`). */
  attributes?: string;
  /** Steps that make the widget send the request (after `ready`, when it is not sent at once). */
  trigger?: (root: Root) => Promise<void>;
  /** What `ready` means with this request's attributes (default: the scenarios' `ready`). */
  ready?: Check;
  /** The visible message of the failure; it contains the retry button. */
  failed: (root: Root) => Element | null | undefined;
  /** The widget shows what the request brought. */
  recovered: Check;
}

export interface BaselineScenarios {
  /** Handlers of the widget's normal data. */
  handlers: () => RequestHandler[];
  /** Extra attributes of every render. */
  attributes?: string;
  /** The widget shows its data. */
  ready: Check;
  /** The heading text in German and in English (to see the UI language follow `lang`). */
  title: { de: string; en: string };
  requests: RequestUnderTest[];
  /** Handlers with a record that tries to inject markup, and how to see it was shown as text. */
  hostile?: { handlers: () => RequestHandler[]; shownAsText: Check; attributes?: string };
  /** The widget restores a state from the URL and writes a change back. */
  urlRoundTrip?: { search: string; restored: Check; change: (root: Root) => Promise<void>; written: (search: string) => boolean };
  /** `tk-filter-change` fires for a filter change and not for other moves. */
  filterChange?: { change: (root: Root) => Promise<void>; notAChange: Array<{ name: string; act: (root: Root) => Promise<void> }> };
}

/** The ways a request fails that the widgets must survive. */
export const FAILURES: Array<{ name: string; respond: () => Promise<Response> | Response; slow?: boolean }> = [
  { name: '500 problem', respond: () => problemResponse(500, 'Interner Fehler') },
  { name: '503 with Retry-After', respond: () => problemResponse(503, 'Wartung', { 'Retry-After': '1' }) },
  { name: 'malformed JSON', respond: () => new HttpResponse('{"data": [', { headers: { 'Content-Type': 'application/json' } }) },
  { name: 'JSON of the wrong shape', respond: () => HttpResponse.json({ items: 'none', meta: 3 }) },
  {
    name: 'an HTML error page',
    respond: () => new HttpResponse('<!doctype html><title>502</title><h1>Bad Gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
  },
  { name: 'a reset connection', respond: () => HttpResponse.error() },
  {
    name: 'no answer past the timeout',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json({});
    },
    slow: true,
  },
];

function problemResponse(status: number, title: string, headers: Record<string, string> = {}): Response {
  const body = { type: `/problems/${status}`, title, status, requestId: `baseline-${status}` };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}

/** Records uncaught errors and `console.error` calls while a test runs. */
function watchPage() {
  const uncaught: string[] = [];
  const consoleErrors: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  const original = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    uncaught,
    consoleErrors,
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

async function render(tag: string, { locale = 'de', attributes = '', apiBase = location.origin, tenant = 'musterkreis' }: { locale?: string; attributes?: string; apiBase?: string | null; tenant?: string | null } = {}) {
  const page = await fixture<HTMLElement>(inPage(html``, { locale, theme: 'default' }));
  const container = page.querySelector('.story-page') ?? page;
  const urlState = attributes.includes('url-state') ? '' : 'url-state="none"';
  const base = apiBase === null ? '' : `api-base="${apiBase}"`;
  const tenantAttribute = tenant === null ? '' : `tenant="${tenant}"`;
  container.insertAdjacentHTML('beforeend', `<${tag} ${base} ${tenantAttribute} ${urlState} ${attributes}></${tag}>`);
  const element = container.querySelector<HTMLElement>(tag)!;
  return { element, root: shadow(element) };
}

function retryButton(message: Element): HTMLButtonElement {
  const button = message.querySelector<HTMLButtonElement>('button');
  if (!button) throw new Error(`The failure message has no retry button: ${message.textContent}`);
  return button;
}

export function runWidgetBaselineSuite({ tag, scenarios }: { tag: string; scenarios: BaselineScenarios }): void {
  const attributes = scenarios.attributes ?? '';

  describe(`<${tag}> baseline`, function () {
    this.timeout(60_000);
    beforeEach(() => mockHandlers(scenarios.handlers()));
    afterEach(() => history.replaceState(null, '', location.pathname));

    it('follows the lang of the page, also when it changes', async () => {
      const { element, root } = await render(tag, { locale: 'en', attributes });
      await waitFor(() => root.querySelector('[part="base"]')?.getAttribute('lang') === 'en', 'lang="en" on the widget');
      await waitFor(() => root.querySelector('.title')?.textContent?.includes(scenarios.title.en), 'the English heading');
      element.closest('[lang]')!.setAttribute('lang', 'de');
      await waitFor(() => root.querySelector('.title')?.textContent?.includes(scenarios.title.de), 'the German heading after the page changed its lang');
      await waitFor(() => scenarios.ready(root), 'the data');
    });

    it('turns right to left in Arabic', async () => {
      const { root } = await render(tag, { locale: 'ar', attributes });
      await waitFor(() => root.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'dir="rtl"');
      await waitFor(() => scenarios.ready(root), 'the data');
    });

    for (const request of scenarios.requests) {
      for (const failure of FAILURES) {
        it(`${request.name}: ${failure.name} shows a message, and its retry recovers`, async function () {
          if (failure.slow) this.timeout(40_000);
          let failing = true;
          const method = request.method ?? 'get';
          await mockHandlers([http[method](request.path, () => (failing ? failure.respond() : undefined)), ...scenarios.handlers()]);
          const page = watchPage();
          try {
            const { root } = await render(tag, { attributes: `${attributes} ${request.attributes ?? ''}` });
            if (request.trigger) {
              failing = false;
              await waitFor(() => (request.ready ?? scenarios.ready)(root), 'the widget before the request');
              failing = true;
              await request.trigger(root);
            }
            const message = await waitFor(() => request.failed(root), `the failure message of ${request.name}`, failure.slow ? 30_000 : 15_000);
            expect(message.textContent!.trim()).to.not.equal('');
            failing = false;
            retryButton(message).click();
            await waitFor(() => request.recovered(root), `${request.name} to recover after the retry`);
            expect(page.uncaught, 'nothing uncaught').to.deep.equal([]);
          } finally {
            page.stop();
          }
        });
      }
    }

    it('comes back by itself when the browser is online again', async () => {
      const request = scenarios.requests.find((candidate) => !candidate.trigger)!;
      let failing = true;
      await mockHandlers([http.get(request.path, () => (failing ? HttpResponse.error() : undefined)), ...scenarios.handlers()]);
      const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
      try {
        const { root } = await render(tag, { attributes: `${attributes} ${request.attributes ?? ''}` });
        await waitFor(() => request.failed(root), 'the offline message');
        expect(root.textContent).to.not.be.undefined;
        failing = false;
        Object.defineProperty(Navigator.prototype, 'onLine', onLine);
        window.dispatchEvent(new Event('online'));
        await waitFor(() => request.recovered(root), 'the data after coming back online');
      } finally {
        Object.defineProperty(Navigator.prototype, 'onLine', onLine);
      }
    });

    if (scenarios.hostile) {
      const hostile = scenarios.hostile;
      it('shows hostile data as text', async () => {
        await mockHandlers(hostile.handlers());
        const { root } = await render(tag, { attributes: `${attributes} ${hostile.attributes ?? ''}` });
        await waitFor(() => hostile.shownAsText(root), 'the hostile record, as text');
        expect(root.querySelector('script, iframe, img[onerror], [onerror]')).to.equal(null);
        expect(root.querySelector('a[href^="javascript:"], a[href^="data:"]')).to.equal(null);
        expect((window as { __tkInjected?: boolean }).__tkInjected).to.equal(undefined);
      });
    }

    if (scenarios.urlRoundTrip) {
      const trip = scenarios.urlRoundTrip;
      it('restores its state from the URL and writes changes back', async () => {
        history.replaceState(null, '', `${location.pathname}${trip.search}`);
        const { root } = await render(tag, { attributes: `${attributes} url-state="query"` });
        await waitFor(() => trip.restored(root), 'the state from the URL');
        await trip.change(root);
        await waitFor(() => trip.written(location.search), `the URL to follow (now ${location.search})`);
        history.back();
        await waitFor(() => trip.restored(root), 'the state from the URL again after going back');
      });
    }

    if (scenarios.filterChange) {
      const contract = scenarios.filterChange;
      it('fires tk-filter-change for a filter change only', async () => {
        const { element, root } = await render(tag, { attributes });
        await waitFor(() => scenarios.ready(root), 'the data');
        const fired: unknown[] = [];
        element.addEventListener('tk-filter-change', (event) => fired.push((event as CustomEvent).detail));
        for (const move of contract.notAChange) {
          await move.act(root);
          expect(fired, `${move.name} is not a filter change`).to.deep.equal([]);
        }
        await contract.change(root);
        await waitFor(() => fired.length === 1, 'one tk-filter-change');
        expect(fired[0]).to.have.keys(['q', 'filters']);
      });
    }

    describe('set up wrongly', () => {
      const cases: Array<{ name: string; attribute: string; render: Parameters<typeof render>[1]; handlers?: RequestHandler[]; unmocked?: boolean }> = [
        { name: 'without api-base', attribute: 'api-base', render: { apiBase: null } },
        { name: 'with an api-base that is not a web address', attribute: 'api-base', render: { apiBase: 'ftp://daten.example' } },
        { name: 'without tenant', attribute: 'tenant', render: { tenant: null } },
        {
          name: 'with a tenant the API does not know',
          attribute: 'tenant',
          render: { tenant: 'nirgendwo' },
          handlers: [
            http.all('*/v1/nirgendwo/*', () =>
              HttpResponse.json(
                { type: '/problems/unknown-tenant', title: 'Tenant not found', status: 404, detail: 'There is no tenant "nirgendwo".' },
                { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
              ),
            ),
          ],
        },
        // The mocks answer any origin: here the request must really go out and fail.
        { name: 'with an API that cannot be reached', attribute: 'api-base', render: { apiBase: 'http://127.0.0.1:9' }, unmocked: true },
      ];
      for (const setup of cases) {
        it(`${setup.name}: a visible message and one console.error naming ${setup.attribute}`, async () => {
          if (setup.handlers) await mockHandlers([...setup.handlers, ...scenarios.handlers()]);
          if (setup.unmocked) await mockHandlers([http.all('http://127.0.0.1:9/*', () => passthrough())]);
          const page = watchPage();
          try {
            const { root } = await render(tag, { ...setup.render, attributes });
            const message = await waitFor(() => root.querySelector('.setup-problem, .state-error'), 'a visible message', 20_000);
            expect(message.textContent!.trim()).to.not.equal('');
            if (setup.attribute === 'tenant' || !setup.name.includes('reached')) expect(message.textContent).to.contain(setup.attribute);
            await waitFor(() => page.consoleErrors.length > 0, 'a console.error');
            // Every request has failed by now (the unreachable API: the list and the taxonomies).
            await waitFor(() => !root.querySelector('[aria-busy="true"]'), 'nothing loading any more', 20_000);
            expect(page.consoleErrors.length, page.consoleErrors.join('\n')).to.equal(1);
            expect(page.consoleErrors[0]).to.contain(setup.attribute);
            expect(page.uncaught).to.deep.equal([]);
          } finally {
            page.stop();
          }
        });
      }
    });
  });
}
