/**
 * The translation files themselves: every target says how far it is reviewed,
 * and every counting message has the plural forms its language needs.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { pluralCategoriesOf, pluralForms } from '../../packages/components/src/shared/plural.js';
import { XLIFF_DIR, unitsOf } from './xliff-units.js';


const LOCALES = readdirSync(XLIFF_DIR).filter((file) => file.endsWith('.xlf')).map((file) => file.replace(/\.xlf$/, ''));

describe('plural messages', () => {
  const sources = unitsOf('en').filter((unit) => pluralForms(unit.source));

  it('the counting messages are written as plural forms', () => {
    const ids = sources.map((unit) => unit.id);
    for (const id of ['results.count', 'rb.results', 'rb.room.capacity-count', 'rb.rule.max-advance-days', 'calendar.count', 'funding.count']) assert.ok(ids.includes(id), id);
  });

  it('the German source has the forms German needs', () => {
    for (const unit of sources) {
      const forms = Object.keys(pluralForms(unit.source)!);
      for (const category of pluralCategoriesOf('de')) assert.ok(forms.includes(category), `${unit.id}: ${category}`);
    }
  });

  for (const locale of LOCALES) {
    it(`${locale}: every plural message has exactly the CLDR categories of ${locale}`, () => {
      const needed = pluralCategoriesOf(locale).sort();
      const wrong: string[] = [];
      for (const unit of unitsOf(locale).filter((u) => pluralForms(u.source))) {
        const forms = unit.target === undefined ? undefined : pluralForms(unit.target);
        if (!forms) {
          wrong.push(`${unit.id}: not in the plural syntax`);
          continue;
        }
        const categories = Object.keys(forms).filter((key) => !key.startsWith('=')).sort();
        if (categories.join() !== needed.join()) wrong.push(`${unit.id}: ${categories.join()} (needs ${needed.join()})`);
        const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
        const sourceNames = names(Object.values(pluralForms(unit.source)!).join(' '));
        for (const [category, text] of Object.entries(forms)) {
          for (const name of text.matchAll(/\{(\w+)\}/g)) if (!sourceNames.includes(name[1]!)) wrong.push(`${unit.id} ${category}: unknown {${name[1]}}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
});
