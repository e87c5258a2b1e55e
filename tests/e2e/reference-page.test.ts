/**
 * /reference on a phone: at 390 CSS pixels nothing scrolls sideways (the
 * parameter tables become labelled blocks), and the OpenAPI descriptions'
 * Markdown is rendered: code spans as <code>, no raw backticks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, watchedPage } from '../support/foreign-site.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

describe('API reference', { timeout: 120_000 }, () => {
  let server: LiveServer;
  let browser: Browser;

  before(async () => {
    server = await startLiveServer();
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('reflows at 390 px and shows its Markdown rendered', async () => {
    const watched = await watchedPage(browser, { width: 390 });
    await watched.page.goto(`${server.baseUrl}/reference`);
    const layout = await watched.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      wide: [...document.querySelectorAll('main *')]
        // The header row is visually hidden (clipped) on narrow screens; its cells keep their width for screen readers.
        .filter((element) => !element.closest('thead') && element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName}.${element.className}: ${element.textContent?.slice(0, 40)}`),
    }));
    assert.deepEqual(layout.wide, [], 'nothing sticks out to the right');
    assert.ok(layout.scrollWidth <= layout.clientWidth, `no sideways scrolling (${layout.scrollWidth} > ${layout.clientWidth})`);

    const text = await watched.page.evaluate(() => document.querySelector('main')!.innerText);
    assert.ok(!text.includes('`'), `no raw backticks: …${text.slice(Math.max(0, text.indexOf('`') - 60), text.indexOf('`') + 60)}…`);
    assert.ok(!text.includes('**'), 'no raw emphasis markers');
    const codeInDescriptions = await watched.page.locator('td[data-label="Description"] code, article > p code').count();
    assert.ok(codeInDescriptions > 20, `code spans are rendered (${codeInDescriptions})`);
    const label = await watched.page.evaluate(() => getComputedStyle(document.querySelector('td[data-label="Name"]')!, '::before').content);
    assert.equal(label, '"Name: "', 'a narrow table row names its cells');
    assert.deepEqual(await watched.violations(), []);
    await watched.context.close();
  });
});
