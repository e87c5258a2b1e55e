/**
 * Browser tests of the widgets: real headless Chromium, msw for the API, axe
 * for accessibility, real key presses. `npm test` runs this after the Node tests.
 *
 * Before the tests start, the widgets' CDN bundles are built once (tsup, the
 * same configuration as `npm run build`), because the strict-CSP test loads
 * the real bundle.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const root = fileURLToPath(new URL('.', import.meta.url));

if (!process.env.TK_SKIP_CDN_BUILD) {
  const build = spawnSync(join(root, 'node_modules/.bin/tsup'), ['--config', 'packages/components/tsup.cdn.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('Building the CDN bundles for the CSP test failed');
}

/** Maps the msw worker to `/` (its scope must cover the test pages). */
function serveMockWorker(context, next) {
  if (context.path === '/mockServiceWorker.js') {
    context.type = 'application/javascript';
    context.set('Service-Worker-Allowed', '/');
    context.body = readFileSync(join(root, 'packages/mocks/public/mockServiceWorker.js'), 'utf8');
    return;
  }
  return next();
}

/**
 * The strict-CSP page: the built CDN bundle on a page served with
 * `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'`,
 * with a tiny same-origin API (no msw: the page must work on its own).
 */
const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const cspApi = JSON.parse(readFileSync(join(root, 'tests/components/fixtures/csp-api.json'), 'utf8'));
async function strictCspPage(context, next) {
  if (context.path === '/csp/page.html') {
    context.type = 'text/html';
    context.set('Content-Security-Policy', STRICT_CSP);
    context.body = readFileSync(join(root, 'tests/components/fixtures/csp-page.html'), 'utf8');
    return;
  }
  if (context.path === '/csp/report.js') {
    context.type = 'application/javascript';
    context.set('Content-Security-Policy', STRICT_CSP);
    context.body = readFileSync(join(root, 'tests/components/fixtures/csp-report.js'), 'utf8');
    return;
  }
  if (context.path.startsWith('/csp/teilhabe/')) {
    const file = join(root, 'packages/components/dist/cdn', context.path.slice('/csp/teilhabe/'.length));
    context.type = 'application/javascript';
    context.body = readFileSync(file, 'utf8');
    return;
  }
  const api = context.path.match(/^\/csp\/api\/v1\/[a-z0-9-]+\/(organizations|taxonomies\/[a-z-]+)$/);
  if (api) {
    context.type = 'application/json';
    context.body = JSON.stringify(api[1] === 'organizations' ? cspApi.organizations : { data: [], meta: { total: 0, nextCursor: null, locale: 'de' } });
    return;
  }
  return next();
}

/** Every `msg(…, { id })` in the widget (or office app) sources, for the translation-completeness tests. */
const MESSAGE_SOURCES = { '/__tk/message-ids.json': 'packages/components/src', '/__tk/office-message-ids.json': 'packages/office/src' };
function messageIds(context, next) {
  const sources = MESSAGE_SOURCES[context.path];
  if (!sources) return next();
  const ids = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'generated') walk(path);
      } else if (name.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/\{\s*id:\s*'([^']+)'\s*\}/g)) ids.add(match[1]);
      }
    }
  };
  walk(join(root, sources));
  context.type = 'application/json';
  context.body = JSON.stringify([...ids].sort());
}

/**
 * `executeServerCommand('virtual-authenticator')`: Chromium's WebAuthn virtual authenticator (over CDP) for the
 * page of the calling test, so `navigator.credentials.create` runs for real in the office's passkey tests.
 */
function virtualAuthenticator() {
  return {
    name: 'virtual-authenticator',
    async executeCommand({ command, session }) {
      if (command !== 'virtual-authenticator') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      await cdp.send('WebAuthn.enable');
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
      });
      return authenticatorId;
    },
  };
}

/**
 * Forced colours (Windows high contrast) for the forced-colours test. The
 * `emulateMedia` command of @web/test-runner-commands drops `forcedColors`
 * under puppeteer (and puppeteer refuses the feature), so this sets it over
 * the DevTools protocol; the session is kept because the override ends with it.
 */
function forcedColorsCommand() {
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

export default {
  rootDir: root,
  files: ['tests/components/**/*.test.ts', 'tests/office/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000, retries: 0 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.json'), target: 'es2022' }), forcedColorsCommand(), virtualAuthenticator()],
  middleware: [serveMockWorker, strictCspPage, messageIds],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
