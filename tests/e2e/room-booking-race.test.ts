/**
 * Two people ask for the same slot at the same moment, each in their own
 * browser, through the real widget bundle against the real server (no msw).
 * One gets the booking, the other the conflict with free alternatives, and
 * the database holds exactly one confirmed booking for that slot.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { startLiveServer, type LiveServer } from '../support/live-server.js';
import { buildWidgetBundles } from '../support/widget-bundles.js';

/** A room of the demo data that books at once (no approval), open every day 09:00–22:00. */
const ROOM = 'stz-neuhausen-gruppenraum';
const CHROME_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The widget's CDN bundle and a page that embeds it. */
async function buildBundle(outdir: string): Promise<void> {
  await buildWidgetBundles(outdir, ['tk-room-booking']);
  await writeFile(
    join(outdir, 'index.html'),
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Raumbuchung</title>
<script type="module" src="/race/tk-room-booking.js"></script></head>
<body><main><tk-room-booking api-base="/" tenant="musterkreis" room="${ROOM}"></tk-room-booking></main></body></html>`,
  );
}

/** A date 10–40 days ahead whose 10:00–12:00 (plus buffer) is free in the demo data. */
async function freeSlot(server: LiveServer): Promise<{ date: string; start: string; end: string }> {
  for (let days = 10; days < 40; days++) {
    const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const from = `${date}T00:00:00Z`;
    const to = `${date}T23:59:00Z`;
    const response = await fetch(`${server.baseUrl}/v1/musterkreis/rooms/${ROOM}/availability?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    const { data } = (await response.json()) as { data: { busy: Array<{ start: string; end: string; kind: string }> } };
    const taken = data.busy.some((b) => b.kind === 'closed' || (b.start.slice(0, 10) === date && b.start.slice(11, 16) < '12:30' && b.end.slice(11, 16) > '09:45'));
    if (!taken) return { date, start: '10:00', end: '12:00' };
  }
  throw new Error('no free slot found');
}

describe('two browsers ask for the same slot at once', { timeout: 180_000 }, () => {
  let server: LiveServer;
  let browser: Browser;
  let folder: string;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tk-race-'));
    await buildBundle(folder);
    server = await startLiveServer({ staticMounts: [{ urlPrefix: '/race/', folder }] });
    browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium', args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test('one gets the booking, the other the conflict with alternatives; one confirmed booking in the database', async () => {
    const slot = await freeSlot(server);
    const people = ['Aylin Demir', 'Omar Haddad'];
    const pages = await Promise.all(
      people.map(async (name, index) => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.baseUrl}/race/index.html`);
        await page.locator('#form-date').fill(slot.date);
        await page.locator('#form-start').fill(slot.start);
        await page.locator('#form-end').fill(slot.end);
        await page.locator('#form-name').fill(name);
        await page.locator('#form-email').fill(`person${index}@example.org`);
        await page.locator('#form-purpose').fill('Treffen des Vorstands');
        await page.locator('#form-attendees').fill('10');
        await page.locator('#form-isPublic-no').check();
        await page.locator('#form-acceptHouseRules').check();
        return page;
      }),
    );

    await Promise.all(pages.map((page) => page.locator('.booking-form button[type="submit"]').click()));
    const outcomes = await Promise.all(
      pages.map(async (page) => {
        const outcome = page.locator('#success-title, #conflict-title');
        await outcome.first().waitFor({ timeout: 30_000 });
        return { id: await outcome.first().getAttribute('id'), text: (await outcome.first().textContent())?.trim() ?? '', page };
      }),
    );
    const won = outcomes.filter((o) => o.id === 'success-title');
    const lost = outcomes.filter((o) => o.id === 'conflict-title');
    assert.equal(won.length, 1, JSON.stringify(outcomes.map((o) => o.text)));
    assert.equal(lost.length, 1);
    assert.equal(won[0]!.text, 'Gebucht');
    assert.equal(lost[0]!.text, 'Diese Zeit ist schon vergeben');
    assert.ok((await lost[0]!.page.locator('.conflict .alternative').count()) > 0, 'the conflict offers free alternatives');
    assert.match((await won[0]!.page.locator('[part="manage-link"]').getAttribute('href')) ?? '', /\/v1\/musterkreis\/bookings\/[0-9a-f-]+\?token=/);

    // The database: exactly one confirmed booking holds that slot.
    const from = encodeURIComponent(`${slot.date}T00:00:00Z`);
    const to = encodeURIComponent(`${slot.date}T23:59:00Z`);
    const { data } = (await (await fetch(`${server.baseUrl}/v1/musterkreis/rooms/${ROOM}/availability?from=${from}&to=${to}`)).json()) as {
      data: { busy: Array<{ start: string; end: string; kind: string }> };
    };
    const inSlot = data.busy.filter((b) => b.start.slice(0, 10) === slot.date && b.start.slice(11, 16) < slot.end && b.end.slice(11, 16) > slot.start);
    assert.deepEqual(inSlot.map((b) => [b.start.slice(11, 16), b.kind]), [[slot.start, 'booked']]);
  });
});
