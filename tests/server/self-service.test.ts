import assert from 'node:assert/strict';
import { test } from 'node:test';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { queueDueEntryVerifications } from '../../packages/server/src/jobs/entry-verification.js';
import { eraseExpiredSubmitterData } from '../../packages/server/src/jobs/retention.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const DAY = 86_400_000;
const T = '/v1/musterkreis';

async function solvedProofOfWork(api: TestApi) {
  const response = await api.request(`${T}/proof-of-work`);
  assert.equal(response.status, 200);
  const challenge = (await json(response)).data;
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution, 'the challenge is solvable');
  return { challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } };
}

function organizationProposal(name: string, extra: Record<string, unknown> = {}) {
  return {
    kind: 'organization',
    record: { id: 'neuer-verein', name, shortDescription: { de: 'Hausaufgabenhilfe und Elterncafé' }, description: { de: 'Jeden Dienstag im Bürgerhaus.' }, types: ['cultural-association'], topics: ['youth-education'], email: 'kontakt@neuer-verein.example.org' },
    submitter: { name: 'Mariam Haddad', email: 'mariam@example.org' },
    locale: 'en',
    publicationConsent: true,
    ...extra,
  };
}

async function propose(api: TestApi, body: Record<string, unknown>) {
  return api.request(`${T}/proposals`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

const queue = async (api: TestApi, status = 'pending') => (await json(await api.request(`${T}/review-queue?status=${status}`, api.asEditor()))).data as any[];
const outboxOf = (api: TestApi, kind: string) => api.database.db.selectFrom('outbox').select(['recipient', 'subject', 'message', 'dedupe_key']).where('kind', '=', kind).execute();

/** Asks one organisation and returns the secret link from its mail. */
async function entryLinkFor(api: TestApi, organizationId: string) {
  const before = (await outboxOf(api, 'entry-verification')).length;
  const response = await api.request(`${T}/entry-verifications`, api.asEditor({ method: 'POST', body: JSON.stringify({ organizationIds: [organizationId] }) }));
  assert.equal(response.status, 202, await response.clone().text());
  assert.deepEqual((await json(response)).data.queued, [organizationId]);
  const mails = await outboxOf(api, 'entry-verification');
  assert.equal(mails.length, before + 1);
  const text = (mails.at(-1)!.message as { text: string }).text;
  const url = /https?:\/\/\S+\/v1\/musterkreis\/entry\?token=(\S+)/.exec(text);
  assert.ok(url, `the mail carries the link: ${text}`);
  return { token: decodeURIComponent(url[1]!), mail: mails.at(-1)! };
}

const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

describeOnBothBackends('self-service', (api) => {
  test('a proposal needs a solved proof of work, and each solution counts once', async () => {
    const proofOfWork = await solvedProofOfWork(api());
    const first = await propose(api(), organizationProposal('Elternnetzwerk Lindenberg', { proofOfWork }));
    assert.equal(first.status, 202, await first.clone().text());
    const replay = await propose(api(), organizationProposal('Elternnetzwerk Lindenberg 2', { proofOfWork }));
    assert.equal(replay.status, 400);
    assert.equal((await json(replay)).errors[0].code, 'proof_of_work_refused');

    const fresh = await solvedProofOfWork(api());
    const forged = await propose(api(), organizationProposal('Gefälscht', { proofOfWork: { ...fresh, solution: { ...fresh.solution, counter: fresh.solution.counter + 1 } } }));
    assert.equal(forged.status, 400, 'a wrong counter is refused');
    const missing = await propose(api(), organizationProposal('Ohne Arbeit'));
    assert.equal(missing.status, 400, 'no proof of work, no proposal');
    assert.equal((await queue(api())).filter((p) => p.record.name.startsWith('Elternnetzwerk')).length, 1);
  });

  test('a filled honeypot gets the usual answer and nothing is kept', async () => {
    const before = (await queue(api())).length;
    const response = await propose(api(), organizationProposal('Spam GmbH', { proofOfWork: await solvedProofOfWork(api()), homepage: 'https://spam.example.com' }));
    assert.equal(response.status, 202);
    assert.equal((await queue(api())).length, before);
  });

  test('bad records are refused with the field named, and consent to publication is required', async () => {
    const proofOfWork = await solvedProofOfWork(api());
    const unknownType = await propose(api(), organizationProposal('Verein X', { proofOfWork, record: { ...organizationProposal('Verein X').record, types: ['no-such-type'] } }));
    assert.equal(unknownType.status, 400);
    assert.equal((await json(unknownType)).errors[0].path, 'record.types.0');
    const noConsent = await propose(api(), organizationProposal('Verein Y', { proofOfWork, publicationConsent: false }));
    assert.equal(noConsent.status, 400);
  });

  test('the review queue shows the diff; accepting an edited proposal publishes it and tells the submitter in their language', async () => {
    assert.equal((await api().request(`${T}/review-queue`)).status, 401, 'staff only');
    const proposal = (await queue(api())).find((p) => p.record.name === 'Elternnetzwerk Lindenberg');
    assert.ok(proposal);
    assert.equal(proposal.targetId, null);
    assert.deepEqual(proposal.diff.name, { after: 'Elternnetzwerk Lindenberg' }, 'a new record: every field is new');
    assert.deepEqual(proposal.submitter, { name: 'Mariam Haddad', email: 'mariam@example.org' });

    const edited = { ...proposal.record, shortDescription: { de: 'Hausaufgabenhilfe, Elterncafé und Beratung' } };
    const accepted = await api().request(`${T}/review-queue/${proposal.id}/accept`, api().asEditor({ method: 'POST', body: JSON.stringify({ record: edited }) }));
    assert.equal(accepted.status, 200, await accepted.clone().text());
    const id = (await json(accepted)).data.record.id;
    const live = await json(await api().request(`${T}/organizations/${id}`));
    assert.equal(live.data.shortDescription, 'Hausaufgabenhilfe, Elterncafé und Beratung');
    assert.equal(live.data.verifiedAt, null);

    const mail = (await outboxOf(api(), 'proposal-decision')).find((m) => m.recipient === 'mariam@example.org');
    assert.ok(mail);
    assert.match(mail.subject, /Your proposal is accepted: Elternnetzwerk Lindenberg/);
    assert.equal((mail.message as { language: string }).language, 'en');

    const again = await api().request(`${T}/review-queue/${proposal.id}/accept`, api().asEditor({ method: 'POST', body: '{}' }));
    assert.equal(again.status, 409);
    const audit = await api().database.db.selectFrom('audit_log').select(['operation', 'record_type']).where('record_id', 'in', [id, proposal.id]).execute();
    assert.deepEqual(audit.map((a) => `${a.record_type}:${a.operation}`).sort(), ['organization:create', 'proposal:accept']);
  });

  test('declining names the reason in the mail, in the submitter\'s language', async () => {
    const response = await propose(api(), organizationProposal('Doppelter Verein', { proofOfWork: await solvedProofOfWork(api()), locale: 'tr', submitter: { name: 'Emre', email: 'emre@example.org' } }));
    assert.equal(response.status, 202);
    const proposal = (await queue(api())).find((p) => p.record.name === 'Doppelter Verein');
    const tooShort = await api().request(`${T}/review-queue/${proposal.id}/decline`, api().asEditor({ method: 'POST', body: JSON.stringify({ reason: '' }) }));
    assert.equal(tooShort.status, 400);
    const declined = await api().request(`${T}/review-queue/${proposal.id}/decline`, api().asEditor({ method: 'POST', body: JSON.stringify({ reason: 'Der Verein steht schon im Verzeichnis.' }) }));
    assert.equal(declined.status, 200);
    assert.equal((await json(declined)).data.status, 'declined');
    const mail = (await outboxOf(api(), 'proposal-decision')).find((m) => m.recipient === 'emre@example.org')!;
    assert.match(mail.subject, /Öneriniz kabul edilmedi/);
    assert.match((mail.message as { text: string }).text, /Der Verein steht schon im Verzeichnis\./);
  });

  test('an event can be proposed and accepted too', async () => {
    const event = {
      id: 'sommerfest',
      title: { de: 'Sommerfest der Vereine' },
      summary: { de: 'Musik und Essen' },
      description: { de: 'Alle sind eingeladen.' },
      start: '2027-06-12T14:00:00+02:00',
      end: '2027-06-12T20:00:00+02:00',
      location: { kind: 'address', address: { street: 'Marktplatz 1', postalCode: '52349', city: 'Musterstadt' } },
      organizers: [{ kind: 'organization', id: 'dtkv-musterstadt' }],
      format: 'network-meeting',
    };
    const response = await propose(api(), { ...organizationProposal(''), kind: 'event', record: event, proofOfWork: await solvedProofOfWork(api()) });
    assert.equal(response.status, 202, await response.clone().text());
    const proposal = (await queue(api())).find((p) => p.kind === 'event');
    const accepted = await api().request(`${T}/review-queue/${proposal.id}/accept`, api().asEditor({ method: 'POST', body: '{}' }));
    assert.equal(accepted.status, 200, await accepted.clone().text());
    assert.equal((await api().request(`${T}/events/${(await json(accepted)).data.record.id}`)).status, 200);
  });

  test('the entry link shows the entry; confirming sets verifiedAt, is audited as the organisation, and works once', async () => {
    const { token, mail } = await entryLinkFor(api(), 'dtkv-musterstadt');
    assert.match(mail.subject, /Ist Ihr Eintrag noch aktuell\?/);
    const stored = await api().database.db.selectFrom('entry_links' as never).selectAll().execute();
    assert.ok(!JSON.stringify(stored).includes(token), 'only a hash of the secret is stored');

    const page = await api().request(`${T}/entry?token=${encodeURIComponent(token)}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const html = await page.text();
    assert.match(html, /Deutsch-Türkischer Kulturverein/);
    assert.doesNotMatch(html, /<script/);

    const confirmed = await api().request(`${T}/entry/confirm`, form({ token }));
    assert.equal(confirmed.status, 200);
    const live = await json(await api().request(`${T}/organizations/dtkv-musterstadt`));
    assert.equal(Date.parse(live.data.verifiedAt), api().clock.now.getTime());
    const audit = await api().database.db.selectFrom('audit_log').select(['actor_name', 'actor_kind']).where('record_id', '=', 'dtkv-musterstadt').orderBy('at', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual(audit, { actor_name: 'Organisation über Link', actor_kind: 'public' });

    assert.equal((await api().request(`${T}/entry/confirm`, form({ token }))).status, 410, 'used once');
    assert.equal((await api().request(`${T}/entry?token=${encodeURIComponent(token)}`)).status, 410);
    assert.equal((await api().request(`${T}/entry?token=ent_guessed`)).status, 410);
  });

  test('an entry link expires after 30 days', async () => {
    const { token } = await entryLinkFor(api(), 'dtkv-musterstadt');
    const saved = api().clock.now;
    try {
      api().clock.now = new Date(saved.getTime() + 31 * DAY);
      assert.equal((await api().request(`${T}/entry/confirm`, form({ token }))).status, 410);
    } finally {
      api().clock.now = saved;
    }
  });

  test('changes proposed through the link keep every value on a mistake and land in the queue with only what changed', async () => {
    const { token } = await entryLinkFor(api(), 'dtkv-musterstadt');
    const page = await (await api().request(`${T}/entry?token=${encodeURIComponent(token)}`)).text();
    const value = (name: string) => {
      const input = new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(page);
      if (input) return input[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
      const area = new RegExp(`name="${name}"[^>]*>([^<]*)</textarea>`).exec(page);
      return (area?.[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    };
    const fields = Object.fromEntries(['name', 'shortDescription', 'description', 'street', 'postalCode', 'city', 'website', 'email', 'phone', 'officeHoursNote'].map((f) => [f, value(f)]));
    const wrong = await api().request(`${T}/entry/propose`, form({ token, ...fields, phone: '+49 2421 55555', email: 'kein-at-zeichen' }));
    assert.equal(wrong.status, 400);
    const again = await wrong.text();
    assert.match(again, /class="error-summary"/);
    assert.match(again, /aria-invalid="true"/);
    assert.match(again, /value="\+49 2421 55555"/, 'nothing typed is lost');

    const sent = await api().request(`${T}/entry/propose`, form({ token, ...fields, phone: '+49 2421 55555' }));
    assert.equal(sent.status, 200, await sent.clone().text());
    const change = (await queue(api())).find((p) => p.targetId === 'dtkv-musterstadt');
    assert.ok(change);
    assert.equal(change.origin, 'entry-link');
    assert.deepEqual(Object.keys(change.diff), ['phone']);
    assert.equal(change.diff.phone.after, '+49 2421 55555');
    assert.equal((await api().request(`${T}/entry/propose`, form({ token, ...fields }))).status, 410, 'the link is used');

    const accepted = await api().request(`${T}/review-queue/${change.id}/accept`, api().asEditor({ method: 'POST', body: '{}' }));
    assert.equal(accepted.status, 200);
    assert.equal((await json(await api().request(`${T}/organizations/dtkv-musterstadt`))).data.phone, '+49 2421 55555');
  });

  test('the yearly question goes to stale entries once per interval', async () => {
    const now = new Date(api().clock.now.getTime() + 400 * DAY);
    const first = await queueDueEntryVerifications(api().database.db, now, 'https://daten.example.org');
    assert.ok(first > 0, 'entries confirmed over a year ago are asked');
    assert.equal(await queueDueEntryVerifications(api().database.db, now, 'https://daten.example.org'), 0, 'asked once per interval');
  });

  test('the submitter\'s name and e-mail are erased a set time after the decision, with the decision mail', async () => {
    const db = api().database.db;
    const decided = (await queue(api(), 'declined')).find((p) => p.record.name === 'Doppelter Verein');
    assert.ok(decided.submitter);
    await eraseExpiredSubmitterData(db, new Date(api().clock.now.getTime() + 89 * DAY));
    assert.ok((await queue(api(), 'declined')).find((p) => p.id === decided.id).submitter, 'kept within the period');
    assert.ok((await eraseExpiredSubmitterData(db, new Date(api().clock.now.getTime() + 91 * DAY))) >= 1);
    assert.equal((await queue(api(), 'declined')).find((p) => p.id === decided.id).submitter, null);
    assert.equal((await outboxOf(api(), 'proposal-decision')).filter((m) => m.dedupe_key === `proposal-decision:${decided.id}`).length, 0);
  });
});
