/**
 * The draft accessibility statement: every widget gets every section of the
 * BITV model statement, every check it claims names a test that exists, and
 * the translations' review state is read from the XLIFF files.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS, KNOWN_LIMITATIONS, WIDGETS } from '../../scripts/accessibility/checks.js';
import { SECTIONS, accessibilityStatement } from '../../scripts/accessibility/statement.js';
import { reviewStateOf } from '../../scripts/accessibility-statement.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const options = { date: '2026-12-02', version: '9.9.9', reviewState: reviewStateOf() };

/** The Markdown of one widget: from its heading to the next widget's. */
function widgetPart(markdown: string, tag: string): string {
  const start = markdown.indexOf(`(\`<${tag}>\`)`);
  assert.ok(start >= 0, `a statement for ${tag}`);
  const next = markdown.indexOf('\n## ', start);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe('draft accessibility statement', () => {
  const markdown = accessibilityStatement(options);

  it('is German Markdown with the title, the version and the date', () => {
    assert.match(markdown, /^# Erklärung zur Barrierefreiheit \(Entwurf\)/);
    assert.ok(markdown.includes('Version 9.9.9'));
    assert.ok(markdown.includes('2. Dezember 2026'));
  });

  for (const widget of WIDGETS) {
    it(`${widget.tag}: every section of the model statement, in its order`, () => {
      const part = widgetPart(markdown, widget.tag);
      const positions = SECTIONS.map((section) => part.indexOf(`### ${section}\n`));
      assert.ok(positions.every((position) => position >= 0), `sections: ${SECTIONS.filter((_, i) => positions[i]! < 0).join(', ')}`);
      assert.deepEqual([...positions].sort((a, b) => a - b), positions);
      assert.ok(part.includes(widget.name));
    });

    it(`${widget.tag}: lists exactly its checks and its limitations`, () => {
      const part = widgetPart(markdown, widget.tag);
      for (const check of CHECKS) assert.equal(part.includes(check.text), Boolean(check.evidence[widget.tag]), `${check.id} for ${widget.tag}`);
      for (const limitation of KNOWN_LIMITATIONS) assert.equal(part.includes(limitation.text), limitation.widgets.includes(widget.tag));
      assert.ok(part.includes('teilweise mit den Anforderungen vereinbar'), 'with known limitations, only partly compliant');
    });
  }

  it('every check names a test that exists', () => {
    const missing: string[] = [];
    for (const check of CHECKS) {
      for (const [tag, evidence] of Object.entries(check.evidence)) {
        const file = `${root}${evidence.file}`;
        if (!existsSync(file) || !readFileSync(file, 'utf8').includes(evidence.test)) missing.push(`${check.id} ${tag}: "${evidence.test}" in ${evidence.file}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('names the unreviewed translations per language, from the XLIFF states', () => {
    const state = reviewStateOf();
    assert.deepEqual(Object.keys(state), ['ar', 'en', 'fa', 'ru', 'tr', 'uk']);
    const open = state['ar']!.total - state['ar']!.reviewed;
    assert.ok(open > 0);
    assert.ok(markdown.includes(`Arabisch ${open} von ${state['ar']!.total}`));
    const allReviewed = accessibilityStatement({ ...options, reviewState: { ar: { total: 3, reviewed: 3 } } });
    assert.ok(!allReviewed.includes('noch nicht von einer Übersetzerin'));
  });

  it('npm run accessibility-statement writes one widget, and refuses an unknown one', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/accessibility-statement.ts', ...args], { cwd: root, encoding: 'utf8' });
    const one = run('--widget', 'tk-room-booking', '--date', '2026-12-02');
    assert.equal(one.status, 0, one.stderr);
    assert.ok(one.stdout.includes('## Raumbuchung'));
    assert.ok(!one.stdout.includes('## Förderfinder'));
    const wrong = run('--widget', 'tk-nothing');
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /Unknown widget tk-nothing/);
  });
});
