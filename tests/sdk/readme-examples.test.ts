/**
 * The TypeScript examples of the SDK README as a reader copies them: every
 * block is type-checked against the SDK's types, and the blocks a visitor runs
 * without an account (quick start, booking, events and funding) run against
 * the live demo server. Names a block uses without declaring (a `client` made
 * earlier, a `password` the reader has) come from a small context; the staff
 * blocks are type-checked only, because they write to a tenant.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { createClient } from '../../packages/sdk/src/index.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const README = join(root, 'packages/sdk/README.md');

/** What a block may use without declaring it, with its type. */
const CONTEXT_TYPES: Record<string, string> = {
  client: "import('@teilhabe/sdk').TeilhabeClient",
  office: "import('@teilhabe/sdk').TeilhabeClient",
  baseUrl: 'string',
  password: 'string',
  formSubmissionId: 'string',
  bookingId: 'string',
  eventInput: "import('@teilhabe/sdk').EventInput",
  showBothVersions: '(current: unknown) => void',
};

function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

function declares(code: string, name: string): boolean {
  return new RegExp(`(?:const|let|function)\\s+${name}\\b`).test(code);
}

function uses(code: string, name: string): boolean {
  return new RegExp(`\\b${name}\\b`).test(code);
}

/** The block as a module: imports stay first, the context names it needs are read from `globalThis.readmeContext`. */
function asModule(code: string, baseUrl: string): string {
  const lines = code.replaceAll('http://localhost:8787', baseUrl).split('\n');
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import '));
  const context = Object.entries(CONTEXT_TYPES)
    .filter(([name]) => uses(code, name) && !declares(code, name))
    .map(([name, type]) => `const ${name} = (globalThis as unknown as { readmeContext: Record<string, unknown> }).readmeContext['${name}'] as ${type};`);
  return [...imports, ...context, ...body, 'export {};'].join('\n');
}

/** Runs without an account, so the test runs it. */
const isPublic = (code: string) => !/\boffice\.|const program =|auth\.signIn/.test(code);

describe('SDK README examples', { timeout: 180_000 }, () => {
  let server: LiveServer;
  let work: string;
  let files: Array<{ path: string; code: string }>;

  before(async () => {
    server = await startLiveServer();
    await mkdir(join(root, '.tmp'), { recursive: true });
    // Inside the repository, so `@teilhabe/sdk` resolves to the workspace package.
    work = await mkdtemp(join(root, '.tmp', 'sdk-readme-'));
    const blocks = codeBlocks(await readFile(README, 'utf8'));
    files = await Promise.all(
      blocks.map(async (code, index) => {
        const path = join(work, `example-${index + 1}.ts`);
        await writeFile(path, asModule(code, server.baseUrl));
        return { path, code };
      }),
    );
    (globalThis as unknown as { readmeContext: Record<string, unknown> }).readmeContext = {
      client: createClient({ baseUrl: server.baseUrl, tenant: server.tenant, locale: 'en' }),
      baseUrl: server.baseUrl,
    };
  });

  after(async () => {
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('the README has its examples, booking and cancelling among them', () => {
    assert.ok(files.length >= 5, `${files.length} blocks`);
    const all = files.map((file) => file.code).join('\n');
    for (const part of ['bookings.create(', 'bookings.cancel(', 'BookingRequestInput']) assert.ok(all.includes(part), part);
  });

  test('every example compiles against the SDK types', () => {
    const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config as object;
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
    const program = ts.createProgram(files.map((file) => file.path), { ...options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.file && diagnostic.file.fileName.startsWith(work));
    const messages = diagnostics.map((diagnostic) => `${diagnostic.file!.fileName.slice(work.length + 1)}:${diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start!).line + 1} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    assert.deepEqual(messages, []);
  });

  test('the examples without an account run against the live demo without an error', async () => {
    const runnable = files.filter((file) => isPublic(file.code));
    assert.ok(runnable.length >= 3, `${runnable.length} runnable blocks`);
    const log = console.log;
    const printed: unknown[][] = [];
    console.log = (...args: unknown[]) => void printed.push(args);
    try {
      for (const file of runnable) await import(pathToFileURL(file.path).href);
    } finally {
      console.log = log;
    }
    const lines = printed.map((args) => args.map(String).join(' '));
    assert.ok(lines.some((line) => /^\d+ organisations/.test(line)), lines.join('\n'));
    // The booking example books a free slot and cancels it; no ApiError branch was taken.
    assert.ok(lines.includes('cancelled'), lines.join('\n'));
    assert.ok(!lines.some((line) => line.startsWith('taken meanwhile')), lines.join('\n'));
  });
});
