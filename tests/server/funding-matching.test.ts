import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApplicantProfile } from '@teilhabe/contract';
import { CRITERIA } from '@teilhabe/contract';
import { addDays as addDaysToDate } from '../../packages/server/src/time/zoned.js';
import {
  deadlineDates,
  impossibleMonthDays,
  isSoon,
  lastDeadline,
  nextDeadline,
  todayIn,
} from '../../packages/server/src/domain/funding-deadlines.js';
import { matchProgram, scoreOf, type MatchableProgram, type RawVerdict } from '../../packages/server/src/domain/funding-matching.js';
import { REASON_CODES, withReason } from '../../packages/server/src/domain/funding-reasons.js';

const TODAY = '2026-06-15';

const youthFund: MatchableProgram = {
  status: 'open',
  eligibleApplicants: ['registered-association', 'migrant-organization'],
  seatInAreas: ['musterstadt', 'neuhausen'],
  topics: ['youth-education', 'sport'],
  supportTypes: ['money'],
  amount: { minEur: 500, maxEur: 5000 },
  deadlines: { kind: 'fixed', dates: ['2026-03-31', '2026-09-30'] },
  nonProfitRequired: true,
  ownContributionPercent: 10,
};

const complete: ApplicantProfile = {
  applicantKind: 'migrant-organization',
  area: 'musterstadt',
  topics: ['youth-education'],
  needs: ['money'],
  amountEur: 2000,
  neededBy: '2026-12-01',
  nonProfit: true,
  ownContributionPercent: 10,
};

const verdicts = (criteria: RawVerdict[]) => Object.fromEntries(criteria.map((c) => [c.criterion, c.verdict]));
const byCriterion = (criteria: RawVerdict[], criterion: string) => criteria.find((c) => c.criterion === criterion)!;

describe('funding deadlines', () => {
  it('finds the next fixed date, the deadline day included', () => {
    assert.equal(nextDeadline({ kind: 'fixed', dates: ['2026-09-30', '2026-03-31'] }, TODAY), '2026-09-30');
    assert.equal(nextDeadline({ kind: 'fixed', dates: ['2026-06-15'] }, TODAY), '2026-06-15');
    assert.equal(nextDeadline({ kind: 'fixed', dates: ['2026-03-31'] }, TODAY), null);
    assert.equal(lastDeadline({ kind: 'fixed', dates: ['2026-03-31', '2025-10-01'] }, TODAY), '2026-03-31');
  });

  it('rolls yearly month-days into next year and clamps 29 February', () => {
    assert.equal(nextDeadline({ kind: 'yearly', monthDays: ['03-31', '09-15'] }, TODAY), '2026-09-15');
    assert.equal(nextDeadline({ kind: 'yearly', monthDays: ['03-31'] }, TODAY), '2027-03-31');
    assert.equal(nextDeadline({ kind: 'yearly', monthDays: ['02-29'] }, TODAY), '2027-02-28');
    assert.equal(nextDeadline({ kind: 'yearly', monthDays: ['02-29'] }, '2027-03-01'), '2028-02-29');
    assert.equal(lastDeadline({ kind: 'yearly', monthDays: ['09-15'] }, TODAY), '2025-09-15');
  });

  it('has no next deadline for rolling programmes', () => {
    assert.equal(nextDeadline({ kind: 'rolling' }, TODAY), null);
    assert.equal(isSoon(null, TODAY), false);
  });

  it('uses the Berlin date for today and knows what "soon" is', () => {
    assert.equal(todayIn(new Date('2026-06-14T22:30:00Z'), 'Europe/Berlin'), '2026-06-15');
    assert.equal(isSoon('2026-07-15', TODAY), true);
    assert.equal(isSoon('2026-07-16', TODAY), false);
    assert.equal(addDaysToDate('2026-12-31', 1), '2027-01-01');
  });

  it('lists deadline dates of a range for the feed', () => {
    assert.deepEqual(deadlineDates({ kind: 'yearly', monthDays: ['09-15', '03-31'] }, '2026-01-01', '2027-06-30'), ['2026-03-31', '2026-09-15', '2027-03-31']);
    assert.deepEqual(deadlineDates({ kind: 'fixed', dates: ['2030-01-01', '2026-07-01'] }, TODAY, '2027-06-30'), ['2026-07-01']);
    assert.deepEqual(impossibleMonthDays(['02-29', '04-31', '02-30', '12-31']), [1, 2]);
  });
});

