/**
 * The office edits a proposal before accepting it: what goes live is the
 * edited record, and the submitter's mail names every corrected field with
 * its published value. A proposal taken as it is says nothing of edits; an
 * edit that breaks the record is a 400 and the proposal keeps waiting.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const T = '/v1/musterkreis';

async function propose(api: TestApi, name: string, email: string) {
  const challenge = (await json(await api.request(`${T}/proof-of-work`))).data;
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution);
  const body = {
    kind: 'organization',
    record: { id: 'vorschlag', name, shortDescription: { de: 'Treffen für Familien' }, description: { de: 'Jeden Freitag.' }, types: ['cultural-association'], email: 'info@familien.example.org' },
    submitter: { name: 'Lena Petrova', email },
    locale: 'de',
    publicationConsent: true,
    proofOfWork: { challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } },
  };
  const response = await api.request(`${T}/proposals`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal(response.status, 202, await response.clone().text());
  const queue = (await json(await api.request(`${T}/review-queue`, api.asEditor()))).data as Array<{ id: string; record: Record<string, unknown> }>;
  return queue.find((p) => p.record['name'] === name)!;
}

const accept = (api: TestApi, id: string, body: unknown) => api.request(`${T}/review-queue/${id}/accept`, api.asEditor({ method: 'POST', body: JSON.stringify(body) }));

async function decisionMail(api: TestApi, recipient: string) {
  const row = await api.database.db.selectFrom('outbox').select(['message']).where('kind', '=', 'proposal-decision').where('recipient', '=', recipient).executeTakeFirstOrThrow();
  return (row.message as { text: string }).text;
}

describeOnBothBackends('a proposal edited before it is accepted', (api) => {
  test('the edited record goes live and the mail names each corrected field with its published value', async () => {
    const proposal = await propose(api(), 'Familientreff Auental', 'lena@example.org');
    const broken = await accept(api(), proposal.id, { record: { ...proposal.record, email: 'kein-at-zeichen' } });
    assert.equal(broken.status, 400);
    const problem = await json(broken);
    assert.ok(problem.errors?.some((e: { path: string }) => e.path === 'record.email'), JSON.stringify(problem));
    const stillWaiting = (await json(await api().request(`${T}/review-queue`, api().asEditor()))).data.map((p: { id: string }) => p.id);
    assert.ok(stillWaiting.includes(proposal.id), 'a refused edit decides nothing');

    const edited = { ...proposal.record, shortDescription: { de: 'Treffen für Familien mit Kinderbetreuung' }, email: 'familientreff@auental.example.org' };
    const accepted = await accept(api(), proposal.id, { record: edited });
    assert.equal(accepted.status, 200, await accepted.clone().text());
    const live = (await json(await api().request(`${T}/organizations/${(await json(accepted)).data.record.id}`))).data;
    assert.equal(live.shortDescription, 'Treffen für Familien mit Kinderbetreuung');

    const text = await decisionMail(api(), 'lena@example.org');
    assert.match(text, /Vor der Veröffentlichung hat Landkreis Musterkreis Ihren Vorschlag angepasst/);
    assert.match(text, /Kurzbeschreibung: Treffen für Familien mit Kinderbetreuung/);
    assert.match(text, /E-Mail: familientreff@auental\.example\.org/);
    assert.doesNotMatch(text, /^Name:/m, 'an unchanged field is not listed');
  });

  test('a proposal taken as it is says nothing of edits', async () => {
    const proposal = await propose(api(), 'Chor Lindenberg', 'chor@example.org');
    assert.equal((await accept(api(), proposal.id, {})).status, 200);
    assert.doesNotMatch(await decisionMail(api(), 'chor@example.org'), /angepasst/);
  });
});
