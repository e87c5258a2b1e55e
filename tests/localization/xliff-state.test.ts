/**
 * Every XLIFF target says how far it is reviewed (docs/glossary/README.md):
 * `needs-review-translation` (not reviewed), `translated` (reviewed and
 * corrected by a translator), `final` (signed off by a native reviewer).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { XLIFF_DIR, unitsOf } from './xliff-units.js';

const STATES = new Set(['translated', 'needs-review-translation', 'final']);
const LOCALES = readdirSync(XLIFF_DIR).filter((file) => file.endsWith('.xlf')).map((file) => file.replace(/\.xlf$/, ''));

describe('XLIFF review state', () => {
  it('finds the six target languages', () => assert.deepEqual(LOCALES.sort(), ['ar', 'en', 'fa', 'ru', 'tr', 'uk']));

  for (const locale of LOCALES) {
    it(`${locale}: every target carries a state (translated, needs-review-translation, final)`, () => {
      const units = unitsOf(locale);
      assert.ok(units.length > 400);
      const without = units.filter((unit) => unit.target !== undefined && !STATES.has(unit.state ?? '')).map((unit) => `${unit.id} (${unit.state ?? 'no state'})`);
      assert.deepEqual(without, [], `targets without a valid state in ${locale}.xlf`);
    });
  }
});

