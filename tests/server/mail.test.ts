import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import { setBookingStatus, type BookingDoc } from '../../packages/server/src/resources/bookings/repository.js';
import { queueBookingDecisionMail } from '../../packages/server/src/mail/booking-mails.js';
import { createMailTransport } from '../../packages/server/src/outbox/transport.js';
import { OutboxWorker } from '../../packages/server/src/outbox/worker.js';
import { bookingRequest, createTestRoom, postBooking } from '../support/booking-fixtures.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { describeOnBothBackends, json, type TestApi } from '../support/test-api.js';

const BASE = 'http://localhost';
const RESIDENT = 'maryam@example.org';
const OFFICE = 'raum@example.org';

let sink: SmtpSink;
before(async () => {
  sink = await startSmtpSink();
});
after(async () => {
  await sink.stop();
});

function workerFor(api: TestApi, options: ConstructorParameters<typeof OutboxWorker>[2] = {}) {
  return new OutboxWorker(api.database.db, createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent' }), { pollMs: 20, baseDelayMs: 50, ...options });
}

/** Sends what is due and returns the mails that arrived meanwhile. */
async function deliver(api: TestApi): Promise<ParsedMail[]> {
  const before = sink.mails.length;
  const transport = createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent' });
  const worker = new OutboxWorker(api.database.db, transport);
  while ((await worker.runOnce()) > 0);
  transport.close();
  return sink.mails.slice(before);
}

const only = (mails: ParsedMail[], address: string) => {
  const found = mails.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((to) => to?.value.some((a) => a.address === address)));
  assert.equal(found.length, 1, `one mail to ${address}, got ${found.map((m) => m.subject).join(' | ')}`);
  return found[0]!;
};

const html = (mail: ParsedMail) => (typeof mail.html === 'string' ? mail.html : '');

function assertSelfContained(mail: ParsedMail) {
  const body = html(mail);
  assert.ok(!/<img|<link|<script|@import|url\(/i.test(body), 'no images, style sheets or scripts from anywhere');
  for (const href of body.matchAll(/href="([^"]+)"/g)) assert.ok(href[1]!.startsWith(BASE), `only links to this server: ${href[1]}`);
  assert.ok(mail.text?.includes('Landkreis Musterkreis') && body.includes('Landkreis Musterkreis'), 'the municipality is named');
}

/** Confirms or declines (optionally only some dates) in one transaction, as the office's decision will. */
async function decide(api: TestApi, id: string, outcome: 'confirmed' | 'declined', extra: Partial<BookingDoc> & Record<string, unknown> = {}, declineDates: string[] = []) {
  const db = api.database.db;
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('bookings').select('doc').where('id', '=', id).executeTakeFirstOrThrow();
    await setBookingStatus(trx, id, outcome, { ...(row.doc as BookingDoc), ...extra } as BookingDoc);
    for (const start of declineDates) {
      await trx.updateTable('booking_slots').set({ status: 'declined' }).where('booking_id', '=', id).where(sql<boolean>`during @> ${start}::timestamptz`).execute();
    }
    await queueBookingDecisionMail(trx, { tenant: { id: 'musterkreis' }, bookingId: id, baseUrl: BASE });
  });
}

function icsStarts(mail: ParsedMail): string[] {
  const attachment = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
  assert.ok(attachment, 'an .ics is attached');
  assert.match(attachment.contentType, /text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).startDate.toJSDate().toISOString());
}

