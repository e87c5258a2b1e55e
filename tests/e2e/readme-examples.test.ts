/** The requests the README shows work against the real server, so the README stays true. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** `curl [-X POST] 'URL' [-H '…'] [-d '…']`, possibly continued over lines ending in a backslash. */
function curlExamples() {
  const commands = readme.replace(/\\\n\s*/g, ' ').split('\n').filter((line) => line.trim().startsWith('curl '));
  return commands.map((command) => ({
    method: /-X (\w+)/.exec(command)?.[1] ?? 'GET',
    url: /'(http:\/\/127\.0\.0\.1:8787[^']*)'/.exec(command)![1]!,
    body: /-d '([^']*)'/.exec(command)?.[1],
  }));
}

let server: LiveServer;
before(async () => {
  server = await startLiveServer();
});
after(async () => {
  await server?.close();
});

test('the README has curl examples', () => {
  assert.ok(curlExamples().length >= 5);
});

test('every curl example of the README answers with data', async () => {
  for (const example of curlExamples()) {
    const url = example.url.replace('http://127.0.0.1:8787', server.baseUrl);
    const response = await fetch(url, {
      method: example.method,
      ...(example.body ? { body: example.body, headers: { 'Content-Type': 'application/json' } } : {}),
    });
    const text = await response.text();
    assert.equal(response.status, 200, `${example.method} ${example.url} → ${response.status} ${text.slice(0, 300)}`);
    if (url.includes('.ics')) assert.match(text, /^BEGIN:VCALENDAR/);
    else assert.ok(Array.isArray(JSON.parse(text).data), example.url);
  }
});
