import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '@teilhabe/contract';
import { SELF_SERVICE_MAIL_TEXTS } from '../../packages/server/src/self-service/mail-texts.js';

const leaves = (value: unknown, path = ''): Array<[string, string]> =>
  typeof value === 'string' ? [[path, value]] : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every locale has every self-service mail text, with the placeholders of the German one, and no "Bitte"', () => {
  const german = new Map(leaves(SELF_SERVICE_MAIL_TEXTS.de));
  for (const [, text] of german) assert.doesNotMatch(text, /\bBitte\b|ungültig/i);
  for (const locale of LOCALES) {
    const texts = new Map(leaves(SELF_SERVICE_MAIL_TEXTS[locale]));
    assert.deepEqual([...texts.keys()].sort(), [...german.keys()].sort(), locale);
    for (const [key, text] of german) {
      assert.ok(texts.get(key)!.trim().length > 0, `${locale} ${key}`);
      assert.deepEqual(placeholders(texts.get(key)!), placeholders(text), `${locale} ${key}`);
    }
  }
});
