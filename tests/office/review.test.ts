/// <reference types="mocha" />
/**
 * The review queue screen against msw: each proposal with its diff as a
 * table, accessible; declining asks for a reason first; each decision ends
 * in a notification banner that takes the focus.
 */
import { expect } from '@open-wc/testing';
import { reviewDecisionLog } from '@teilhabe/mocks';
import { clickButton, deepActive, deepQuery, deepQueryAll, renderOffice, textOf, waitFor } from './support.js';

describe('office review queue', function () {
  this.timeout(30_000);

  it('shows each proposal with its diff, accepts one, and declines one only with a reason', async () => {
    const app = await renderOffice({ signedIn: true, route: 'review' });
    await waitFor(() => deepQueryAll('.proposal').length === 2, 'two proposals');
    await expect(app).to.be.accessible();
    const change = deepQueryAll('.proposal').find((card) => textOf(card).includes('Änderung über den Link'))!;
    const rows = [...change.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => textOf(cell)));
    expect(rows).to.deep.equal([['phone', '+49 2421 123456', '+49 2421 55555']]);

    const before = reviewDecisionLog.length;
    (deepQueryAll<HTMLButtonElement>('.proposal button').find((b) => textOf(b) === 'Annehmen und veröffentlichen'))!.click();
    await waitFor(() => textOf(deepQuery('.banner')).includes('Angenommen und veröffentlicht: Frauencafé Südstadt'), 'the banner');
    expect(deepActive()?.classList.contains('banner')).to.equal(true);
    expect(reviewDecisionLog[before]!.decision).to.equal('accept');

    await clickButton('Ablehnen …');
    await clickButton('Ablehnen und E-Mail senden');
    await waitFor(() => deepQuery('#review-reason-error'), 'the missing reason');
    expect(deepQuery('#review-reason')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(app).to.be.accessible();
    const reason = deepQuery<HTMLTextAreaElement>('#review-reason')!;
    reason.value = 'Die Nummer gehört nicht zum Verein.';
    reason.dispatchEvent(new Event('input'));
    await clickButton('Ablehnen und E-Mail senden');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Abgelehnt: Deutsch-Türkischer Kulturverein'), 'the decline banner').catch((error: Error) => {
      throw new Error(`${error.message}: ${textOf(deepQuery('.banner'))}`);
    });
    expect(reviewDecisionLog.at(-1)).to.deep.include({ decision: 'decline', body: { reason: 'Die Nummer gehört nicht zum Verein.' } });
    expect(deepQueryAll('p').map(textOf)).to.include('Es wartet kein Vorschlag.');
  });
});
