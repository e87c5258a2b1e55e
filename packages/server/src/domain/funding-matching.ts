/**
 * Matches an applicant profile against a funding programme, criterion by
 * criterion. Pure: no storage, no logging, no language (texts are added by
 * reasons.ts). Every verdict carries a stable `reasonCode` and `params`.
 *
 * Who may apply (`applicant`): the profile names one applicant kind; a
 * programme lists the kinds it accepts. Besides an exact match we apply these
 * rules, and take the best result over all listed kinds (met > unknown > not met):
 *
 * | programme accepts       | applicant kind                                        | verdict |
 * |-------------------------|-------------------------------------------------------|---------|
 * | informal-group          | any organisation or group (not an individual)        | met: a programme open to groups without legal form is open to registered ones too |
 * | non-profit              | youth-welfare-provider                                | met: recognition (§ 75 SGB VIII) presupposes non-profit aims |
 * | non-profit              | registered-association, migrant-organization          | met / not met / unknown by the profile's `nonProfit` answer |
 * | non-profit              | informal-group, individual                            | not met: non-profit status needs a legal entity |
 * | registered-association  | migrant-organization, non-profit, youth-welfare-provider | unknown: their legal form is not known (question `applicantKind`) |
 * | migrant-organization    | registered-association, non-profit, informal-group, youth-welfare-provider | unknown: whether it is an MO is not known (question `applicantKind`) |
 * | youth-welfare-provider  | registered-association, non-profit, migrant-organization | unknown: recognition is not known (question `applicantKind`) |
 * | anything else           |                                                       | not met |
 */
import type { ApplicantProfile, CriterionVerdict, Deadlines, FUNDING_STATUSES, SUPPORT_TYPES } from '@teilhabe/contract';

type FundingStatus = (typeof FUNDING_STATUSES)[number];
type SupportType = (typeof SUPPORT_TYPES)[number];
import { lastDeadline, nextDeadline } from './funding-deadlines.js';

export interface MatchableProgram {
  status: FundingStatus;
  eligibleApplicants: readonly string[];
  seatInAreas: readonly string[];
  topics: readonly string[];
  supportTypes: readonly SupportType[];
  amount: { minEur: number | null; maxEur: number | null } | null;
  deadlines: Deadlines;
  nonProfitRequired: boolean;
  ownContributionPercent: number;
}

/** A verdict before its plain-language text is added. */
export type RawVerdict = Omit<CriterionVerdict, 'reason'>;
export type Fit = 'eligible' | 'partial' | 'ineligible';

export interface MatchResult {
  fit: Fit;
  score: number;
  criteria: RawVerdict[];
}

type Question = NonNullable<CriterionVerdict['question']>;
type Params = RawVerdict['params'];

const met = (criterion: RawVerdict['criterion'], reasonCode: string, params: Params = {}): RawVerdict => ({ criterion, verdict: 'met', reasonCode, params });
const notMet = (criterion: RawVerdict['criterion'], reasonCode: string, params: Params = {}): RawVerdict => ({ criterion, verdict: 'not-met', reasonCode, params });
const unknown = (criterion: RawVerdict['criterion'], reasonCode: string, params: Params, question?: Question): RawVerdict => ({
  criterion,
  verdict: 'unknown',
  reasonCode,
  params,
  ...(question ? { question } : {}),
});

/** Kinds that are organisations or groups of people (everything but `individual`). */
const GROUP_KINDS = new Set(['registered-association', 'non-profit', 'migrant-organization', 'youth-welfare-provider', 'informal-group']);

type Implication = { verdict: RawVerdict['verdict']; reasonCode: string; question?: Question; via: string };

