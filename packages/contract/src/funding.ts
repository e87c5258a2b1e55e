import { z } from '@hono/zod-openapi';
import {
  DateOnly,
  Email,
  ListMeta,
  LocaleQuery,
  LocalizedTextInput,
  MachineTranslatedInput,
  PageQuery,
  Phone,
  Slug,
  TaxonomyCode,
  Text,
  Translation,
  WebUrl,
  codeList,
  orNull,
} from './common.js';

export const PROVIDER_LEVELS = ['municipal', 'district', 'state', 'federal', 'eu', 'foundation'] as const;
export const ProviderLevel = z.enum(PROVIDER_LEVELS).openapi('ProviderLevel');

export const FUNDING_STATUSES = ['open', 'upcoming', 'closed'] as const;
export const FundingStatus = z.enum(FUNDING_STATUSES).openapi('FundingStatus');

/** What kind of help a programme gives; the questionnaire asks which one is needed. */
export const SUPPORT_TYPES = ['money', 'room', 'counselling', 'qualification'] as const;
export const SupportType = z.enum(SUPPORT_TYPES).openapi('SupportType');

export const Deadlines = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('rolling') }),
    z.object({ kind: z.literal('fixed'), dates: z.array(DateOnly).min(1).max(50) }),
    z.object({
      kind: z.literal('yearly'),
      monthDays: z.array(z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD')).min(1).max(12),
    }),
  ])
  .openapi('Deadlines');
export type Deadlines = z.infer<typeof Deadlines>;

export const Office = z
  .object({ name: Text.max(200), contactName: Text.max(200).optional(), email: Email.optional(), phone: Phone.optional(), address: Text.max(500).optional() })
  .openapi('FundingOffice');

export const FundingLinkKind = z.enum(['guideline', 'form', 'info']);

const programFields = {
  id: Slug,
  title: z.string(),
  summary: z.string(),
  provider: z.object({ name: z.string(), level: ProviderLevel }),
  kinds: z.array(TaxonomyCode).openapi({ description: 'Codes of `/taxonomies/funding-kinds`.' }),
  supportTypes: z.array(SupportType),
  topics: z.array(TaxonomyCode),
  eligibleApplicants: z.array(TaxonomyCode).openapi({ description: 'Codes of `/taxonomies/applicant-kinds`.' }),
  amount: z.object({ minEur: z.number().nullable(), maxEur: z.number().nullable() }).nullable(),
  deadlines: Deadlines,
  nextDeadline: DateOnly.nullable().openapi({ description: 'The next deadline from today, null for rolling programmes.' }),
  status: FundingStatus,
  translation: Translation,
};

export const FundingProgramSummary = z.object(programFields).openapi('FundingProgramSummary');
export type FundingProgramSummary = z.infer<typeof FundingProgramSummary>;

export const FundingProgram = z
  .object({
    ...programFields,
    description: z.string(),
    requirements: z.object({
      seatInAreas: z.array(TaxonomyCode).openapi({ description: 'Applicants must be based in one of these areas; empty for anywhere.' }),
      nonProfitRequired: z.boolean(),
      ownContributionPercent: z.number().min(0).max(100),
      notes: z.string().nullable(),
    }),
    applicationSteps: z.array(z.string()),
    requiredDocuments: z.array(z.string()),
    office: Office,
    links: z.array(z.object({ kind: FundingLinkKind, label: z.string(), url: WebUrl })),
    updatedAt: z.string(),
  })
  .openapi('FundingProgram');
export type FundingProgram = z.infer<typeof FundingProgram>;

export const FundingProgramInput = z
  .object({
    id: Slug,
    title: LocalizedTextInput,
    summary: LocalizedTextInput,
    description: LocalizedTextInput,
    machineTranslated: MachineTranslatedInput,
    provider: z.object({ name: Text.min(1).max(200), level: ProviderLevel }),
    kinds: z.array(TaxonomyCode).min(1).max(10),
    supportTypes: z.array(SupportType).min(1),
    topics: z.array(TaxonomyCode).max(20).default([]),
    eligibleApplicants: z.array(TaxonomyCode).min(1).max(10),
    requirements: z.object({
      seatInAreas: z.array(TaxonomyCode).max(50).default([]),
      nonProfitRequired: z.boolean().default(false),
      ownContributionPercent: z.number().min(0).max(100).default(0),
      notes: orNull(LocalizedTextInput).default(null),
    }),
    amount: z.object({ minEur: z.number().min(0).nullable(), maxEur: z.number().min(0).nullable() }).nullable().default(null),
    deadlines: Deadlines,
    applicationSteps: z.array(LocalizedTextInput).max(30).default([]),
    requiredDocuments: z.array(LocalizedTextInput).max(50).default([]),
    office: Office,
    links: z.array(z.object({ kind: FundingLinkKind, label: LocalizedTextInput, url: WebUrl })).max(20).default([]),
    status: FundingStatus,
  })
  .openapi('FundingProgramInput');
