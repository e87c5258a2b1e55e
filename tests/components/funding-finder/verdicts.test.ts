/// <reference types="mocha" />
/**
 * The explanations the widget shows, checked against the API's verdicts.
 * The mocked API computes them with the server's own matching and reason
 * modules, so these are the verdicts the real server gives.
 */
import { expect } from '@open-wc/testing';
import { createClient, type ApplicantProfile, type FundingMatch } from '@teilhabe/sdk';
import { KNOWN_REASON_CODES } from '../../../packages/components/src/funding-finder/criterion-text.js';
import { REASON_CODES } from '@teilhabe/server/domain';
import type { TkFundingFinder } from '../../../packages/components/src/funding-finder/funding-finder.component.js';
import { answerQuestionnaire, mockApi, rankedCards, renderFinder, resultsReady, shadow, stepReady, waitFor } from './support.js';

const VERDICT_WORD = { met: 'Erfüllt', 'not-met': 'Nicht erfüllt', unknown: 'Noch offen' } as const;
const FIT_WORD = { eligible: 'Passt zu Ihren Angaben', partial: 'Passt vielleicht: Es fehlen Angaben', ineligible: 'Passt nicht' } as const;

async function apiMatches(profile: ApplicantProfile, locale: 'de' | 'en' = 'de'): Promise<FundingMatch[]> {
  return (await createClient({ baseUrl: location.origin, tenant: 'musterkreis' }).funding.match(profile, {}, { locale })).data;
}

async function showResults(profile: ApplicantProfile, locale = 'de'): Promise<TkFundingFinder> {
  const element = await renderFinder({ locale });
  await stepReady(element);
  await answerQuestionnaire(element, profile);
  return element;
}

/** Every card and criterion shown equals the API's answer, in rank order, with the verdict in words. */
function expectShownAsApi(element: TkFundingFinder, matches: FundingMatch[]): void {
  expect(rankedCards(element)).to.deep.equal(matches.map((match) => ({ id: match.program.id, fit: match.fit })));
  for (const match of matches) {
    const card = shadow(element).querySelector<HTMLElement>(`article[data-program="${match.program.id}"]`)!;
    expect(card.querySelector('.fit')!.textContent).to.contain(FIT_WORD[match.fit]);
    for (const verdict of match.criteria) {
      const item = card.querySelector<HTMLElement>(`[data-criterion="${verdict.criterion}"]`)!;
      expect(item.dataset['verdict'], `${match.program.id} ${verdict.criterion}`).to.equal(verdict.verdict);
      expect(item.dataset['reason']).to.equal(verdict.reasonCode);
      expect(item.querySelector('.verdict-label')!.textContent).to.contain(VERDICT_WORD[verdict.verdict]);
      expect(item.querySelector('.verdict-icon')!.getAttribute('aria-hidden')).to.equal('true');
      expect(item.querySelector('.criterion-text')!.textContent!.trim().length).to.be.greaterThan(10);
    }
  }
}

function text(element: TkFundingFinder, programId: string, criterion: string): string {
  return shadow(element).querySelector(`article[data-program="${programId}"] [data-criterion="${criterion}"] .criterion-text`)!.textContent!.trim();
}

