import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { simpleParser } from 'mailparser';
import { LOCALES } from '@teilhabe/contract';
import { RESIDENT_MAIL_TEXTS } from '../../packages/server/src/mail/texts/index.js';
import { BOOKING_PAGE_TEXT } from '../../packages/server/src/pages/booking-manage.texts.js';
import { createMailTransport, mailSettingsFromEnv } from '../../packages/server/src/outbox/transport.js';

/** Every leaf of a text tree as `path → text`. */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [p, v] of leaves(value, path)) out.set(p, v);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

for (const [name, catalogue] of [
  ['resident mails', RESIDENT_MAIL_TEXTS],
  ['booking page', BOOKING_PAGE_TEXT],
] as const) {
  test(`every locale has every message of the ${name}, with the placeholders of the German source`, () => {
    const source = leaves(catalogue.de);
    assert.ok(source.size > 10);
    for (const locale of LOCALES) {
      const texts = leaves(catalogue[locale]);
      assert.deepEqual([...texts.keys()].sort(), [...source.keys()].sort(), `${locale}: the same messages`);
      for (const [path, german] of source) {
        const text = texts.get(path);
        assert.equal(typeof text, 'string', `${locale} ${path}`);
        assert.ok((text as string).trim().length > 0, `${locale} ${path} is empty`);
        assert.deepEqual(placeholders(text as string), placeholders(german as string), `${locale} ${path}: placeholders`);
        if (locale !== 'de' && locale !== 'en') assert.notEqual(text, source.get(path), `${locale} ${path} is still the German text`);
      }
    }
  });
}

test('the German mail texts are plain: "Sie", no "Bitte", no "ungültig"', () => {
  for (const [path, text] of leaves(RESIDENT_MAIL_TEXTS.de)) {
    assert.ok(!/\bbitte\b|ungültig|\bdu\b|\bdein/i.test(text as string), `${path}: ${text}`);
  }
});

test('without SMTP_URL mails are written as .eml files to DATA_DIR/outbox', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tk-mail-'));
  const settings = mailSettingsFromEnv({ DATA_DIR: dataDir, MAIL_FROM: 'raumbuchung@musterkreis.example' });
  assert.equal(settings.outboxDir, join(dataDir, 'outbox'));
  const transport = createMailTransport(settings);
  assert.deepEqual(transport.delivery, { kind: 'files', folder: join(dataDir, 'outbox') });
  await transport.send(
    { to: 'maryam@example.org', subject: 'Ihre Buchung', text: 'Guten Tag', html: '<p>Guten Tag</p>', language: 'de', senderName: 'Landkreis Musterkreis' },
    '<test-1@teilhabe-kit.musterkreis>',
  );
  const files = readdirSync(join(dataDir, 'outbox'));
  assert.equal(files.length, 1);
  assert.match(files[0]!, /\.eml$/);
  const mail = await simpleParser(readFileSync(join(dataDir, 'outbox', files[0]!)));
  assert.equal(mail.subject, 'Ihre Buchung');
  assert.equal(mail.from?.value[0]?.name, 'Landkreis Musterkreis');
  assert.equal(mail.from?.value[0]?.address, 'raumbuchung@musterkreis.example');
  assert.equal(mail.messageId, '<test-1@teilhabe-kit.musterkreis>');
  assert.equal(createMailTransport(mailSettingsFromEnv({ SMTP_URL: 'smtp://mail.example:587' })).delivery.kind, 'smtp');
});