describeOnBothBackends('booking mails', (api) => {
  before(async () => {
    await createTestRoom(api(), 'mailraum');
    await createTestRoom(api(), 'mailraum-sofort', { needsApproval: false });
  });

  test('a request sends a receipt with a working manage link to the requester and a notice to the office (de)', async () => {
    const response = await postBooking(api(), bookingRequest('mailraum', '2026-12-01T18:00:00+01:00', '2026-12-01T20:00:00+01:00'), { language: 'de' });
    assert.equal(response.status, 201);
    const created = await json(response);
    assert.equal(created.emailNotifications, false, 'an app without SMTP says that no mail reaches the requester');
    const mails = await deliver(api());

    const receipt = only(mails, RESIDENT);
    assert.equal(receipt.subject, 'Ihre Raumanfrage ist eingegangen: Testraum mailraum');
    assert.ok(receipt.text?.includes('Guten Tag Maryam Beispiel,'));
    assert.ok(receipt.text?.includes(created.manageUrl), 'the secret link is in the receipt');
    assert.match(html(receipt), /<html lang="de" dir="ltr">/);
    assert.equal(receipt.headers.get('content-language'), 'de');
    assert.equal((receipt.replyTo?.value[0]?.address), OFFICE, 'answers go to the office');
    assert.ok(receipt.text?.includes('Integrationsbüro') && receipt.text?.includes(OFFICE) && receipt.text?.includes('+49 2421 000900'), 'the office contact');
    assert.ok(receipt.text?.includes('Dienstag, 1. Dezember 2026 um 18:00 – 20:00'), receipt.text);
    assertSelfContained(receipt);
    const link = new URL(created.manageUrl);
    assert.equal((await api().request(`${link.pathname}${link.search}`)).status, 200, 'the link in the mail opens the booking');

    const notice = only(mails, OFFICE);
    assert.equal(notice.subject, 'Neue Raumanfrage: Testraum mailraum, Dienstag, 1. Dezember 2026 um 18:00 – 20:00');
    assert.ok(notice.text?.includes(`${BASE}/office/bookings/${created.data.id}`), 'a link into the office app');
    assert.ok(notice.text?.includes('maryam@example.org') && notice.text?.includes('Treffen des Vorstands'));
    assert.ok(!notice.text?.includes(created.manageToken), 'the office never sees the requester\'s secret');
  });

  test('the receipt and the decisions speak Arabic, right to left, when the request was made in Arabic', async () => {
    const created = await json(await postBooking(api(), bookingRequest('mailraum', '2026-12-02T18:00:00+01:00', '2026-12-02T20:00:00+01:00'), { language: 'ar' }));
    const receipt = only(await deliver(api()), RESIDENT);
    assert.equal(receipt.subject, 'وصل طلب حجز القاعة: Testraum mailraum');
    assert.match(html(receipt), /<html lang="ar" dir="rtl">/);
    assert.ok(receipt.text?.includes('مرحبًا Maryam Beispiel،'));
    assertSelfContained(receipt);

    await decide(api(), created.data.id, 'declined', { decisionReason: 'القاعة مغلقة للصيانة في ذلك اليوم.' } as never);
    const declined = only(await deliver(api()), RESIDENT);
    assert.equal(declined.subject, 'تم رفض طلب حجز القاعة: Testraum mailraum');
    assert.ok(declined.text?.includes('القاعة مغلقة للصيانة في ذلك اليوم.'), 'the office\'s reason');
    assert.match(html(declined), /dir="rtl"/);
  });

  test('`?locale=` of the request (the widget\'s UI language) wins over the browser\'s Accept-Language', async () => {
    const response = await api().request('/v1/musterkreis/bookings?locale=fa', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de' },
      body: JSON.stringify(bookingRequest('mailraum', '2026-12-02T10:00:00+01:00', '2026-12-02T11:00:00+01:00')),
    });
    assert.equal(response.status, 201);
    const receipt = only(await deliver(api()), RESIDENT);
    assert.match(html(receipt), /<html lang="fa" dir="rtl">/);
    assert.equal(receipt.subject, 'درخواست رزرو اتاق شما دریافت شد: Testraum mailraum');
  });

  test('a room without its own office address: the notice goes to the tenant\'s office e-mail; no address, no notice', async () => {
    await createTestRoom(api(), 'mailraum-ohne', {}, null);
    const db = api().database.db;
    await db.updateTable('tenants').set({ office_email: null }).where('id', '=', 'musterkreis').execute();
    await postBooking(api(), bookingRequest('mailraum-ohne', '2026-12-02T12:00:00+01:00', '2026-12-02T13:00:00+01:00'));
    const withoutAnyAddress = await deliver(api());
    assert.equal(withoutAnyAddress.length, 1, 'only the receipt');
    only(withoutAnyAddress, RESIDENT);
    await db.updateTable('tenants').set({ office_email: 'integration@musterkreis.example' }).where('id', '=', 'musterkreis').execute();
    try {
      await postBooking(api(), bookingRequest('mailraum-ohne', '2026-12-02T14:00:00+01:00', '2026-12-02T15:00:00+01:00'));
      const mails = await deliver(api());
      only(mails, 'integration@musterkreis.example');
      const receipt = only(mails, RESIDENT);
      assert.equal(receipt.replyTo?.value[0]?.address, 'integration@musterkreis.example');
      assert.ok(receipt.text?.includes('integration@musterkreis.example'), 'the contact in the footer');
    } finally {
      await db.updateTable('tenants').set({ office_email: null }).where('id', '=', 'musterkreis').execute();
    }
  });

  test('a confirmation carries an .ics of every confirmed date, with the right start times (de and ar)', async () => {
    for (const language of ['de', 'ar']) {
      const day = language === 'de' ? '2026-12-07' : '2026-12-08';
      const created = await json(
        await postBooking(api(), bookingRequest('mailraum', `${day}T17:30:00+01:00`, `${day}T19:00:00+01:00`, { recurrence: { frequency: 'weekly', until: language === 'de' ? '2026-12-28' : '2026-12-29' } }), { language }),
      );
      await deliver(api());
      await decide(api(), created.data.id, 'confirmed');
      const confirmation = only(await deliver(api()), RESIDENT);
      assert.equal(confirmation.subject, language === 'de' ? 'Ihre Raumanfrage ist angenommen: Testraum mailraum' : 'تمت الموافقة على طلب حجز القاعة: Testraum mailraum');
      const expected = created.data.occurrences.map((o: { start: string }) => new Date(o.start).toISOString());
      assert.equal(expected.length, 4, JSON.stringify(created.data.occurrences));
      assert.deepEqual(icsStarts(confirmation), expected);
      assert.ok(confirmation.text?.includes('Landkreis Musterkreis'));
      assertSelfContained(confirmation);
    }
  });

  test('a decline gives the reason; a partial decision lists both; a change is explained', async () => {
    const declinedRequest = await json(await postBooking(api(), bookingRequest('mailraum', '2026-12-03T18:00:00+01:00', '2026-12-03T20:00:00+01:00'), { language: 'de' }));
    await deliver(api());
    await decide(api(), declinedRequest.data.id, 'declined', { decisionReason: 'Der Raum wird an diesem Abend renoviert.', officeNote: 'intern: Hausmeister fragen' } as never);
    const declined = only(await deliver(api()), RESIDENT);
    assert.equal(declined.subject, 'Ihre Raumanfrage ist abgelehnt: Testraum mailraum');
    assert.ok(declined.text?.includes('Begründung des Büros:') && declined.text.includes('Der Raum wird an diesem Abend renoviert.'));
    assert.ok(!declined.text?.includes('intern'), 'the internal note is never mailed');
    assert.ok(declined.text?.includes('Einen anderen Raum oder eine andere Zeit finden Sie'), 'a way to search again');
    assert.equal(declined.attachments.length, 0);

    const page = await api().request(`/v1/musterkreis/bookings/${declinedRequest.data.id}?token=${declinedRequest.manageToken}`, { headers: { Accept: 'text/html' } });
    const pageHtml = await page.text();
    assert.ok(pageHtml.includes('Der Raum wird an diesem Abend renoviert.') && pageHtml.includes('Landkreis Musterkreis'), 'the manage page shows the reason and the municipality');

    const series = await json(
      await postBooking(api(), bookingRequest('mailraum', '2026-12-04T10:00:00+01:00', '2026-12-04T12:00:00+01:00', { recurrence: { frequency: 'weekly', until: '2026-12-18' } }), { language: 'de' }),
    );
    await deliver(api());
    await decide(api(), series.data.id, 'confirmed', { decisionReason: 'Am 11. Dezember ist der Raum schon vergeben.' } as never, ['2026-12-11T10:30:00+01:00']);
    const partial = only(await deliver(api()), RESIDENT);
    assert.equal(partial.subject, 'Ihre Raumanfrage ist zum Teil angenommen: Testraum mailraum');
    assert.ok(partial.text?.includes('Gebuchte Termine') && partial.text.includes('Abgelehnte Termine') && partial.text.includes('Am 11. Dezember'));
    assert.deepEqual(icsStarts(partial), ['2026-12-04T09:00:00.000Z', '2026-12-18T09:00:00.000Z'], 'only the confirmed dates go into the calendar');

    const moved = await json(await postBooking(api(), bookingRequest('mailraum', '2026-12-05T10:00:00+01:00', '2026-12-05T12:00:00+01:00'), { language: 'de' }));
    await deliver(api());
    await decide(api(), moved.data.id, 'confirmed', {
      changes: { before: { roomId: 'mailraum-sofort', start: '2026-12-05T09:00:00+01:00', end: '2026-12-05T11:00:00+01:00' }, after: { roomId: 'mailraum', start: '2026-12-05T10:00:00+01:00', end: '2026-12-05T12:00:00+01:00' } },
    } as never);
    const changed = only(await deliver(api()), RESIDENT);
    assert.ok(changed.text?.includes('Das Büro hat Ihre Anfrage vor der Zusage geändert:'));
    assert.ok(changed.text?.includes('Angefragt: Testraum mailraum-sofort') && changed.text.includes('Samstag, 5. Dezember 2026 um 09:00 – 11:00'), changed.text);
  });

  test('a series decided date by date: the mail lists the dates still open; nothing decided, no mail', async () => {
    const series = await json(
      await postBooking(api(), bookingRequest('mailraum', '2026-12-06T10:00:00+01:00', '2026-12-06T11:00:00+01:00', { recurrence: { frequency: 'weekly', until: '2026-12-20' } }), { language: 'de' }),
    );
    await deliver(api());
    const db = api().database.db;
    const queued = await db.transaction().execute((trx) => queueBookingDecisionMail(trx, { tenant: { id: 'musterkreis' }, bookingId: series.data.id, baseUrl: BASE }));
    assert.deepEqual(queued, [], 'a request nobody decided yet');
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('booking_slots').set({ status: 'confirmed' }).where('booking_id', '=', series.data.id).where(sql<boolean>`during @> '2026-12-06T10:30:00+01:00'::timestamptz`).execute();
      await queueBookingDecisionMail(trx, { tenant: { id: 'musterkreis' }, bookingId: series.data.id, baseUrl: BASE });
    });
    const update = only(await deliver(api()), RESIDENT);
    assert.equal(update.subject, 'Neuigkeiten zu Ihrer Raumanfrage: Testraum mailraum');
    assert.ok(update.text?.includes('Diese Termine prüft das Büro noch') && update.text.includes('Sonntag, 13. Dezember 2026') && update.text.includes('Sonntag, 20. Dezember 2026'), update.text);
    assert.ok(!update.text?.includes('Abgelehnte Termine'));
    assert.deepEqual(icsStarts(update), ['2026-12-06T09:00:00.000Z']);
  });

  test('a declined mail links back to the page the request came from, only if it is the municipality\'s own', async () => {
    const fromOwnPage = await json(
      await api().request('/v1/musterkreis/bookings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Referer: `${BASE}/demo/raeume.html` },
        body: JSON.stringify(bookingRequest('mailraum', '2026-12-09T18:00:00+01:00', '2026-12-09T19:00:00+01:00')),
      }),
    );
    const fromElsewhere = await json(
      await api().request('/v1/musterkreis/bookings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Referer: 'https://fremde-seite.example/falle' },
        body: JSON.stringify(bookingRequest('mailraum', '2026-12-09T20:00:00+01:00', '2026-12-09T21:00:00+01:00')),
      }),
    );
    await deliver(api());
    await decide(api(), fromOwnPage.data.id, 'declined');
    await decide(api(), fromElsewhere.data.id, 'declined');
    const [own, elsewhere] = (await deliver(api())).sort((a, b) => (a.text ?? '').localeCompare(b.text ?? ''));
    const texts = [own, elsewhere].map((m) => m?.text ?? '');
    assert.equal(texts.filter((t) => t.includes(`${BASE}/demo/raeume.html`)).length, 1, 'the own page is linked once');
    assert.ok(texts.every((t) => !t.includes('fremde-seite')), 'a stranger\'s page never');
    assert.equal(texts.filter((t) => t.includes('auf der Website von Landkreis Musterkreis')).length, 1);
  });

  test('two cancels at once: one cancellation, one mail', async () => {
    const created = await json(await postBooking(api(), bookingRequest('mailraum-sofort', '2026-12-11T10:00:00+01:00', '2026-12-11T11:00:00+01:00')));
    await deliver(api());
    const url = `/v1/musterkreis/bookings/${created.data.id}?token=${created.manageToken}`;
    const responses = await Promise.all(Array.from({ length: 5 }, () => api().request(url, { method: 'DELETE' })));
    assert.deepEqual([...new Set(responses.map((r) => r.status))], [200]);
    assert.equal((await deliver(api())).length, 1);
  });

  test('a room without approval mails the booking with its calendar file at once', async () => {
    await postBooking(api(), bookingRequest('mailraum-sofort', '2026-12-09T10:00:00+01:00', '2026-12-09T11:00:00+01:00'), { language: 'en' });
    const mails = await deliver(api());
    const receipt = only(mails, RESIDENT);
    assert.equal(receipt.subject, 'Your booking: Testraum mailraum-sofort');
    assert.deepEqual(icsStarts(receipt), ['2026-12-09T09:00:00.000Z']);
    assert.match(only(mails, OFFICE).subject ?? '', /^Neue Buchung:/);
  });

  test('cancelling by the secret link, or by the page after its question, mails a confirmation', async () => {
    const viaJson = await json(await postBooking(api(), bookingRequest('mailraum-sofort', '2026-12-10T10:00:00+01:00', '2026-12-10T11:00:00+01:00'), { language: 'tr' }));
    await deliver(api());
    assert.equal((await api().request(`/v1/musterkreis/bookings/${viaJson.data.id}?token=${viaJson.manageToken}`, { method: 'DELETE' })).status, 200);
    assert.equal(only(await deliver(api()), RESIDENT).subject, 'İptal edildi: Testraum mailraum-sofort');
    await api().request(`/v1/musterkreis/bookings/${viaJson.data.id}?token=${viaJson.manageToken}`, { method: 'DELETE' });
    assert.equal((await deliver(api())).length, 0, 'a second cancel mails nothing');

    const viaPage = await json(await postBooking(api(), bookingRequest('mailraum-sofort', '2026-12-10T12:00:00+01:00', '2026-12-10T13:00:00+01:00'), { language: 'de' }));
    await deliver(api());
    const form = (fields: Record<string, string>) =>
      api().request(`/v1/musterkreis/bookings/${viaPage.data.id}/cancel`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'de' }, body: new URLSearchParams(fields).toString() });
    const question = await form({ token: viaPage.manageToken });
    assert.equal(question.status, 200, 'the first post only asks');
    const questionHtml = await question.text();
    assert.ok(questionHtml.includes('Wollen Sie die Anfrage absagen?') && questionHtml.includes('name="confirm" value="yes"') && questionHtml.includes('Landkreis Musterkreis'));
    assert.equal((await deliver(api())).length, 0, 'nothing is cancelled yet');
    const done = await form({ token: viaPage.manageToken, confirm: 'yes' });
    assert.equal(done.status, 303);
    assert.equal(only(await deliver(api()), RESIDENT).subject, 'Abgesagt: Testraum mailraum-sofort');
  });
});

