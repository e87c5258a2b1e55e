/**
 * The office app end to end: a resident asks for a room through the public
 * API, a staff member signs in at `/office/` (the real bundle, under the
 * office's strict CSP with Trusted Types), finds the request, approves it
 * with the pointer (the keyboard paths are in the browser tests), and the resident's
 * confirmation mail arrives at a real SMTP server; the room's availability
 * then shows the time as busy. No CSP violation, no script error.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_STAFF } from '../../packages/server/src/demo/staff.js';
import { OFFICE_HEADERS } from '../../packages/server/src/pages/html.js';
import { bookingRequest } from '../support/booking-fixtures.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';
import { buildOfficeBundle } from '../support/office-bundle.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';

const CHROME_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ROOM = 'office-e2e-raum';
const RESIDENT = 'amina.e2e@example.org';

let server: LiveServer;
let sink: SmtpSink;
let browser: Browser;
let bundle: string;

before(async () => {
  bundle = await mkdtemp(join(tmpdir(), 'tk-office-'));
  await buildOfficeBundle(bundle);
  sink = await startSmtpSink();
  server = await startLiveServer({
    staticMounts: [{ urlPrefix: '/office/', folder: bundle, headers: OFFICE_HEADERS, appShell: 'index.html' }],
    mail: { smtpUrl: sink.url, outboxDir: '/nonexistent' },
    demoStaff: true,
  });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await sink?.stop();
  if (bundle) await rm(bundle, { recursive: true, force: true });
});

/** A room that needs approval, open all day, in the first demo venue. */
async function putRoom() {
  const rooms = await (await fetch(`${server.baseUrl}/v1/musterkreis/rooms?limit=1`)).json();
  const response = await fetch(`${server.baseUrl}/v1/musterkreis/rooms/${ROOM}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.editorToken}` },
    body: JSON.stringify({
      id: ROOM,
      venueId: rooms.data[0].venue.id,
      name: 'Raum der Office-Probe',
      description: { de: 'Ein Raum für den Test der Office-App.' },
      capacity: 30,
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' })),
      closures: [],
      bookingPolicy: { needsApproval: true, minNoticeHours: 0, maxAdvanceDays: 700, maxDurationMinutes: 240, bufferMinutes: 0 },
      fees: { standardEurPerHour: 0, rules: [] },
      houseRules: { de: 'Den Raum aufgeräumt verlassen.' },
      contactOffice: { name: 'Integrationsbüro', email: 'office-e2e@example.org' },
    }),
  });
  assert.equal(response.status, 200, await response.text());
}

test('/office/ answers its routes with the app under the office policy, and a missing file with 404', async () => {
  for (const path of ['/office/', '/office/bookings', '/office/bookings/3f0c5e1a-0000-4000-8000-000000000000', '/office/set-password']) {
    const response = await fetch(`${server.baseUrl}${path}?tenant=musterkreis`);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('content-security-policy'), OFFICE_HEADERS['Content-Security-Policy'], path);
    assert.match(await response.text(), /<tk-office-app><\/tk-office-app>/, path);
  }
  assert.equal((await fetch(`${server.baseUrl}/office/missing.js`)).status, 404);
  assert.equal((await fetch(`${server.baseUrl}/office`, { redirect: 'manual' })).status, 302);
});

test('a request made by a resident is approved in the office app and the confirmation mail arrives', { timeout: 180_000 }, async () => {
  await putRoom();
  const day = new Date(Date.now() + 21 * 86_400_000);
  day.setUTCHours(16, 0, 0, 0);
  const start = day.toISOString().replace('.000Z', 'Z');
  const end = new Date(day.getTime() + 2 * 3_600_000).toISOString().replace('.000Z', 'Z');
  const asked = await fetch(`${server.baseUrl}/v1/musterkreis/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de', 'Idempotency-Key': 'office-e2e-request-1' },
    body: JSON.stringify(bookingRequest(ROOM, start, end, { requester: { name: 'Amina Probe', email: RESIDENT } })),
  });
  assert.equal(asked.status, 201, await asked.clone().text());
  const { data: booking } = await asked.json();
  await sink.waitFor(2, 30_000); // the receipt and the office notice

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });

  await page.goto(`${server.baseUrl}/office/?tenant=musterkreis`);
  await page.getByLabel('E-Mail-Adresse').fill(DEMO_STAFF.email);
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_STAFF.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText(`Angemeldet: ${DEMO_STAFF.name}`).waitFor();
  await page.locator('.waiting-count').waitFor();
  assert.match(await page.locator('.waiting-count').innerText(), /warte/);
  const secret = await page.evaluate(() => sessionStorage.getItem('tk-office:session:musterkreis'));
  assert.match(secret ?? '', /^ses_/, 'the session lives in the tab');

  await page.getByRole('link', { name: 'Buchungsanfragen' }).first().click();
  assert.equal(new URL(page.url()).pathname, '/office/bookings');
  await page.getByLabel('Name, E-Mail oder Zweck').fill('Amina Probe');
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.getByText('1 Anfrage', { exact: true }).waitFor();
  await page.getByRole('link', { name: /Anfrage entscheiden\W+Amina Probe/ }).click();
  assert.equal(new URL(page.url()).pathname, `/office/bookings/${booking.id}`);

  await page.getByLabel('Zusagen').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByRole('heading', { name: 'Prüfen Sie Ihre Entscheidung' }).waitFor();
  await page.getByRole('button', { name: 'Entscheidung senden' }).click();
  await page.getByText(/Zugesagt: Amina Probe/).waitFor();
  assert.equal(new URL(page.url()).pathname, '/office/bookings');

  await sink.waitFor(3, 30_000);
  const toResident = sink.to(RESIDENT);
  const confirmation = toResident.find((mail) => mail.subject?.startsWith('Ihre Raumanfrage ist angenommen'));
  assert.ok(confirmation, `a confirmation mail, got: ${toResident.map((m) => m.subject).join(' | ')}`);
  assert.ok(confirmation.attachments.some((a) => a.contentType.includes('calendar')), 'with the .ics of the date');

  const availability = await (await fetch(`${server.baseUrl}/v1/musterkreis/rooms/${ROOM}/availability?from=${encodeURIComponent(new Date(day.getTime() - 86_400_000).toISOString())}&to=${encodeURIComponent(new Date(day.getTime() + 86_400_000).toISOString())}`)).json();
  assert.ok(
    availability.data.busy.some((b: { start: string; end: string }) => Date.parse(b.start) <= Date.parse(start) && Date.parse(b.end) >= Date.parse(end)),
    `the approved time is busy for the widget: ${JSON.stringify(availability.data.busy)}`,
  );

  // A deep link from an office mail opens the app on that path.
  const deep = await page.goto(`${server.baseUrl}/office/bookings/${booking.id}`);
  assert.match(deep!.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
  await page.getByText('Diese Anfrage wartet nicht mehr').waitFor();

  await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await page.getByText('Sie sind abgemeldet.').waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('tk-office:session:musterkreis')), null);
  assert.deepEqual(problems, []);
  await context.close();
});
