/// <reference types="mocha" />
/** Fails when any UI locale lacks a translation, and checks locale switching and right-to-left. */
import { expect, fixture, html } from '@open-wc/testing';
import { targetLocales } from '../../packages/components/src/localization/generated/locale-codes.js';
import { renderDirectory, settled, shadow, useScenario, waitFor } from './support.js';


const LOCALE_MODULES: Record<string, () => Promise<{ templates: Record<string, unknown> }>> = {
  ar: () => import('../../packages/components/src/localization/generated/locales/ar.js'),
  en: () => import('../../packages/components/src/localization/generated/locales/en.js'),
  fa: () => import('../../packages/components/src/localization/generated/locales/fa.js'),
  ru: () => import('../../packages/components/src/localization/generated/locales/ru.js'),
  tr: () => import('../../packages/components/src/localization/generated/locales/tr.js'),
  uk: () => import('../../packages/components/src/localization/generated/locales/uk.js'),
};

async function localeTemplates(locale: string): Promise<Record<string, unknown>> {
  const load = LOCALE_MODULES[locale];
  if (!load) throw new Error(`No generated module for the locale ${locale}: run npm run localize:build`);
  return (await load()).templates;
}

describe('translations', () => {
  it('every message of the sources has a translation in every locale', async () => {
    const ids = (await (await fetch('/__tk/message-ids.json')).json()) as string[];
    expect(ids.length).to.be.greaterThan(40);
    const missing: string[] = [];
    for (const locale of targetLocales) {
      const templates = await localeTemplates(locale);
      for (const id of ids) {
        const template = templates[id];
        const text = typeof template === 'string' ? template : JSON.stringify(template ?? '');
        if (!text || text === '""') missing.push(`${locale}: ${id}`);
      }
      const xliff = new DOMParser().parseFromString(
        await (await fetch(`/packages/components/xliff/${locale}.xlf`)).text(),
        'application/xml',
      );
      for (const unit of xliff.querySelectorAll('trans-unit')) {
        if (!unit.querySelector('target')?.textContent?.trim()) missing.push(`${locale}.xlf: ${unit.id}`);
      }
    }
    expect(missing, `missing translations:\n${missing.join('\n')}`).to.deep.equal([]);
  });

  it('German copy addresses the reader plainly: no "Bitte", no "ungültig"', async () => {
    const xliff = await (await fetch('/packages/components/xliff/en.xlf')).text();
    const sources = [...new DOMParser().parseFromString(xliff, 'application/xml').querySelectorAll('source')].map((s) => s.textContent ?? '');
    for (const text of sources) expect(text).to.not.match(/\bbitte\b|ungültig|Ein Fehler ist aufgetreten/i);
  });
});

describe('locale from the page', () => {
  beforeEach(() => useScenario('directory'));

  it('follows the closest lang, renders right to left for Arabic and re-renders when lang changes', async () => {
    const element = await renderDirectory({ locale: 'ar' });
    await settled(element);
    const base = shadow(element).querySelector<HTMLElement>('[part="base"]')!;
    await waitFor(() => base.getAttribute('dir') === 'rtl', 'rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    await waitFor(() => shadow(element).querySelector('.title')!.textContent!.includes('البحث عن منظمات المهاجرين'), 'Arabic title');

    element.closest('[lang]')!.setAttribute('lang', 'en');
    await waitFor(() => base.getAttribute('lang') === 'en' && base.getAttribute('dir') === 'ltr', 'switch to English');
    await waitFor(() => shadow(element).querySelector('.title')!.textContent!.includes('Find migrant organisations'), 'English title');
    expect(getComputedStyle(base).direction).to.equal('ltr');

    element.closest('[lang]')!.setAttribute('lang', 'fa');
    await waitFor(() => base.getAttribute('dir') === 'rtl' && base.getAttribute('lang') === 'fa', 'Farsi is right to left');
  });

  it('the locale attribute wins over the page language; unknown languages fall back to German', async () => {
    const element = await renderDirectory({ locale: 'fr' });
    await settled(element);
    const base = shadow(element).querySelector<HTMLElement>('[part="base"]')!;
    await waitFor(() => base.getAttribute('lang') === 'de', 'German for a French page');
    element.setAttribute('locale', 'tr');
    await waitFor(() => base.getAttribute('lang') === 'tr', 'Turkish from the attribute');
    await waitFor(() => shadow(element).querySelector('.title')!.textContent!.includes('Göçmen kuruluşlarını bulun'), 'Turkish title');
    element.setAttribute('locale', 'de');
    await waitFor(() => base.getAttribute('lang') === 'de', 'back to German');
  });

  it('asks the API for content in the widget locale and formats numbers and plurals through Intl', async () => {
    const element = await renderDirectory({ locale: 'uk' });
    await settled(element);
    const status = shadow(element).querySelector('[role="status"]')!;
    // 12 organisations → Ukrainian "many" form.
    await waitFor(() => status.textContent!.includes('Знайдено 12 організацій'), 'Ukrainian plural');
    await waitFor(() => shadow(element).textContent!.includes('Батьки з України'), 'Ukrainian content from the API');
  });

  after(async () => {
    const reset = await fixture(html`<div lang="de"></div>`);
    void reset;
  });
});
