/// <reference types="mocha" />
/** What the directory does: search, filters, URL state, events, fallback marking, escaping, strict CSP. */
import { expect, oneEvent } from '@open-wc/testing';
import { scenarios } from '@teilhabe/mocks';
import { FetchController } from '../../packages/components/src/shared/fetch-controller.js';
import { mailtoUrl, safeUrl, telUrl } from '../../packages/components/src/shared/safe-url.js';
import { cardNames, mockApi, renderDirectory, settled, shadow, useScenario, waitFor } from './support.js';

const initialUrl = location.href;

function checkbox(element: Element, key: string, code: string): HTMLInputElement {
  return shadow(element).querySelector<HTMLInputElement>(`#filter-${key}-${code}`)!;
}

describe('search and filters', () => {
  beforeEach(() => useScenario('directory'));

  it('searches as you type and shows facet counts and removable chips', async () => {
    const element = await renderDirectory();
    await settled(element);
    expect(cardNames(element)).to.have.length(12);
    const input = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'hausaufgaben';
    input.dispatchEvent(new InputEvent('input'));
    await waitFor(() => cardNames(element).length === 4, 'four organisations with homework help');

    const arabic = await waitFor(() => checkbox(element, 'language', 'ar'), 'language facet');
    expect(arabic.labels![0]!.textContent).to.match(/Arabisch\s*\(\d+\)/);
    arabic.click();
    await waitFor(() => cardNames(element).length === 3, 'filtered to Arabic speakers');
    const chip = shadow(element).querySelector<HTMLButtonElement>('.chip')!;
    expect(chip.textContent).to.contain('Arabisch');
    chip.click();
    await waitFor(() => cardNames(element).length === 4, 'chip removed');
  });

  it('hides the filter of a preset and applies it to every request', async () => {
    const element = await renderDirectory({}, 'topic="youth-education" view="compact" page-size="2"');
    await settled(element);
    expect(shadow(element).querySelector('[data-filter-key="topic"]')).to.equal(null);
    expect(shadow(element).querySelectorAll('.card.compact')).to.have.length(2);
    await waitFor(() => shadow(element).querySelector('[role="status"]')!.textContent!.includes('7 Organisationen'), 'seven youth organisations');
    shadow(element).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await waitFor(() => cardNames(element).length === 4, 'next page appended');
    await waitFor(() => shadow(element).activeElement === shadow(element).querySelectorAll('.card-open')[2], 'focus on the first new card');
  });

  it('offers a way out of an empty result', async () => {
    const element = await renderDirectory();
    await settled(element);
    const input = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'gibtesnicht';
    input.dispatchEvent(new InputEvent('input'));
    const clear = await waitFor(() => shadow(element).querySelector<HTMLButtonElement>('[part~="state-empty"] button'), 'empty state');
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.contain('Keine Organisation');
    clear.click();
    await waitFor(() => cardNames(element).length === 12, 'all organisations again');
  });

  it('shows an error with "Erneut versuchen" that retries', async () => {
    await useScenario('serverError');
    const element = await renderDirectory();
    const retry = await waitFor(() => shadow(element).querySelector<HTMLButtonElement>('.state-error button'), 'error state', 10_000);
    expect(retry.textContent).to.contain('Erneut versuchen');
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.contain('konnten nicht geladen werden');
    await mockApi(scenarios.directory());
    retry.click();
    await waitFor(() => cardNames(element).length === 12, 'loaded after retry');
  });

  it('an answer to an old request never overwrites a newer one', async () => {
    const host = { addController() {}, requestUpdate() {}, removeController() {}, updateComplete: Promise.resolve(true) };
    const controller = new FetchController<string>(host);
    let abortedFirst = false;
    const first = controller.run(
      (signal) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => (abortedFirst = true));
          setTimeout(() => resolve('old'), 50);
        }),
    );
    const second = controller.run(async () => 'new');
    await Promise.all([first, second]);
    expect(abortedFirst).to.equal(true);
    expect(controller.value).to.equal('new');
  });
});

describe('URL state', () => {
  beforeEach(() => useScenario('directory'));
  afterEach(() => history.replaceState(null, '', initialUrl));

  it('reflects filters and search in the URL, starts from a linked URL and follows the back button', async () => {
    history.replaceState(null, '', `${location.pathname}?tk-language=ar&keep=1`);
    const element = await renderDirectory({}, 'url-state="query"');
    await settled(element);
    await waitFor(() => shadow(element).querySelector('.chip')?.textContent?.includes('Arabisch'), 'chip from the URL');
    const count = cardNames(element).length;
    expect(count).to.be.greaterThan(0).and.lessThan(12);

    const youth = await waitFor(() => checkbox(element, 'topic', 'youth-education'), 'topic facet');
    youth.click();
    await waitFor(() => new URL(location.href).searchParams.get('tk-topic') === 'youth-education', 'topic in the URL');
    expect(new URL(location.href).searchParams.get('keep')).to.equal('1');
    await waitFor(() => cardNames(element).length < count, 'narrowed');

    const input = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'Moschee';
    input.dispatchEvent(new InputEvent('input'));
    await waitFor(() => new URL(location.href).searchParams.get('tk-q') === 'Moschee', 'search in the URL');

    history.back();
    await waitFor(() => !new URL(location.href).searchParams.has('tk-topic'), 'back removes the topic');
    await waitFor(() => !checkbox(element, 'topic', 'youth-education')?.checked && cardNames(element).length === count, 'state restored');
  });
});