describe('explanations against the API verdicts', function () {
  this.timeout(30_000);
  beforeEach(() => mockApi());

  it('the widget words every reason code the server can give', () => {
    expect([...KNOWN_REASON_CODES].sort()).to.deep.equal([...REASON_CODES].sort());
  });

  it('an eligible profile: the micro-fund fits, every criterion met and explained', async () => {
    const profile: ApplicantProfile = { applicantKind: 'migrant-organization', area: 'musterstadt', topics: ['culture'], needs: ['money'], amountEur: 1500, neededBy: '2099-12-31', nonProfit: true, ownContributionPercent: 10 };
    const matches = await apiMatches(profile);
    const microFund = matches.find((m) => m.program.id === 'verfuegungsfonds-integration')!;
    expect(microFund.fit).to.equal('eligible');
    const element = await showResults(profile);
    expectShownAsApi(element, matches);
    expect(rankedCards(element)[0]!.fit).to.equal('eligible');
    expect(text(element, 'verfuegungsfonds-integration', 'amount')).to.match(/Ihr Betrag von 1\.500\s€ passt\. Das Programm gibt 500\s€ bis 2\.000\s€\./);
    expect(text(element, 'verfuegungsfonds-integration', 'area')).to.equal('Ihre Organisation hat ihren Sitz in Musterstadt. Das passt.');
    expect(text(element, 'verfuegungsfonds-integration', 'topic')).to.equal('Das Thema passt: Kultur und Interkulturelles.');
  });

  it('a profile that is not eligible: every programme fails with the reason in words', async () => {
    const profile: ApplicantProfile = { applicantKind: 'individual', area: 'talhausen', needs: ['room'] };
    const matches = await apiMatches(profile);
    expect(matches.every((m) => m.fit === 'ineligible')).to.equal(true);
    const element = await showResults(profile);
    expectShownAsApi(element, matches);
    expect(shadow(element).textContent).to.contain('Kein Programm passt ganz zu Ihren Angaben.');
    expect(text(element, 'raeume-stadtteilzentrum', 'area')).to.equal('Nur für Organisationen mit Sitz in: Musterstadt.');
    expect(text(element, 'raeume-stadtteilzentrum', 'applicant')).to.equal('Einen Antrag stellen dürfen nur: Gruppe ohne Verein, Eingetragener Verein (e.V.) oder Migrantenorganisation.');
    expect(text(element, 'foerderberatung', 'need')).to.equal('Das Programm gibt nur: Beratung.');
  });

  it('an incomplete profile: open criteria ask their question, answering it in place re-ranks', async () => {
    const profile: ApplicantProfile = { applicantKind: 'registered-association' };
    const matches = await apiMatches(profile);
    const element = await showResults(profile);
    expectShownAsApi(element, matches);
    const projects = 'integrationsprojekte-landkreis';
    expect(matches.find((m) => m.program.id === projects)!.fit).to.equal('partial');
    expect(text(element, projects, 'non-profit')).to.equal('Ihre Organisation muss gemeinnützig sein. Ist sie das?');
    expect(text(element, projects, 'area')).to.equal('Nur für Organisationen mit Sitz in: Musterstadt, Neudorf, Altheim, Bergen am See oder Talhausen. Wo hat Ihre Organisation ihren Sitz?');

    // Answer "non-profit?" right there.
    shadow(element).querySelector<HTMLButtonElement>(`[data-question="${projects}:nonProfit"]`)!.click();
    await element.updateComplete;
    shadow(element).querySelector<HTMLInputElement>(`#inline-${projects}-nonProfit-no`)!.click();
    shadow(element).querySelector<HTMLButtonElement>('.inline-form button[type="submit"]')!.click();
    const after = await apiMatches({ ...profile, nonProfit: false });
    await resultsReady(element);
    await waitFor(() => shadow(element).querySelector(`article[data-program="${projects}"]`)?.getAttribute('data-fit') === 'ineligible', 'the re-ranked list');
    expectShownAsApi(element, after);
    expect(text(element, projects, 'non-profit')).to.equal('Ihre Organisation muss gemeinnützig sein. Das ist sie nicht.');
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.contain('Die Liste ist neu sortiert.');
  });

  it('English and Arabic: the same verdicts, worded in the UI language', async () => {
    const profile: ApplicantProfile = { applicantKind: 'migrant-organization', area: 'neudorf', needs: ['money'], amountEur: 50_000 };
    for (const locale of ['en', 'ar'] as const) {
      const element = await showResults(profile, locale);
      const matches = (await createClient({ baseUrl: location.origin, tenant: 'musterkreis' }).funding.match(profile, {}, { locale })).data;
      const expected = JSON.stringify(matches.map((m) => ({ id: m.program.id, fit: m.fit })));
      await waitFor(() => JSON.stringify(rankedCards(element)) === expected, `the ranked list in ${locale}`);
      expect(rankedCards(element)).to.deep.equal(matches.map((m) => ({ id: m.program.id, fit: m.fit })));
      const amount = text(element, 'verfuegungsfonds-integration', 'amount');
      if (locale === 'en') expect(amount).to.contain('is too large. The programme gives at most €2,000.');
      else expect(amount).to.contain('كبير جداً');
    }
  });
});
