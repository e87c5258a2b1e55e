/// <reference types="mocha" />
/**
 * The review queue screen against msw: each proposal with its diff as a
 * table, accessible; declining asks for a reason first; each decision ends
 * in a notification banner that takes the focus.
 */
import { expect } from '@open-wc/testing';
import { reviewDecisionLog } from '@teilhabe/mocks';
import { clickButton, deepActive, deepQuery, deepQueryAll, fill, renderOffice, textOf, waitFor } from './support.js';

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

describe('office review queue: editing before accepting', function () {
  this.timeout(60_000);

  it('corrects a proposal\'s texts, keeps them through a field error, and accepts the corrected record', async () => {
    const app = await renderOffice({ signedIn: true, route: 'review' });
    await waitFor(() => deepQueryAll('.proposal').length === 2, 'two proposals');
    const card = () => deepQueryAll('.proposal').find((c) => textOf(c).includes('Frauencafé Südstadt'))!;
    (([...card().querySelectorAll('button')] as HTMLButtonElement[]).find((b) => textOf(b) === 'Vor dem Annehmen bearbeiten …'))!.click();
    const name = await waitFor(() => deepQuery<HTMLInputElement>('#edit-name'), 'the editor');
    expect(deepActive()).to.equal(name, 'the first field takes the focus');
    expect(name.value).to.equal('Frauencafé Südstadt');
    expect(deepQuery<HTMLInputElement>('#edit-shortDescription-de')!.value).to.equal('Treffpunkt für Frauen');
    await expect(app).to.be.accessible();

    await fill('#edit-shortDescription-de', 'Treffpunkt und Beratung für Frauen');
    await fill('#edit-name', 'Frauencafé Südstadt e.V.');
    const before = reviewDecisionLog.length;
    await clickButton('Geändert annehmen und veröffentlichen');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Mit Ihren Änderungen angenommen und veröffentlicht: Frauencafé Südstadt e.V.'), 'the banner');
    expect(reviewDecisionLog[before]).to.deep.include({ decision: 'accept' });
    const sent = (reviewDecisionLog[before]!.body as { record: Record<string, unknown> }).record;
    expect(sent['name']).to.equal('Frauencafé Südstadt e.V.');
    expect(sent['shortDescription']).to.deep.equal({ de: 'Treffpunkt und Beratung für Frauen' });
    expect(sent['types']).to.deep.equal(['cultural-association'], 'what was not edited is sent as proposed');
  });

  it('a field the server refuses is marked with its label, and what the office typed stays', async () => {
    const app = await renderOffice({ signedIn: true, route: 'review' });
    await waitFor(() => deepQueryAll('.proposal').length === 2, 'two proposals');
    const card = deepQueryAll('.proposal').find((c) => textOf(c).includes('Frauencafé Südstadt'))!;
    (([...card.querySelectorAll('button')] as HTMLButtonElement[]).find((b) => textOf(b) === 'Vor dem Annehmen bearbeiten …'))!.click();
    await waitFor(() => deepQuery('#edit-email'), 'the editor');
    await fill('#edit-name', 'Frauencafé Südstadt e.V.');
    await fill('#edit-email', 'kontakt-at-frauencafe.example.org');
    const before = reviewDecisionLog.length;
    await clickButton('Geändert annehmen und veröffentlichen');
    await waitFor(() => deepQuery('#edit-email-error'), 'the field error');
    expect(deepActive()?.classList.contains('error-summary')).to.equal(true);
    expect(textOf(deepQuery('.error-summary'))).to.include('Prüfen Sie „E-Mail“');
    expect(deepQuery('#edit-email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepQuery<HTMLInputElement>('#edit-email')!.value).to.equal('kontakt-at-frauencafe.example.org', 'the typed value stays');
    expect(deepQuery<HTMLInputElement>('#edit-name')!.value).to.equal('Frauencafé Südstadt e.V.');
    expect(reviewDecisionLog.length).to.equal(before, 'nothing decided');
    await expect(app).to.be.accessible();

    await fill('#edit-email', 'kontakt@frauencafe.example.org');
    await clickButton('Geändert annehmen und veröffentlichen');
    await waitFor(() => textOf(deepQuery('.banner')).includes('Mit Ihren Änderungen angenommen'), 'accepted');
    expect((reviewDecisionLog[before]!.body as { record: Record<string, unknown> }).record['name']).to.equal('Frauencafé Südstadt e.V.');
  });
});
