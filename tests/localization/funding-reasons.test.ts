/**
 * The German funding reasons are one text: the server's (the API's `reason`,
 * `packages/server/src/domain/funding-reasons.ts`) and the widget's German
 * source (`criterion-text.ts`, which translators translate) must say the
 * same. lit-localize reads only literal `msg()` texts, so the widget cannot
 * import the server's table; this test is what keeps the two one text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { withReason } from '../../packages/server/src/domain/funding-reasons.js';
import { KNOWN_REASON_CODES } from '../../packages/components/src/funding-finder/criterion-text.js';
import { unitsOf } from './xliff-units.js';

const MARK = '⟨⟩';
/** Every param a reason may name: numbers and dates the normalisation below recognises. */
const PARAMS = {
  eligibleApplicants: [MARK], applicantKind: MARK, seatInAreas: [MARK], area: MARK, programTopics: [MARK], topics: [MARK],
  supportTypes: [MARK], needs: [MARK], amountEur: 1111, minEur: 2222, maxEur: 3333, lastDeadline: '2031-01-01', nextDeadline: '2031-01-01',
  neededBy: '2031-01-01', requiredPercent: 10, percent: 20,
};

/** Placeholders and filled-in values as `{}`, so wording is compared, not formatting. */
const normalise = (text: string) =>
  text
    .replaceAll(MARK, '{}')
    .replace(/\d[\d.]*\s€/g, '{}')
    .replace(/\d{2}\.\d{2}\.\d{4}|\d{1,2}\.\s\S+\s\d{4}/g, '{}')
    .replace(/\d+\s%/g, '{}')
    .replace(/\{\d\}/g, '{}')
    .replace(/\s+/g, ' ')
    .trim();

function serverText(code: string, params: Record<string, unknown> = PARAMS): string {
  const verdict = { criterion: 'x', verdict: 'met', reasonCode: code, params } as unknown as Parameters<typeof withReason>[0];
  return normalise(withReason(verdict, 'de', () => MARK).reason);
}

/** The widget's message id for each reason code, read from its switch. */
function widgetIds(): Map<string, string> {
  const source = readFileSync(fileURLToPath(new URL('../../packages/components/src/funding-finder/criterion-text.ts', import.meta.url)), 'utf8');
  const ids = new Map<string, string>();
  for (const match of source.matchAll(/case '([^']+)':[\s\S]*?id: '([^']+)'/g)) ids.set(match[1]!, match[2]!);
  return ids;
}

describe('German funding reasons: one text for the API and the widget', () => {
  const sources = new Map(unitsOf('en').map((unit) => [unit.id, normalise(unit.source)]));
  const ids = widgetIds();
  const range = sources.get('funding.reason.range-both')!;

  it('the widget words every code the server words, and no other', () => {
    assert.deepEqual([...ids.keys()].sort(), [...KNOWN_REASON_CODES].sort());
  });

  for (const code of KNOWN_REASON_CODES) {
    it(`${code}: the same German`, () => {
      const id = code === 'deadline.passed' ? 'funding.reason.deadline-passed' : ids.get(code)!;
      let widget = sources.get(id)!;
      // The widget builds the amount range as its own message; the server writes it inline.
      if (code === 'amount.unknown') widget = widget.replace(/^\{\}/, range);
      if (code === 'amount.in-range') widget = widget.replace(/\{\}$/, range);
      assert.equal(widget, serverText(code));
    });
  }

  it('deadline.passed without a last deadline: the same German', () => {
    assert.equal(sources.get('funding.reason.deadline-none-open'), serverText('deadline.passed', {}));
  });
});
