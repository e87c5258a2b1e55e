/**
 * The office's morning: time from submitting the sign-in form to the booking
 * queue on screen, with 500 waiting requests. The real server on a fresh
 * PGlite data folder (demo data, the demo office account of `npm start`),
 * the real office bundle under its CSP, headless Chromium. The app is opened
 * at /office/bookings, so the signed-in app shows the queue straight away.
 * Timed inside the page: from the click on "Anmelden" to the first animation
 * frame with request rows, and to the frame where the count says how many
 * wait. A figure, never a pass/fail.
 *
 *   tsx --conditions=source bench/browser/office-queue.ts [--quick]   this row alone
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { DEMO_STAFF, ensureDemoStaff } from '../../packages/server/src/demo/staff.js';
import { demoDataset } from '../../packages/server/src/demo/index.js';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import { TenantDirectory } from '../../packages/server/src/http/tenant.js';
import { OFFICE_HEADERS } from '../../packages/server/src/pages/html.js';
import { requestBooking, requestedRoom } from '../../packages/server/src/resources/bookings/service.js';
import { seedDataset } from '../../packages/server/src/seed.js';
import { startServer } from '../../packages/server/src/server.js';
import { buildOfficeBundle } from '../../tests/support/office-bundle.js';
import { readOptions, type Profile } from '../lib/options.js';
import { Report } from '../lib/report.js';
import { ms, range, summarize } from '../lib/stats.js';
import { launchChromium } from './index.js';
import { openRoomInput } from '../../tests/support/open-room.js';

const WAITING = 500;
const ROOM = 'bench-office-raum';
const DAY_MS = 86_400_000;

interface Run {
  firstRowsMs: number;
  countMs: number;
  rows: number;
  count: string;
  /** The sign-in answer and the queue's answers, as the page's resource timing has them. */
  signInMs: number;
  queueApiMs: number;
}

/** A room that needs approval, open all day, bookable two years ahead: room for 500 separate requests. */
async function putRoom(baseUrl: string, token: string) {
  const rooms = (await (await fetch(`${baseUrl}/v1/musterkreis/rooms?limit=1`)).json()) as { data: Array<{ venue: { id: string } }> };
  const response = await fetch(`${baseUrl}/v1/musterkreis/rooms/${ROOM}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(openRoomInput(ROOM, rooms.data[0]!.venue.id, { name: 'Raum der Messung', description: 'Ein Raum für die Messung der Office-App.', contactEmail: 'bench@example.org' })),
  });
  if (!response.ok) throw new Error(`room: ${response.status} ${await response.text()}`);
}

/**
 * 500 requests through the server's service layer (the function behind
 * `POST /bookings`, with its rules and conflict checks, without the mails):
 * one hour each, eight a day, from tomorrow on.
 */
async function requestMany(db: Database['db']) {
  const tenant = (await new TenantDirectory(db).find('musterkreis'))!;
  const room = await requestedRoom(db, tenant.id, ROOM);
  const today = new Date();
  const tomorrow = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1, 7);
  for (let n = 0; n < WAITING; n++) {
    const start = tomorrow + Math.floor(n / 8) * DAY_MS + (n % 8) * 3_600_000;
    const input = {
      roomId: ROOM,
      start: new Date(start).toISOString(),
      end: new Date(start + 3_600_000).toISOString(),
      excludeDates: [],
      purpose: `Treffen Nummer ${n + 1}`,
      expectedAttendees: 10,
      requester: { name: `Person ${n + 1}`, email: `person${n + 1}@example.org`, organizationName: `Verein ${n % 40}` },
      isPublic: false,
      acceptHouseRules: true as const,
    };
    await requestBooking(db, tenant, room, input, new Date(), { locale: 'de' }, async () => undefined);
  }
}

/**
 * Runs in the page: clicks "Anmelden" and counts animation frames until the
 * queue shows rows and its count. A string, so that no helper the TypeScript
 * loader adds to named functions (`__name`) ends up in the page.
 */
const IN_PAGE_TIMING = `(async () => {
  const deepAll = (selector, root = document) => [
    ...root.querySelectorAll(selector),
    ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? deepAll(selector, element.shadowRoot) : [])),
  ];
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const button = deepAll('button').find((b) => b.textContent.trim() === 'Anmelden');
  const t0 = performance.now();
  button.click();
  let firstRowsMs = Number.NaN;
  for (;;) {
    await frame();
    const rows = deepAll('.request').length;
    if (rows && Number.isNaN(firstRowsMs)) firstRowsMs = performance.now() - t0;
    const count = deepAll('.count')[0]?.textContent?.trim() ?? '';
    if (rows && /^\\d[\\d.]* Anfragen$/.test(count)) {
      const countMs = performance.now() - t0;
      const took = (part) => performance.getEntriesByType('resource').filter((e) => e.startTime >= t0 && e.name.includes(part)).reduce((sum, e) => sum + e.duration, 0);
      return { firstRowsMs, countMs, rows, count, signInMs: took('/auth/sign-in'), queueApiMs: took('/bookings?') };
    }
    if (performance.now() - t0 > 120000) throw new Error('no queue after 120 s (' + rows + ' rows, count "' + count + '")');
  }
})()`;

async function signInToQueue(browser: Browser, baseUrl: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/office/bookings?tenant=musterkreis`);
    await page.getByLabel('E-Mail-Adresse').fill(DEMO_STAFF.email);
    await page.getByLabel('Passwort', { exact: true }).fill(DEMO_STAFF.password);
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    return (await page.evaluate(IN_PAGE_TIMING)) as Run;
  } finally {
    await context.close();
  }
}

