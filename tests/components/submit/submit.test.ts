/// <reference types="mocha" />
/**
 * `<tk-submit>` in Chromium against msw: axe in every state and in a
 * right-to-left language, the whole form with the keyboard only, the error
 * summary, nothing lost on a mistake or when the network fails, and the
 * proof of work the widget solves (checked here with Web Crypto).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { taxonomyHandlers } from '@teilhabe/mocks';
import '../../../packages/components/src/submit/define.js';
import type { TkSubmit } from '../../../packages/components/src/submit/tk-submit.component.js';
import { mockHandlers, renderWidget, shadow, tabUntil, waitFor } from '../widget-harness.js';

const CHALLENGE = {
  parameters: { algorithm: 'SHA-256', cost: 1, keyLength: 32, keyPrefix: '00', nonce: '0f1e2d3c4b5a69788796a5b4c3d2e1f0', salt: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', expiresAt: 4102444800 },
  signature: 'test-signature',
};

interface SentProposal {
  kind: string;
  record: { id: string; name: string; types: string[] } & Record<string, unknown>;
  publicationConsent: boolean;
  homepage?: string;
  proofOfWork: { solution: { counter: number; derivedKey: string } };
}

let sent: SentProposal[] = [];
let failNext = false;

function handlers() {
  return [
    // The mocks' taxonomies have no event formats; one is enough here.
    http.get('*/v1/:tenant/taxonomies/event-formats', () =>
      HttpResponse.json({ data: [{ code: 'network-meeting', label: 'لقاء الشبكة', translation: { locale: 'ar', fallbacks: {}, machineTranslated: [] } }], meta: { total: 1, nextCursor: null, locale: 'ar' } }),
    ),
    ...taxonomyHandlers(),
    http.get('*/v1/:tenant/proof-of-work', () => HttpResponse.json({ data: CHALLENGE })),
    http.post('*/v1/:tenant/proposals', async ({ request }) => {
      if (failNext) {
        failNext = false;
        return HttpResponse.error();
      }
      sent.push((await request.json()) as SentProposal);
      return HttpResponse.json({ data: { status: 'received' } }, { status: 202 });
    }),
  ];
}

const render = (attributes = 'kind="organization"', locale = 'de') => renderWidget<TkSubmit>('tk-submit', { locale }, attributes, { withoutUrlState: true });
const ready = (root: ShadowRoot) => waitFor(() => root.querySelector('#sub-type option[value="cultural-association"]'), 'the organisation types');

async function fillWithKeyboard(root: ShadowRoot) {
  (await tabUntil(root, (el) => el.id === 'sub-name', 'the name')).focus();
  await sendKeys({ type: 'Frauencafé Südstadt' });
  await tabUntil(root, (el) => el.id === 'sub-description', 'the description');
  await sendKeys({ type: 'Wir treffen uns jeden Mittwoch.' });
  await tabUntil(root, (el) => el.id === 'sub-type', 'the type');
  await sendKeys({ press: 'ArrowDown' });
  await tabUntil(root, (el) => el.id === 'sub-submitterName', 'your name');
  await sendKeys({ type: 'Amina Beispiel' });
  await tabUntil(root, (el) => el.id === 'sub-submitterEmail', 'your e-mail');
  await sendKeys({ type: 'amina@example.org' });
  await tabUntil(root, (el) => el.id === 'sub-consent', 'the consent');
  await sendKeys({ press: 'Space' });
}

async function sha256Hex(bytes: Uint8Array) {
  return Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)), (b) => b.toString(16).padStart(2, '0')).join('');
}
const hex = (value: string) => Uint8Array.from(value.match(/../g)!, (pair) => parseInt(pair, 16));