export type FundingProgramInput = z.input<typeof FundingProgramInput>;
export type FundingProgramRecord = z.output<typeof FundingProgramInput>;

export const FundingListQuery = z.object({
  locale: LocaleQuery,
  q: Text.trim().max(200).optional().openapi({ param: { name: 'q', in: 'query' } }),
  kind: codeList(TaxonomyCode).openapi({ param: { name: 'kind', in: 'query' }, type: 'string' }),
  topic: codeList(TaxonomyCode).openapi({ param: { name: 'topic', in: 'query' }, type: 'string' }),
  providerLevel: codeList(ProviderLevel).openapi({ param: { name: 'providerLevel', in: 'query' }, type: 'string' }),
  applicant: codeList(TaxonomyCode).openapi({ param: { name: 'applicant', in: 'query' }, type: 'string' }),
  supportType: codeList(SupportType).openapi({ param: { name: 'supportType', in: 'query' }, type: 'string' }),
  deadline: z.enum(['open-now', 'soon', 'none']).optional().openapi({
    param: { name: 'deadline', in: 'query' },
    description: '`open-now`: status open; `soon`: next deadline within 30 days; `none`: rolling.',
  }),
  ...PageQuery,
});

/** An applicant profile; every field may be left out when the user answered "weiß ich nicht". */
export const ApplicantProfile = z
  .object({
    applicantKind: TaxonomyCode.nullable().optional(),
    area: TaxonomyCode.nullable().optional(),
    topics: z.array(TaxonomyCode).max(20).optional(),
    needs: z.array(SupportType).max(4).optional(),
    amountEur: z.number().min(0).max(10_000_000).nullable().optional(),
    neededBy: DateOnly.nullable().optional().openapi({ description: 'When the money or help is needed.' }),
    nonProfit: z.boolean().nullable().optional(),
    ownContributionPercent: z.number().min(0).max(100).nullable().optional(),
  })
  .openapi('ApplicantProfile');
export type ApplicantProfile = z.infer<typeof ApplicantProfile>;

export const CRITERIA = ['status', 'applicant', 'area', 'topic', 'need', 'amount', 'deadline', 'non-profit', 'own-contribution'] as const;
export const Criterion = z.enum(CRITERIA).openapi('Criterion');
export type Criterion = z.infer<typeof Criterion>;

export const Verdict = z.enum(['met', 'not-met', 'unknown']).openapi('Verdict');
export type Verdict = z.infer<typeof Verdict>;

export const CriterionVerdict = z
  .object({
    criterion: Criterion,
    verdict: Verdict,
    reasonCode: z.string().openapi({ description: 'Stable code a UI can translate, e.g. `applicant.not-eligible`.' }),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
    reason: z.string().openapi({ description: 'The reason in plain language (German or English).' }),
    question: z
      .enum(['applicantKind', 'area', 'topics', 'needs', 'amountEur', 'neededBy', 'nonProfit', 'ownContributionPercent'])
      .optional()
      .openapi({ description: 'For `unknown`: the profile field that would settle it.' }),
  })
  .openapi('CriterionVerdict');
export type CriterionVerdict = z.infer<typeof CriterionVerdict>;

export const FundingMatch = z
  .object({
    program: FundingProgramSummary,
    fit: z.enum(['eligible', 'partial', 'ineligible']).openapi({
      description: '`eligible`: every criterion met; `partial`: none failed, some unknown; `ineligible`: at least one not met.',
    }),
    score: z.number().min(0).max(1),
    criteria: z.array(CriterionVerdict),
  })
  .openapi('FundingMatch');
export type FundingMatch = z.infer<typeof FundingMatch>;

export const FundingFitCounts = z
  .object({ eligible: z.number().int(), partial: z.number().int(), ineligible: z.number().int() })
  .openapi('FundingFitCounts', { description: 'How many programmes of the whole ranking (not only this page) have each fit.' });

export const FundingMatchResponse = z
  .object({
    data: z.array(FundingMatch),
    meta: ListMeta.omit({ facets: true }).extend({ fits: FundingFitCounts }),
  })
  .openapi('FundingMatchResponse');

/**
 * The ranking is a page at a time, like every list: reasons are worded only
 * for the programmes returned, and a widget draws only those. The filters are
 * the page's presets; `topic` keeps programmes open to every topic (no topics
 * listed), as the matching itself does.
 */
export const FundingMatchQuery = z.object({
  locale: LocaleQuery,
  kind: FundingListQuery.shape.kind,
  topic: FundingListQuery.shape.topic.openapi({
    param: { name: 'topic', in: 'query' },
    type: 'string',
    description: 'Programmes with any of these topics, and those open to every topic.',
  }),
  providerLevel: FundingListQuery.shape.providerLevel,
  through: Slug.optional().openapi({
    param: { name: 'through', in: 'query' },
    description:
      'A programme id: the page runs on, in whole pages of `limit`, until it includes this programme (to show it again after an answer re-ranked the list). An unknown id is ignored.',
  }),
  ...PageQuery,
});