function implied(kind: string, accepted: string, nonProfit: boolean | null | undefined): Implication {
  const no = { verdict: 'not-met' as const, reasonCode: 'applicant.not-eligible', via: accepted };
  switch (accepted) {
    case 'informal-group':
      return GROUP_KINDS.has(kind) ? { verdict: 'met', reasonCode: 'applicant.groups-welcome', via: accepted } : no;
    case 'non-profit':
      if (kind === 'youth-welfare-provider') return { verdict: 'met', reasonCode: 'applicant.recognised-provider', via: accepted };
      if (kind === 'registered-association' || kind === 'migrant-organization') {
        if (nonProfit === true) return { verdict: 'met', reasonCode: 'applicant.non-profit-confirmed', via: accepted };
        if (nonProfit === false) return { verdict: 'not-met', reasonCode: 'applicant.non-profit-denied', via: accepted };
        return { verdict: 'unknown', reasonCode: 'applicant.non-profit-status-unknown', question: 'nonProfit', via: accepted };
      }
      return no;
    case 'registered-association':
      return ['migrant-organization', 'non-profit', 'youth-welfare-provider'].includes(kind)
        ? { verdict: 'unknown', reasonCode: 'applicant.registration-unknown', question: 'applicantKind', via: accepted }
        : no;
    case 'migrant-organization':
      return ['registered-association', 'non-profit', 'informal-group', 'youth-welfare-provider'].includes(kind)
        ? { verdict: 'unknown', reasonCode: 'applicant.migrant-organization-unknown', question: 'applicantKind', via: accepted }
        : no;
    case 'youth-welfare-provider':
      return ['registered-association', 'non-profit', 'migrant-organization'].includes(kind)
        ? { verdict: 'unknown', reasonCode: 'applicant.recognition-unknown', question: 'applicantKind', via: accepted }
        : no;
    default:
      return no;
  }
}

const RANK = { met: 2, unknown: 1, 'not-met': 0 } as const;

function applicantVerdict(program: MatchableProgram, profile: ApplicantProfile): RawVerdict {
  const eligibleApplicants = [...program.eligibleApplicants];
  const kind = profile.applicantKind;
  if (!kind) return unknown('applicant', 'applicant.unknown', { eligibleApplicants }, 'applicantKind');
  const params = { applicantKind: kind, eligibleApplicants };
  if (eligibleApplicants.includes(kind)) return met('applicant', 'applicant.eligible', params);
  const best = eligibleApplicants
    .map((accepted) => implied(kind, accepted, profile.nonProfit))
    .sort((a, b) => RANK[b.verdict] - RANK[a.verdict])[0];
  if (!best || best.verdict === 'not-met') {
    return notMet('applicant', best?.reasonCode ?? 'applicant.not-eligible', best && best.reasonCode !== 'applicant.not-eligible' ? { ...params, via: best.via } : params);
  }
  const withVia = { ...params, via: best.via };
  return best.verdict === 'met' ? met('applicant', best.reasonCode, withVia) : unknown('applicant', best.reasonCode, withVia, best.question);
}

function statusVerdict(program: MatchableProgram): RawVerdict {
  if (program.status === 'closed') return notMet('status', 'status.closed');
  return met('status', program.status === 'open' ? 'status.open' : 'status.upcoming');
}

function areaVerdict(program: MatchableProgram, profile: ApplicantProfile): RawVerdict {
  const seatInAreas = [...program.seatInAreas];
  if (seatInAreas.length === 0) return met('area', 'area.anywhere');
  if (!profile.area) return unknown('area', 'area.unknown', { seatInAreas }, 'area');
  const params = { area: profile.area, seatInAreas };
  return seatInAreas.includes(profile.area) ? met('area', 'area.in-area', params) : notMet('area', 'area.outside', params);
}

function topicVerdict(program: MatchableProgram, profile: ApplicantProfile): RawVerdict {
  const programTopics = [...program.topics];
  if (programTopics.length === 0) return met('topic', 'topic.any');
  if (!profile.topics?.length) return unknown('topic', 'topic.unknown', { programTopics }, 'topics');
  const shared = profile.topics.filter((topic) => programTopics.includes(topic));
  return shared.length
    ? met('topic', 'topic.match', { topics: shared })
    : notMet('topic', 'topic.no-match', { topics: [...profile.topics], programTopics });
}

function needVerdict(program: MatchableProgram, profile: ApplicantProfile): RawVerdict {
  const supportTypes = [...program.supportTypes];
  if (!profile.needs?.length) return unknown('need', 'need.unknown', { supportTypes }, 'needs');
  const shared = profile.needs.filter((need) => supportTypes.includes(need));
  return shared.length
    ? met('need', 'need.match', { needs: shared })
    : notMet('need', 'need.no-match', { needs: [...profile.needs], supportTypes });
}

function amountVerdict(program: MatchableProgram, profile: ApplicantProfile): RawVerdict {
  if (!program.supportTypes.includes('money')) return met('amount', 'amount.not-applicable');
  if (profile.needs?.length && !profile.needs.includes('money')) return met('amount', 'amount.not-needed');
  const minEur = program.amount?.minEur ?? null;
  const maxEur = program.amount?.maxEur ?? null;
  if (minEur === null && maxEur === null) return met('amount', 'amount.no-limits');
  const range: Params = { ...(minEur !== null ? { minEur } : {}), ...(maxEur !== null ? { maxEur } : {}) };
  const amountEur = profile.amountEur;
  if (amountEur === null || amountEur === undefined) return unknown('amount', 'amount.unknown', range, 'amountEur');
  const params = { ...range, amountEur };
  if (minEur !== null && amountEur < minEur) return notMet('amount', 'amount.below-minimum', params);
  if (maxEur !== null && amountEur > maxEur) return notMet('amount', 'amount.above-maximum', params);
  return met('amount', 'amount.in-range', params);
}

