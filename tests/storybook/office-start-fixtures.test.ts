/** The office start page's mocked mails and audit entries are what the contract says the server sends. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditFixtures, failedMailFixtures } from '@teilhabe/mocks';
import { AuditEntry, OutboxMail } from '../../packages/contract/src/index.js';

test('every mocked failed mail is an OutboxMail of the contract', () => {
  for (const mail of failedMailFixtures()) assert.deepEqual(OutboxMail.strict().parse(mail), mail);
});

test('every mocked audit entry is an AuditEntry of the contract', () => {
  for (const entry of auditFixtures()) assert.deepEqual(AuditEntry.strict().parse(entry), entry);
});
