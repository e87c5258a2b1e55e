/**
 * The glossaries in docs/glossary/ are followed: no word a glossary rules out
 * (its column "not") appears in that language's widget translations, booking
 * page or resident mails.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unitsOf } from './xliff-units.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'] as const;

/** The words ruled out by a glossary: the third column of its table. */
function ruledOut(language: string): string[] {
  const table = readFileSync(root(`docs/glossary/${language}.md`), 'utf8').split('\n').filter((line) => line.startsWith('|')).slice(2);
  return table.flatMap((row) => (row.split('|')[3] ?? '').split(', ').map((word) => word.trim()).filter(Boolean));
}

/** Every text of one language the glossary governs, each with where it comes from. */
function textsOf(language: string): { where: string; text: string }[] {
  const widget = language === 'de'
    ? unitsOf('en').map((unit) => ({ where: `xliff source ${unit.id}`, text: unit.source }))
    : unitsOf(language).map((unit) => ({ where: `${language}.xlf ${unit.id}`, text: unit.target ?? '' }));
  const page = readFileSync(root('packages/server/src/pages/booking-manage.texts.ts'), 'utf8');
  const block = new RegExp(`\\n  ${language}: \\{([\\s\\S]*?)\\n  \\},`).exec(page)?.[1] ?? '';
  const mails = readFileSync(root(`packages/server/src/mail/texts/${language}.ts`), 'utf8');
  return [...widget, { where: 'booking page', text: block }, { where: `mail/texts/${language}.ts`, text: mails }];
}

describe('glossaries', () => {
  for (const language of LANGUAGES) {
    it(`${language}: no word the glossary rules out`, () => {
      const words = ruledOut(language);
      assert.ok(words.length > 0, `docs/glossary/${language}.md lists words not to use`);
      const found: string[] = [];
      for (const word of words) {
        const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u');
        for (const { where, text } of textsOf(language)) if (pattern.test(text)) found.push(`${where}: "${word}"`);
      }
      assert.deepEqual(found, []);
    });
  }

  it('the booking page and the mails were found for every language', () => {
    for (const language of LANGUAGES) assert.ok(textsOf(language).find((t) => t.where === 'booking page')!.text.length > 200, language);
  });
});
