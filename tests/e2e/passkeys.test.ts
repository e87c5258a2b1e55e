/**
 * Passkeys end to end: Chromium with its WebAuthn virtual authenticator
 * (over CDP) talks to the real HTTP server through @simplewebauthn/browser.
 * A signed-in person adds a passkey; the next sign-in waits for it and
 * passes with it; an old answer cannot be replayed against a new challenge.
 * On both backends: challenges and signature counters are database logic.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { createTestDatabase } from '../support/postgres-cluster.js';
import { startSignInServer, type SignInServer } from '../support/sign-in-server.js';
import { BACKENDS } from '../support/test-api.js';

const browserBundle = createRequire(import.meta.url).resolve('@simplewebauthn/browser').replace(/script\/index\.js$|esm\/index\.js$/, 'dist/bundle/index.umd.min.js');

for (const backend of BACKENDS) describe(`Passkeys with a virtual authenticator [${backend}]`, () => {
  let server: SignInServer;
  let browser: Browser;
  let page: Page;
  let cdp: CDPSession;
  let authenticatorId: string;
  const email = 'passkey@stadt-test.example';

  before(async () => {
    // WebAuthn needs a host name (an IP address is no valid RP id); localhost is a secure context over http.
    server = await startSignInServer({ host: 'localhost', databaseUrl: backend === 'postgres' ? await createTestDatabase() : undefined });
    await server.addStaff(email);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP localhost 127.0.0.1'],
    });
    // The landing page's CSP forbids inline scripts; the test injects SimpleWebAuthn's bundle into it.
    const context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.addScriptTag({ path: browserBundle });
    cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    }));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** One API call from the page, i.e. from the origin the passkey belongs to. */
  function fromPage(path: string, token: string, body?: unknown) {
    return page.evaluate(
      async ({ url, token, body }) => {
        const response = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
        return { status: response.status, body: await response.json() };
      },
      { url: `/v1/${server.tenant}${path}`, token, body },
    );
  }

  /** What the page's bundle of @simplewebauthn/browser puts on the window. */
  type BrowserWebAuthn = { SimpleWebAuthnBrowser: { startRegistration(o: { optionsJSON: unknown }): unknown; startAuthentication(o: { optionsJSON: unknown }): unknown } };
  const register = (optionsJSON: unknown) => page.evaluate((optionsJSON) => (globalThis as unknown as BrowserWebAuthn).SimpleWebAuthnBrowser.startRegistration({ optionsJSON }), optionsJSON);
  const authenticate = (optionsJSON: unknown) => page.evaluate((optionsJSON) => (globalThis as unknown as BrowserWebAuthn).SimpleWebAuthnBrowser.startAuthentication({ optionsJSON }), optionsJSON);

  let firstAnswer: unknown;

  test('a signed-in person adds a passkey and gets recovery codes with it', async () => {
    const { token, secondFactor } = await server.signIn(email);
    assert.equal(secondFactor, 'not-needed');
    const options = await fromPage('/auth/passkeys/registration-options', token);
    assert.equal(options.status, 200);
    assert.equal(options.body.data.rp.id, 'localhost');
    const created = await fromPage('/auth/passkeys', token, { response: await register(options.body.data), label: 'Virtueller Schlüssel' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.data.passkeys.length, 1);
    assert.equal(created.body.data.passkeys[0].label, 'Virtueller Schlüssel');
    assert.equal(created.body.recoveryCodes.length, 10);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1, 'the authenticator holds the passkey');
    assert.equal(Buffer.from(credentials[0]!.credentialId, 'base64').toString('base64url'), created.body.data.passkeys[0].id);
  });

  test('the next sign-in is pending until the passkey signs the challenge', async () => {
    const pending = await server.signIn(email);
    assert.equal(pending.secondFactor, 'pending');
    assert.ok(pending.secondFactorOptions.includes('passkey'));
    assert.equal((await fromPage('/auth/passkeys/registration-options', pending.token)).status, 403, 'a password alone cannot add another passkey');
    assert.equal((await fromPage('/auth/passkey', pending.token, { response: { id: 'x', rawId: 'x', type: 'public-key', response: {}, clientExtensionResults: {} } })).status, 410, 'no challenge asked for');

    const options = await fromPage('/auth/passkey/options', pending.token);
    assert.equal(options.status, 200);
    firstAnswer = await authenticate(options.body.data);
    const passed = await fromPage('/auth/passkey', pending.token, { response: firstAnswer });
    assert.equal(passed.status, 200, JSON.stringify(passed.body));
    assert.equal(passed.body.data.secondFactor, 'passed');

    const session = await fetch(`${server.directUrl}/v1/${server.tenant}/auth/session`, { headers: { Authorization: `Bearer ${pending.token}` } });
    assert.equal((await session.json()).secondFactor, 'passed');
    const audit = await fetch(`${server.directUrl}/v1/${server.tenant}/audit?limit=100`, { headers: { Authorization: `Bearer ${pending.token}` } });
    const operations = ((await audit.json()).data as Array<{ operation: string }>).map((entry) => entry.operation);
    assert.ok(operations.includes('enroll-passkey'));
    assert.ok(operations.includes('second-factor:passkey'));
  });

  test('an old answer does not fit a new challenge, and a used challenge is gone', async () => {
    const pending = await server.signIn(email);
    await fromPage('/auth/passkey/options', pending.token);
    const replayed = await fromPage('/auth/passkey', pending.token, { response: firstAnswer });
    assert.equal(replayed.status, 401);
    assert.equal(replayed.body.type, '/problems/second-factor-failed');
    assert.equal((await fromPage('/auth/passkey', pending.token, { response: firstAnswer })).status, 410, 'the challenge was used up by the failed try');
    const session = await fetch(`${server.directUrl}/v1/${server.tenant}/auth/session`, { headers: { Authorization: `Bearer ${pending.token}` } });
    assert.equal((await session.json()).secondFactor, 'pending');
  });
});
