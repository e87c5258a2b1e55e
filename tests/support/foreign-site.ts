/**
 * A host page on another origin than the widgets' server, as a CMS serves
 * it: each path answers a fixed HTML page under the policy given for it.
 * With it the tests load snippets exactly as a municipality's site would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface ForeignPage {
  html: string;
  csp: string;
}

/** Any other file of the site, e.g. its theme's stylesheet. */
export interface ForeignFile {
  body: string;
  contentType: string;
}

export interface ForeignSite {
  origin: string;
  /** Adds or replaces the page at `path`. */
  put(path: string, page: ForeignPage): void;
  putFile(path: string, file: ForeignFile): void;
  close(): Promise<void>;
}

export async function startForeignSite(): Promise<ForeignSite> {
  const pages = new Map<string, ForeignPage>();
  const files = new Map<string, ForeignFile>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    // A real site has a favicon; without it the browser logs a 404 the checks would take for the widget's.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = files.get(path);
    if (file) return void response.writeHead(200, { 'Content-Type': file.contentType }).end(file.body);
    const page = pages.get(path);
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.csp, 'Cache-Control': 'no-store' });
    response.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // `localhost` is another origin than the widgets' server on 127.0.0.1, even before the port differs.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    put: (path, page) => void pages.set(path, page),
    putFile: (path, file) => void files.set(path, file),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const CHROME_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  consoleErrors: string[];
  violations(): Promise<string[]>;
}

/** A fresh page that records script errors, console errors and CSP violations. */
export async function watchedPage(browser: Browser, options: { bypassCSP?: boolean; width?: number } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`);
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`), true);
  });
  return { page, context, errors, consoleErrors, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

/** Waits until `tag` shows `selector` in its shadow root (its data arrived). */
export async function waitForWidget(page: Page, tag: string, selector: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(([t, s]) => Boolean(document.querySelector(t!)?.shadowRoot?.querySelector(s!)), [tag, selector], { timeout });
}