describe('<tk-submit>', function () {
  this.timeout(60_000);
  beforeEach(async () => {
    sent = [];
    failNext = false;
    await mockHandlers(handlers());
  });

  it('is accessible empty, with errors, and after sending; the error summary takes focus and names each field', async () => {
    const element = await render();
    const root = shadow(element);
    await ready(root);
    await expect(element).to.be.accessible();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => root.activeElement?.classList.contains('error-summary'), 'focus on the error summary');
    const links = [...root.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim());
    expect(links).to.include('Geben Sie den Namen der Organisation an');
    expect(links).to.include('Stimmen Sie der Veröffentlichung zu, damit das Büro den Vorschlag prüfen kann');
    expect(root.querySelector('#sub-name')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#sub-name')!.getAttribute('aria-describedby')).to.equal('sub-name-error');
    await expect(element).to.be.accessible();
  });

  it('is filled and sent with the keyboard only; the proposal carries a solved proof of work and nothing private is published', async () => {
    const element = await render();
    const root = shadow(element);
    await ready(root);
    await fillWithKeyboard(root);
    await tabUntil(root, (el) => el.matches('button[type="submit"]'), 'the submit button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.classList.contains('success'), 'focus on the confirmation', 30_000);
    await expect(element).to.be.accessible();
    expect(sent).to.have.length(1);
    const body = sent[0]!;
    expect(body.kind).to.equal('organization');
    expect(body.record.name).to.equal('Frauencafé Südstadt');
    expect(body.record.id).to.equal('frauencafe-suedstadt');
    expect(body.record.types).to.deep.equal(['cultural-association']);
    expect(body.record).to.not.have.property('contacts');
    expect(body.publicationConsent).to.equal(true);
    expect(body).to.not.have.property('homepage');
    const { counter, derivedKey } = body.proofOfWork.solution;
    const input = new Uint8Array([...hex(CHALLENGE.parameters.salt), ...hex(CHALLENGE.parameters.nonce), 0, 0, 0, 0]);
    new DataView(input.buffer).setUint32(input.length - 4, counter, false);
    expect(await sha256Hex(input)).to.equal(derivedKey);
    expect(derivedKey.startsWith('00')).to.equal(true);
  });

  it('keeps everything typed when the network fails, and sends on the retry', async () => {
    const element = await render();
    const root = shadow(element);
    await ready(root);
    await fillWithKeyboard(root);
    failNext = true;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => root.querySelector('.notice'), 'the notice');
    expect(root.querySelector<HTMLInputElement>('#sub-name')!.value).to.equal('Frauencafé Südstadt');
    expect(root.querySelector<HTMLInputElement>('#sub-consent')!.checked).to.equal(true);
    expect(sent).to.have.length(0);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => root.querySelector('.success'), 'the confirmation', 30_000);
    expect(sent).to.have.length(1);
  });

  it('proposes an event with dates and an address, right to left in Arabic, accessible', async () => {
    const element = await render('kind="event"', 'ar');
    const root = shadow(element);
    await waitFor(() => root.querySelector('#sub-type option[value="network-meeting"]'), 'the event formats');
    await waitFor(() => root.querySelector('.base')!.getAttribute('dir') === 'rtl', 'right to left');
    await waitFor(() => root.querySelector('.title')!.textContent!.includes('اقتراح فعالية'), 'the Arabic heading');
    await expect(element).to.be.accessible();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => root.querySelector('.error-summary'), 'the error summary');
    expect(root.querySelector('#sub-postalCode-error')!.textContent).to.contain('الرمز البريدي');
    await expect(element).to.be.accessible();
  });

  it('a filled honeypot is sent as it is (the server then keeps nothing)', async () => {
    const element = await render();
    const root = shadow(element);
    await ready(root);
    await fillWithKeyboard(root);
    const trap = root.querySelector<HTMLInputElement>('#sub-homepage')!;
    expect(trap.tabIndex).to.equal(-1);
    trap.value = 'https://spam.example.com';
    trap.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => root.querySelector('.success'), 'the confirmation', 30_000);
    expect(sent[0]!.homepage).to.equal('https://spam.example.com');
  });
});