describe('events for the host page', () => {
  beforeEach(() => useScenario('directory'));

  it('fires tk-select (cancelable) and tk-navigate between umbrella and member', async () => {
    const element = await renderDirectory();
    await settled(element);
    const first = shadow(element).querySelector<HTMLButtonElement>('[data-org-id="kulturverein-anadolu"]')!;

    const prevent = (event: Event) => event.preventDefault();
    element.addEventListener('tk-select', prevent, { once: true });
    setTimeout(() => first.click());
    const cancelled = (await oneEvent(element, 'tk-select')) as CustomEvent;
    expect(cancelled.detail.id).to.equal('kulturverein-anadolu');
    await element.updateComplete;
    expect(shadow(element).querySelector('dialog')!.open).to.equal(false);

    setTimeout(() => first.click());
    await oneEvent(element, 'tk-select');
    const umbrella = await waitFor(
      () => shadow(element).querySelector<HTMLButtonElement>('[data-navigate="netzwerk-migrantenorganisationen-musterkreis"]'),
      'umbrella link',
    );
    setTimeout(() => umbrella.click());
    const navigate = (await oneEvent(element, 'tk-navigate')) as CustomEvent;
    // The one tk-navigate shape of every widget: where to, its name, where from.
    expect(navigate.detail).to.deep.equal({ id: 'netzwerk-migrantenorganisationen-musterkreis', name: umbrella.textContent!.trim(), from: 'kulturverein-anadolu' });
    await waitFor(() => shadow(element).querySelector('#detail-title')?.textContent?.includes('Netzwerk'), 'umbrella shown');
    await waitFor(() => shadow(element).activeElement?.id === 'detail-title', 'focus on the new title');
    expect(shadow(element).querySelector('[data-navigate="kulturverein-anadolu"]')).to.exist;
    shadow(element).querySelector<HTMLButtonElement>('.close')!.click();
    await waitFor(() => shadow(element).activeElement === first, 'focus returns to the card');
  });
});

describe('language fallback marking', () => {
  beforeEach(() => useScenario('directory'));

  it('marks a German fallback with lang/dir and a visible hint, and machine translations', async () => {
    const element = await renderDirectory({ locale: 'ar' });
    await settled(element);
    const card = await waitFor(
      () => shadow(element).querySelector('[data-org-id="griechische-gemeinde-altheim"]')?.closest('article'),
      'a card without Arabic text',
    );
    const fallback = card.querySelector('.card-description span[lang="de"]')!;
    expect(fallback).to.exist;
    expect(fallback.getAttribute('dir')).to.equal('ltr');
    expect(fallback.textContent).to.contain('Griechischunterricht');
    await waitFor(() => card.querySelector('[part="fallback-hint"]')?.textContent?.includes('الألمانية'), 'hint names German in Arabic');

    const machine = shadow(element).querySelector('[data-org-id="kulturverein-anadolu"]')!.closest('article')!;
    expect(machine.querySelector('[part="fallback-hint"]')!.textContent).to.contain('ترجمة آلية');
    const translated = shadow(element).querySelector('[data-org-id="syrisches-haus-neudorf"]')!.closest('article')!;
    expect(translated.querySelector('[part="fallback-hint"]')).to.equal(null);
  });
});

describe('untrusted data', () => {
  it('allows only http(s), mailto and tel links', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl(' JAVASCRIPT:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,x')).to.equal(undefined);
    expect(safeUrl('vbscript:x')).to.equal(undefined);
    expect(safeUrl('/relative')).to.equal(undefined);
    expect(mailtoUrl('a@b.de')).to.equal('mailto:a@b.de');
    expect(mailtoUrl('a@b.de?bcc=x@y.de"><script>')).to.equal(undefined);
    expect(telUrl('+49 (2421) 123-45')).to.equal('tel:+49242112345');
  });

  it('shows markup in API texts as text and never renders unsafe links', async () => {
    await useScenario('hostile');
    const element = await renderDirectory();
    await settled(element);
    const root = shadow(element);
    const button = await waitFor(() => root.querySelector<HTMLButtonElement>('[data-org-id="hostile-record"]'), 'hostile card');
    expect(button.textContent).to.contain('<img src=x');
    expect(root.querySelector('img, script, iframe, b, u')).to.equal(null);
    button.click();
    await waitFor(() => root.querySelector('.detail-section'), 'detail');
    expect(root.querySelector('img, script, iframe, b, u')).to.equal(null);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).to.be.greaterThan(0);
    for (const href of hrefs) expect(href).to.match(/^(https?:|mailto:|tel:)/);
    expect((window as { __tkInjected?: boolean }).__tkInjected).to.equal(undefined);
    root.querySelector<HTMLButtonElement>('.close')!.click();
  });
});
