/// <reference types="mocha" />
/**
 * Numbers as people type them, in every UI locale: the digits of the UI's
 * script and the locale's grouping and decimal signs, in the shared parser and
 * in the widgets' number fields (funding amounts, room search, booking form).
 */
import { expect } from '@open-wc/testing';
import { parseTypedNumber } from '../../packages/components/src/shared/typed-number.js';
import { activeUiLocale } from '../../packages/components/src/localization/index.js';
import type { TkFundingFinder } from '../../packages/components/src/funding-finder/funding-finder.component.js';
import { mockApi as mockFunding, renderFinder, resultsReady, shadow, stepReady, waitFor } from './funding-finder/support.js';
import { fillValidRequest, mockApi as mockRooms, renderBooking } from './room-booking/support.js';

/** What a reader of each locale types, and the number meant. */
const TYPED: Record<string, [string, number | undefined][]> = {
  de: [['3000', 3000], ['3.000', 3000], ['3,5', 3.5], ['1.234.567,5', 1234567.5], ['3.000 €', 3000], ['3.5', undefined], ['3,000.5', undefined], ['drei', undefined]],
  en: [['3000', 3000], ['3,000', 3000], ['3.5', 3.5], ['1,234,567.5', 1234567.5], ['€3,000', 3000], ['3,5', undefined], ['3.000,5', undefined]],
  tr: [['3.000', 3000], ['3,5', 3.5], ['%10', 10], ['3,000', 3], ['3,00', 3], ['3.00', undefined]],
  uk: [['3 000', 3000], ['3\u00a0000', 3000], ['3\u202f000', 3000], ['3,5', 3.5], ['3.000', undefined]],
  ru: [['3 000', 3000], ['3\u00a0000', 3000], ['3,5', 3.5], ['1 234 567,5', 1234567.5]],
  ar: [['٣٠٠٠', 3000], ['٣٬٠٠٠', 3000], ['٣٫٥', 3.5], ['3,000', 3000], ['3.5', 3.5], ['٦', 6], ['\u061c١٠٪', 10]],
  fa: [['۳۰۰۰', 3000], ['۳٬۰۰۰', 3000], ['۳٫۵', 3.5], ['۱۰۰', 100], ['3000', 3000], ['٣٠٠٠', 3000]],
};

describe('typed numbers: the shared parser', () => {
  for (const [locale, cases] of Object.entries(TYPED)) {
    it(`reads numbers as a reader of ${locale} types them`, () => {
      for (const [text, expected] of cases) expect(parseTypedNumber(text, locale), `${locale}: "${text}"`).to.equal(expected);
    });
  }

  it('reads what the locale itself writes, in every locale', () => {
    for (const locale of Object.keys(TYPED)) {
      for (const value of [7, 1234, 2500.5, 1_000_000]) {
        const written = new Intl.NumberFormat(locale).format(value);
        expect(parseTypedNumber(written, locale), `${locale}: ${written}`).to.equal(value);
      }
    }
  });

  it('whole numbers only where a count is asked for', () => {
    expect(parseTypedNumber('12', 'de', { integer: true })).to.equal(12);
    expect(parseTypedNumber('12,5', 'de', { integer: true })).to.equal(undefined);
    expect(parseTypedNumber('۱۲', 'fa', { integer: true })).to.equal(12);
  });
});

/** Answers the questionnaire up to the amount, types it, and shows the results. */
async function matchWithTypedAmount(locale: string, typed: string): Promise<TkFundingFinder> {
  const element = await renderFinder({ locale });
  await stepReady(element);
  await waitFor(() => activeUiLocale() === locale, `the UI in ${locale}`);
  element.profile = { applicantKind: 'migrant-organization', area: 'musterstadt', topics: ['culture'], needs: ['money'] };
  await element.updateComplete;
  for (let i = 0; i < 4; i++) {
    shadow(element).querySelector<HTMLButtonElement>('#step-next')!.click();
    await element.updateComplete;
  }
  const input = await waitFor(() => shadow(element).querySelector<HTMLInputElement>('form[data-step="amountEur"] input'), 'the amount field');
  input.value = typed;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
  shadow(element).querySelector<HTMLButtonElement>('#step-next')!.click();
  await waitFor(() => shadow(element).querySelector('form[data-step="neededBy"]'), 'the next step after the amount');
  shadow(element).querySelector<HTMLButtonElement>('#step-unknown')!.click();
  await resultsReady(element);
  return element;
}

function amountText(element: TkFundingFinder): string {
  return shadow(element).querySelector('article[data-program="verfuegungsfonds-integration"] [data-criterion="amount"] .criterion-text')!.textContent!.trim();
}

describe('typed numbers in the widgets', function () {
  this.timeout(60_000);

  it('funding finder in English: "3,000" is €3,000, not €3', async () => {
    await mockFunding();
    const element = await matchWithTypedAmount('en', '3,000');
    expect(amountText(element)).to.contain('Your amount of €3,000 is too large');
  });

  it('funding finder in German: "1.500" is 1.500 €', async () => {
    await mockFunding();
    const element = await matchWithTypedAmount('de', '1.500');
    expect(amountText(element)).to.match(/Ihr Betrag von 1\.500\s€ passt/);
  });

  it('funding finder in Persian: Persian digits are an answer, not the same error again', async () => {
    await mockFunding();
    const element = await matchWithTypedAmount('fa', '۱۵۰۰');
    expect(amountText(element)).to.contain('۱٬۵۰۰');
  });

  for (const [locale, typed] of [['tr', '1.500'], ['uk', '1 500'], ['ru', '1 500'], ['ar', '١٥٠٠']] as const) {
    it(`funding finder in ${locale}: "${typed}" is 1500`, async () => {
      await mockFunding();
      const element = await matchWithTypedAmount(locale, typed);
      expect(amountText(element)).to.contain(new Intl.NumberFormat(locale).format(1500));
    });
  }

  for (const [locale, typed] of [['ar', '٦'], ['fa', '۶'], ['de', '6']] as const) {
    it(`room booking in ${locale}: ${typed} people are sent as 6`, async () => {
      await mockRooms();
      const element = await renderBooking({ locale }, 'room="rathaus-sitzungszimmer"');
      await waitFor(() => activeUiLocale() === locale, `the UI in ${locale}`);
      const root = await fillValidRequest(element);
      const attendees = root.querySelector<HTMLInputElement>('#form-attendees')!;
      attendees.value = typed;
      attendees.dispatchEvent(new Event('input'));
      await element.updateComplete;
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitFor(() => root.querySelector('.success') ?? root.querySelector('#form-attendees-error'), 'the confirmation or an error');
      expect(root.querySelector('#form-attendees-error'), 'no error on the number of people').to.equal(null);
      expect(root.querySelector('.success')!.textContent).to.contain(new Intl.NumberFormat(locale).format(6));
    });
  }

  it('room search in Persian: "۱۲" people is a search, not an error', async () => {
    await mockRooms();
    const element = await renderBooking({ locale: 'fa' });
    await waitFor(() => activeUiLocale() === 'fa', 'the UI in Persian');
    const root = element.shadowRoot!;
    const people = await waitFor(() => root.querySelector<HTMLInputElement>('#search-people'), 'the people field');
    expect(people.type, 'a text field: a number field drops Persian digits').to.equal('text');
    people.value = '۱۲';
    people.dispatchEvent(new Event('change'));
    await element.updateComplete;
    people.closest('form')!.requestSubmit();
    await element.updateComplete;
    await waitFor(() => root.querySelector('.room-card, article, .state'), 'the results');
    expect(root.querySelector('#search-people-error')).to.equal(null);
  });
});
