/**
 * The SDK's self-service side against the real HTTP server: a proposal sent
 * with the SDK (proof of work solved by its Web Crypto loop) appears in the
 * review queue with its diff, is accepted, and shows in the public directory.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApiError, createClient, type TeilhabeClient } from '@teilhabe/sdk';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

let live: LiveServer;
let anonymous: TeilhabeClient;
let editor: TeilhabeClient;

before(async () => {
  live = await startLiveServer();
  anonymous = createClient({ baseUrl: live.baseUrl, tenant: live.tenant, timeoutMs: 30_000 });
  editor = anonymous.withToken(live.adminToken);
});
after(async () => {
  await live?.close();
});

const draft = (name: string) => ({
  kind: 'organization' as const,
  record: { id: 'sdk-verein', name, shortDescription: { de: 'Treffpunkt für Familien' }, description: { de: 'Offen für alle.' }, types: ['cultural-association'] },
  submitter: { name: 'Olena Kovalenko', email: 'olena@example.org' },
  locale: 'uk' as const,
  publicationConsent: true as const,
});

test('a proposal sent with the SDK is reviewed, accepted and published', async () => {
  const started = performance.now();
  await anonymous.proposals.submit(draft('Familientreff Nordviertel'));
  const solveMs = performance.now() - started;
  const { data } = await editor.reviewQueue.list();
  const proposal = data.find((p) => p.record.name === 'Familientreff Nordviertel');
  assert.ok(proposal, 'in the queue');
  assert.deepEqual(proposal.diff.name, { after: 'Familientreff Nordviertel' });

  const accepted = await editor.reviewQueue.accept(proposal.id, { ...proposal.record, name: 'Familientreff Nordviertel e.V.' });
  assert.equal(accepted.data.status, 'accepted');
  const published = await anonymous.organizations.list({ q: 'Familientreff Nordviertel' });
  assert.ok(published.data.some((o) => o.name === 'Familientreff Nordviertel e.V.'), 'in the public directory');

  const twice = await editor.reviewQueue.decline(proposal.id, 'Schon entschieden').catch((error: unknown) => error);
  assert.ok(twice instanceof ApiError);
  assert.equal(twice.status, 409);
  console.log(`# proof of work solved and proposal sent in ${Math.round(solveMs)} ms`);
});

test('the review queue is for staff only, and the office can ask organisations by SDK', async () => {
  const refused = await anonymous.reviewQueue.list().catch((error: unknown) => error);
  assert.ok(refused instanceof ApiError);
  assert.equal(refused.status, 401);
  const asked = await editor.entryVerifications.request(['dtkv-musterstadt', 'gibt-es-nicht']);
  assert.deepEqual(asked.data.queued, ['dtkv-musterstadt']);
  assert.deepEqual(asked.data.skipped, [{ id: 'gibt-es-nicht', reason: 'not-found' }]);
});