export async function officeQueue(profile: Profile, report: Report) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tk-bench-office-data-'));
  const bundle = mkdtempSync(join(tmpdir(), 'tk-bench-office-'));
  const database = await openDatabase({ dataDir });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  try {
    await buildOfficeBundle(bundle);
    await seedDataset(database.db, demoDataset());
    await ensureDemoStaff(database.db);
    const { token } = await createApiToken(database.db, 'musterkreis', 'bench-office', ['editor', 'bookings']);
    server = await startServer({
      database,
      port: 0,
      staticMounts: [{ urlPrefix: '/office/', folder: bundle, headers: OFFICE_HEADERS, appShell: 'index.html' }],
      bookingRateLimit: { max: 1_000_000, windowMs: 60_000 },
      outboxWorker: false,
      jobs: false,
    });
    await putRoom(server.url, token);
    const seeding = performance.now();
    await requestMany(database.db);
    const seededMs = performance.now() - seeding;
    browser = await launchChromium();
    await signInToQueue(browser, server.url); // warm-up: the server's first sign-in and Chromium's first page
    const runs: Run[] = [];
    for (let i = 0; i < (profile.quick ? 3 : 5); i++) runs.push(await signInToQueue(browser, server.url));
    const first = summarize(runs.map((r) => r.firstRowsMs));
    const counted = summarize(runs.map((r) => r.countMs));
    const last = runs.at(-1)!;
    const signInAnswer = summarize(runs.map((r) => r.signInMs));
    const queueAnswer = summarize(runs.map((r) => r.queueApiMs));
    report.add({
      section: 'browser',
      measure: `office: sign-in → queue on screen, ${WAITING} waiting (first rows; ${last.rows} drawn, "${last.count}" at ${ms(counted.p50)})`,
      value: ms(first.p50),
      spread: range(first),
      data: { runs, seededMs, waiting: WAITING },
    });
    report.note(
      `office queue: ${WAITING} requests made through the service layer in ${ms(seededMs)}. Of the median ${ms(first.p50)}, the sign-in answer takes ${ms(signInAnswer.p50)} ` +
        `(the server's scrypt check of the password, N = 2^17) and the queue's answer(s) ${ms(queueAnswer.p50)}; ` +
        (last.rows < WAITING ? `the queue draws ${last.rows} rows and loads the rest on "Weitere Anfragen laden", so the page draws no more for 500 waiting than for ${last.rows}.` : `the queue draws all ${last.rows} rows at once.`),
    );
  } finally {
    await browser?.close();
    await server?.close();
    await database.close();
    rmSync(bundle, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = new Report();
  await officeQueue(readOptions(), report);
  report.print();
  process.exit(0);
}
