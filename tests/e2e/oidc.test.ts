/**
 * OpenID Connect sign-in end to end: Chromium goes from the server's start
 * route through a local oidc-provider's login form and back to the callback;
 * a known e-mail ends in the office app with a session in the fragment, an
 * unknown one is refused, and a tampered or foreign callback is refused.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeSettings } from '../../packages/server/src/tenants/settings.js';
import { startIdentityProvider, type IdentityProvider } from '../support/identity-provider.js';
import { freePort } from '../support/postgres-cluster.js';
import { startSignInServer, type SignInServer } from '../support/sign-in-server.js';

describe('Sign-in with an OpenID Connect provider', () => {
  let server: SignInServer;
  let provider: IdentityProvider;
  let browser: Browser;
  const staffEmail = 'oidc-person@stadt-test.example';

  before(async () => {
    const port = await freePort();
    provider = await startIdentityProvider([`http://127.0.0.1:${port}/v1/stadt-test/auth/oidc/callback`], {
      known: { email: 'OIDC-Person@stadt-test.example', email_verified: true },
      stranger: { email: 'fremd@example.org', email_verified: true },
      unconfirmed: { email: staffEmail, email_verified: false },
    });
    server = await startSignInServer({ port, app: () => ({ oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret } }) });
    await server.addStaff(staffEmail, ['editor'], { password: false });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
  });

  /** A fresh browser (no provider session) that starts the sign-in and logs in at the provider as `account`. */
  async function signInAtProvider(account: string): Promise<Page> {
    const context = await browser.newContext();
    // The provider's dev login page imports a web font; there is no internet here.
    await context.route(/fonts\.googleapis\.com/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/v1/${server.tenant}/auth/oidc/start`);
    await page.fill('input[name="login"]', account);
    await page.fill('input[name="password"]', 'beliebig');
    await page.click('button[type="submit"]');
    await page.waitForSelector('button[type="submit"]');
    return page;
  }

  /** Confirms the provider's consent page and returns the response of our callback. */
  async function consent(page: Page) {
    const callback = page.waitForResponse((response) => response.url().includes('/auth/oidc/callback'));
    await page.click('button[type="submit"]');
    return callback;
  }

  test('the sign-in page learns that a provider is configured', async () => {
    const response = await fetch(`${server.baseUrl}/v1/${server.tenant}/auth/methods`);
    assert.deepEqual(await response.json(), { data: { password: true, oidc: { startUrl: `/v1/${server.tenant}/auth/oidc/start` } } });
  });

  test('a known e-mail ends in the office app with a session secret in the fragment only', async () => {
    const page = await signInAtProvider('known');
    const callback = await consent(page);
    assert.equal(callback.status(), 302);
    const location = callback.headers().location!;
    const [officeUrl, fragment] = location.split('#') as [string, string];
    assert.equal(officeUrl, `${server.baseUrl}/office/?tenant=${server.tenant}`, 'no secret in the part a server sees');
    const token = new URLSearchParams(fragment).get('session')!;
    assert.match(token, /^ses_/);
    assert.equal(callback.headers()['cache-control'], 'no-store');

    const session = await fetch(`${server.baseUrl}/v1/${server.tenant}/auth/session`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(session.status, 200);
    const body = await session.json();
    assert.equal(body.staff.email, staffEmail);
    assert.equal(body.secondFactor, 'not-needed');
    const audit = await fetch(`${server.baseUrl}/v1/${server.tenant}/audit`, { headers: { Authorization: `Bearer ${token}` } });
    assert.ok(((await audit.json()).data as Array<{ operation: string }>).some((entry) => entry.operation === 'sign-in:oidc'));
    await page.context().close();
  });

  test('an e-mail without a staff member is refused with a problem that says why', async () => {
    const page = await signInAtProvider('stranger');
    const callback = await consent(page);
    assert.equal(callback.status(), 403);
    assert.equal(callback.headers()['content-type'], 'application/problem+json');
    const problem = await callback.json();
    assert.equal(problem.type, '/problems/oidc-unknown-person');
    assert.match(problem.detail, /fremd@example\.org/);
    assert.equal(callback.headers()['set-cookie']?.includes('ses_'), undefined);
    await page.context().close();
  });

  test('an e-mail the provider has not confirmed is refused', async () => {
    const page = await signInAtProvider('unconfirmed');
    const callback = await consent(page);
    assert.equal(callback.status(), 403);
    assert.equal((await callback.json()).type, '/problems/oidc-email-unverified');
    await page.context().close();
  });

  /**
   * Lets `change` rewrite the provider's final redirect to our callback; null
   * stops there. Redirects are not routed one by one, so the handler follows
   * the provider's own redirects itself (with the browser's cookies).
   */
  async function rewriteCallback(page: Page, change: (callbackUrl: URL) => URL | null) {
    await page.route((url) => url.href.startsWith(provider.issuer), async (route) => {
      let response = await route.fetch({ maxRedirects: 0 });
      let location = response.headers().location;
      while (location && new URL(location, provider.issuer).href.startsWith(provider.issuer)) {
        response = await page.request.get(new URL(location, provider.issuer).href, { maxRedirects: 0 });
        location = response.headers().location;
      }
      if (!location?.includes('/auth/oidc/callback')) return route.fulfill({ response });
      const changed = change(new URL(location));
      if (!changed) return route.fulfill({ status: 200, contentType: 'text/plain', body: 'angehalten' });
      return route.fulfill({ status: 303, headers: { location: changed.href } });
    });
  }

  test('a callback whose state does not match is refused', async () => {
    const page = await signInAtProvider('known');
    await rewriteCallback(page, (url) => {
      url.searchParams.set('state', 'ein-anderer-zustand');
      return url;
    });
    const callback = await consent(page);
    assert.equal(callback.status(), 400);
    assert.equal((await callback.json()).type, '/problems/oidc-state');
    await page.context().close();
  });

  test('a callback finished in another browser (without the binding cookie) is refused', async () => {
    const page = await signInAtProvider('known');
    let callbackUrl: URL | undefined;
    await rewriteCallback(page, (url) => {
      callbackUrl = url;
      return null;
    });
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.body.textContent?.includes('angehalten'));
    assert.ok(callbackUrl?.searchParams.get('code'), 'the provider issued a code');
    const elsewhere = await fetch(callbackUrl!, { redirect: 'manual' });
    assert.equal(elsewhere.status, 400);
    assert.equal((await elsewhere.json()).type, '/problems/oidc-state');
    await page.context().close();
  });

  test('without a second factor from the provider the tenant policy still applies', async () => {
    await writeSettings(server.database.db, server.tenant, { secondFactor: 'everyone' });
    try {
      const page = await signInAtProvider('known');
      const callback = await consent(page);
      const token = new URLSearchParams(callback.headers().location!.split('#')[1]).get('session')!;
      const session = await (await fetch(`${server.baseUrl}/v1/${server.tenant}/auth/session`, { headers: { Authorization: `Bearer ${token}` } })).json();
      assert.equal(session.secondFactor, 'pending');
      assert.deepEqual(session.secondFactorOptions, ['enroll']);
      await page.context().close();
    } finally {
      await writeSettings(server.database.db, server.tenant, { secondFactor: 'optional' });
    }
  });
});