function deadlineVerdict(program: MatchableProgram, profile: ApplicantProfile, today: string): RawVerdict {
  if (program.deadlines.kind === 'rolling') {
    // Applications are taken any time once the programme opens; when it opens is not known.
    return program.status === 'upcoming' ? unknown('deadline', 'deadline.opens-later', {}) : met('deadline', 'deadline.rolling');
  }
  const next = nextDeadline(program.deadlines, today);
  if (!next) {
    const last = lastDeadline(program.deadlines, today);
    return notMet('deadline', 'deadline.passed', last ? { lastDeadline: last } : {});
  }
  if (!profile.neededBy) return unknown('deadline', 'deadline.unknown', { nextDeadline: next }, 'neededBy');
  const params = { nextDeadline: next, neededBy: profile.neededBy };
  return next <= profile.neededBy ? met('deadline', 'deadline.in-time', params) : notMet('deadline', 'deadline.too-late', params);
}

function nonProfitVerdict(program: MatchableProgram, profile: ApplicantProfile): RawVerdict {
  if (!program.nonProfitRequired) return met('non-profit', 'non-profit.not-required');
  if (profile.nonProfit === true) return met('non-profit', 'non-profit.confirmed');
  if (profile.nonProfit === false) return notMet('non-profit', 'non-profit.missing');
  const kind = profile.applicantKind;
  if (kind === 'non-profit' || kind === 'youth-welfare-provider') return met('non-profit', 'non-profit.implied-by-kind', { applicantKind: kind });
  if (kind === 'individual') return notMet('non-profit', 'non-profit.individual', { applicantKind: kind });
  return unknown('non-profit', 'non-profit.unknown', {}, 'nonProfit');
}

function ownContributionVerdict(program: MatchableProgram, profile: ApplicantProfile): RawVerdict {
  const requiredPercent = program.ownContributionPercent;
  if (requiredPercent <= 0) return met('own-contribution', 'own-contribution.none');
  const percent = profile.ownContributionPercent;
  if (percent === null || percent === undefined) return unknown('own-contribution', 'own-contribution.unknown', { requiredPercent }, 'ownContributionPercent');
  const params = { requiredPercent, percent };
  return percent >= requiredPercent ? met('own-contribution', 'own-contribution.met', params) : notMet('own-contribution', 'own-contribution.too-low', params);
}

/** Every criterion in the contract's order. */
export function judge(program: MatchableProgram, profile: ApplicantProfile, today: string): RawVerdict[] {
  return [
    statusVerdict(program),
    applicantVerdict(program, profile),
    areaVerdict(program, profile),
    topicVerdict(program, profile),
    needVerdict(program, profile),
    amountVerdict(program, profile),
    deadlineVerdict(program, profile, today),
    nonProfitVerdict(program, profile),
    ownContributionVerdict(program, profile),
  ];
}

export function fitOf(criteria: readonly RawVerdict[]): Fit {
  if (criteria.some((c) => c.verdict === 'not-met')) return 'ineligible';
  if (criteria.some((c) => c.verdict === 'unknown')) return 'partial';
  return 'eligible';
}

/**
 * 0..1, in three bands so that every eligible programme ranks above every
 * partial one, and every partial one above every ineligible one: ineligible
 * [0, 1/3), partial [1/3, 2/3), eligible [2/3, 1]; within a band by the
 * share of criteria met.
 */
export function scoreOf(fit: Fit, criteria: readonly RawVerdict[]): number {
  const share = criteria.length ? criteria.filter((c) => c.verdict === 'met').length / criteria.length : 0;
  const band = fit === 'eligible' ? 2 : fit === 'partial' ? 1 : 0;
  const width = fit === 'eligible' ? 1 / 3 : 0.33; // the lower bands stay below the next band
  return Math.round((band / 3 + share * width) * 10_000) / 10_000;
}

export function matchProgram(program: MatchableProgram, profile: ApplicantProfile, today: string): MatchResult {
  const criteria = judge(program, profile, today);
  const fit = fitOf(criteria);
  return { fit, score: scoreOf(fit, criteria), criteria };
}