describeOnBothBackends('mail delivery', (api) => {
  before(async () => {
    await createTestRoom(api(), 'zustellraum', {}, 'zustellung@example.org');
  });

  test('while the SMTP server is down, mails wait; afterwards they arrive exactly once', async () => {
    await sink.stop();
    const worker = workerFor(api(), { pollMs: 20, baseDelayMs: 100, maxDelayMs: 400 });
    worker.start();
    try {
      const before = sink.mails.length;
      for (let i = 0; i < 3; i += 1) {
        assert.equal((await postBooking(api(), bookingRequest('zustellraum', `2026-12-1${i + 1}T18:00:00+01:00`, `2026-12-1${i + 1}T19:00:00+01:00`))).status, 201);
      }
      await new Promise((resolve) => setTimeout(resolve, 600));
      const waiting = await api().database.db.selectFrom('outbox').select(['status', 'attempts', 'last_error']).where('recipient', '=', 'zustellung@example.org').execute();
      assert.equal(waiting.length, 3);
      assert.ok(waiting.every((m) => m.status !== 'sent' && m.attempts >= 1 && m.last_error), JSON.stringify(waiting));
      await sink.start();
      await sink.waitFor(before + 6);
      await new Promise((resolve) => setTimeout(resolve, 800)); // time for a duplicate to show up, if one were sent
      const arrived = sink.mails.slice(before);
      assert.equal(arrived.length, 6, 'three receipts and three office notices, none twice');
      assert.equal(new Set(arrived.map((m) => m.messageId)).size, 6);
      const rows = await api().database.db.selectFrom('outbox').select(['status', 'message']).where('recipient', '=', 'zustellung@example.org').execute();
      assert.ok(rows.every((r) => r.status === 'sent' && r.message === null), 'sent mails keep no body');
    } finally {
      await worker.stop();
      if (!sink.url) await sink.start();
    }
  });

  test('a mail that cannot be sent for a day is failed, listed for staff, and can be sent again', async () => {
    await sink.stop();
    const worker = workerFor(api(), { giveUpAfterMs: 0 });
    await postBooking(api(), bookingRequest('zustellraum', '2026-12-15T18:00:00+01:00', '2026-12-15T19:00:00+01:00'));
    await worker.runOnce();
    await sink.start();

    assert.equal((await api().request('/v1/musterkreis/outbox?status=failed')).status, 401, 'staff only');
    const listed = await json(await api().request('/v1/musterkreis/outbox?status=failed', api().asEditor()));
    const failed = listed.data.filter((m: { recipient: string }) => m.recipient === 'zustellung@example.org');
    assert.equal(failed.length, 1, JSON.stringify(listed.data));
    assert.equal(failed[0].status, 'failed');
    assert.ok(failed[0].lastError);

    const retried = await api().request(`/v1/musterkreis/outbox/${failed[0].id}/retry`, api().asEditor({ method: 'POST' }));
    assert.equal(retried.status, 200);
    assert.equal((await json(retried)).data.status, 'pending');
    const before = sink.mails.length;
    await workerFor(api()).runOnce();
    assert.equal(sink.mails.length, before + 1);
    assert.match(sink.mails.at(-1)!.subject ?? '', /^Neue Raumanfrage/);
    const again = await api().request(`/v1/musterkreis/outbox/${failed[0].id}/retry`, api().asEditor({ method: 'POST' }));
    assert.equal(again.status, 409, 'a sent mail is not sent again');
    assert.equal((await api().request(`/v1/musterkreis/outbox/${crypto.randomUUID()}/retry`, api().asEditor({ method: 'POST' }))).status, 404);
    assert.equal((await api().request('/v1/musterkreis/outbox?status=lost', api().asEditor())).status, 400);
  });

  test('a mailbox the SMTP server refuses (5xx) fails at once instead of being tried all day', async () => {
    const refusing = await startSmtpSink({ rejectRecipients: /^nobody@/ });
    try {
      await postBooking(api(), bookingRequest('zustellraum', '2026-12-16T18:00:00+01:00', '2026-12-16T19:00:00+01:00', { requester: { name: 'Niemand', email: 'nobody@example.org' } }));
      const worker = new OutboxWorker(api().database.db, createMailTransport({ smtpUrl: refusing.url, outboxDir: '/nonexistent' }));
      await worker.runOnce();
      const row = await api().database.db.selectFrom('outbox').select(['status', 'attempts']).where('recipient', '=', 'nobody@example.org').executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'failed', attempts: 1 });
      assert.equal(refusing.to('zustellung@example.org').length, 1, 'the office notice of the same request went out');
    } finally {
      await refusing.stop();
    }
  });
});