describe('funding matching', () => {
  it('finds an eligible programme for a complete, fitting profile', () => {
    const result = matchProgram(youthFund, complete, TODAY);
    assert.deepEqual(result.criteria.map((c) => c.criterion), [...CRITERIA]);
    assert.ok(result.criteria.every((c) => c.verdict === 'met'), JSON.stringify(result.criteria));
    assert.equal(result.fit, 'eligible');
    assert.equal(result.score, 1);
    assert.equal(byCriterion(result.criteria, 'deadline').params.nextDeadline, '2026-09-30');
  });

  it('says why a profile is not eligible', () => {
    const result = matchProgram({ ...youthFund, status: 'closed' }, { ...complete, area: 'waldbach', amountEur: 9000, ownContributionPercent: 5, neededBy: '2026-08-01' }, TODAY);
    assert.equal(result.fit, 'ineligible');
    const v = verdicts(result.criteria);
    assert.equal(v.status, 'not-met');
    assert.equal(v.area, 'not-met');
    assert.equal(v.amount, 'not-met');
    assert.equal(v.deadline, 'not-met');
    assert.equal(v['own-contribution'], 'not-met');
    assert.equal(byCriterion(result.criteria, 'amount').reasonCode, 'amount.above-maximum');
    assert.deepEqual(byCriterion(result.criteria, 'area').params, { area: 'waldbach', seatInAreas: ['musterstadt', 'neuhausen'] });
    assert.ok(result.score < 1 / 3);
  });

  it('asks questions for an incomplete profile', () => {
    const result = matchProgram(youthFund, {}, TODAY);
    assert.equal(result.fit, 'partial');
    const unknowns = result.criteria.filter((c) => c.verdict === 'unknown');
    assert.deepEqual(
      unknowns.map((c) => c.question),
      ['applicantKind', 'area', 'topics', 'needs', 'amountEur', 'neededBy', 'nonProfit', 'ownContributionPercent'],
    );
    assert.ok(result.score >= 1 / 3 && result.score < 2 / 3);
  });

  it('applies the applicant-kind rules', () => {
    const judge = (eligibleApplicants: string[], profile: ApplicantProfile) => byCriterion(matchProgram({ ...youthFund, eligibleApplicants }, profile, TODAY).criteria, 'applicant');
    assert.equal(judge(['informal-group'], { applicantKind: 'registered-association' }).verdict, 'met');
    assert.equal(judge(['informal-group'], { applicantKind: 'individual' }).verdict, 'not-met');
    assert.equal(judge(['non-profit'], { applicantKind: 'youth-welfare-provider' }).verdict, 'met');
    assert.equal(judge(['non-profit'], { applicantKind: 'migrant-organization', nonProfit: true }).verdict, 'met');
    assert.equal(judge(['non-profit'], { applicantKind: 'migrant-organization', nonProfit: false }).verdict, 'not-met');
    const open = judge(['non-profit'], { applicantKind: 'registered-association' });
    assert.equal(open.verdict, 'unknown');
    assert.equal(open.question, 'nonProfit');
    const mo = judge(['registered-association'], { applicantKind: 'migrant-organization' });
    assert.equal(mo.verdict, 'unknown');
    assert.equal(mo.question, 'applicantKind');
    assert.equal(mo.reasonCode, 'applicant.registration-unknown');
    assert.equal(judge(['migrant-organization'], { applicantKind: 'registered-association' }).reasonCode, 'applicant.migrant-organization-unknown');
    assert.equal(judge(['registered-association'], { applicantKind: 'informal-group' }).verdict, 'not-met');
    // The best of several accepted kinds wins.
    assert.equal(judge(['registered-association', 'informal-group'], { applicantKind: 'informal-group' }).verdict, 'met');
  });

  it('judges non-cash support, rolling deadlines and upcoming programmes', () => {
    const rooms: MatchableProgram = { ...youthFund, supportTypes: ['room'], amount: null, deadlines: { kind: 'rolling' }, nonProfitRequired: false, ownContributionPercent: 0, seatInAreas: [], topics: [] };
    const result = matchProgram(rooms, { applicantKind: 'migrant-organization', needs: ['room'] }, TODAY);
    assert.equal(result.fit, 'eligible');
    assert.equal(byCriterion(result.criteria, 'amount').reasonCode, 'amount.not-applicable');
    assert.equal(byCriterion(result.criteria, 'deadline').reasonCode, 'deadline.rolling');
    const upcoming = matchProgram({ ...rooms, status: 'upcoming' }, { applicantKind: 'migrant-organization', needs: ['room'] }, TODAY);
    assert.equal(byCriterion(upcoming.criteria, 'deadline').verdict, 'unknown');
    assert.equal(upcoming.fit, 'partial');
    const wrongNeed = matchProgram(rooms, { applicantKind: 'migrant-organization', needs: ['money'] }, TODAY);
    assert.equal(byCriterion(wrongNeed.criteria, 'need').verdict, 'not-met');
  });

  it('derives non-profit status from the applicant kind when not answered', () => {
    const nonProfit = (profile: ApplicantProfile) => byCriterion(matchProgram(youthFund, profile, TODAY).criteria, 'non-profit');
    assert.equal(nonProfit({ applicantKind: 'youth-welfare-provider' }).verdict, 'met');
    assert.equal(nonProfit({ applicantKind: 'individual' }).verdict, 'not-met');
    assert.equal(nonProfit({ applicantKind: 'registered-association' }).question, 'nonProfit');
    assert.equal(nonProfit({ applicantKind: 'non-profit', nonProfit: false }).verdict, 'not-met');
  });

  it('ranks eligible above partial above ineligible, then by criteria met', () => {
    const criteria = (met: number, unknown: number, notMet: number): RawVerdict[] =>
      [...Array(met).fill('met'), ...Array(unknown).fill('unknown'), ...Array(notMet).fill('not-met')].map((verdict) => ({ criterion: 'status', verdict, reasonCode: 'x', params: {} }));
    const eligible = scoreOf('eligible', criteria(9, 0, 0));
    const bestPartial = scoreOf('partial', criteria(8, 1, 0));
    const worstPartial = scoreOf('partial', criteria(0, 9, 0));
    const bestIneligible = scoreOf('ineligible', criteria(8, 0, 1));
    const worstIneligible = scoreOf('ineligible', criteria(0, 0, 9));
    assert.ok(eligible > bestPartial && bestPartial > worstPartial && worstPartial > bestIneligible && bestIneligible > worstIneligible);
    assert.ok(worstIneligible >= 0 && eligible <= 1);
  });

  it('words every reason in German and English', () => {
    const labels = (_taxonomy: string, code: string) => ({ 'migrant-organization': 'Migrantenorganisation', musterstadt: 'Musterstadt' })[code] ?? code;
    const profiles: ApplicantProfile[] = [complete, {}, { ...complete, area: 'waldbach', amountEur: 100, neededBy: '2026-07-01', nonProfit: false, ownContributionPercent: 0 }];
    const programs: MatchableProgram[] = [youthFund, { ...youthFund, status: 'closed', deadlines: { kind: 'fixed', dates: ['2026-01-01'] } }, { ...youthFund, supportTypes: ['counselling'], deadlines: { kind: 'rolling' }, status: 'upcoming' }];
    for (const program of programs) {
      for (const profile of profiles) {
        for (const verdict of matchProgram(program, profile, TODAY).criteria) {
          assert.ok(REASON_CODES.includes(verdict.reasonCode), verdict.reasonCode);
          const de = withReason(verdict, 'de', labels);
          const en = withReason(verdict, 'en', labels);
          assert.ok(de.reason.length > 5 && !de.reason.includes('undefined') && !de.reason.includes('NaN'), de.reason);
          assert.ok(en.reason.length > 5 && !en.reason.includes('undefined') && !en.reason.includes('NaN'), en.reason);
        }
      }
    }
    const eligible = withReason(byCriterion(matchProgram(youthFund, complete, TODAY).criteria, 'applicant'), 'de', labels);
    assert.equal(eligible.reason, 'Migrantenorganisation: Sie dürfen einen Antrag stellen.');
    const amount = withReason(byCriterion(matchProgram(youthFund, { ...complete, amountEur: 9000 }, TODAY).criteria, 'amount'), 'de', labels);
    assert.match(amount.reason, /höchstens 5\.000\s€/);
    const topics = withReason(byCriterion(matchProgram(youthFund, { ...complete, topics: ['remembrance'] }, TODAY).criteria, 'topic'), 'de', (_t, code) => (code === 'youth-education' ? 'Jugend, Erziehung und Bildung' : 'Sport'));
    assert.equal(topics.reason, 'Das Programm fördert nur diese Themen: „Jugend, Erziehung und Bildung“ oder „Sport“.');
  });
});
