/** Stored funding programmes → what the public API shows, in one locale. */
import type { FundingProgram, FundingProgramSummary, Locale } from '@teilhabe/contract';
import { Localizer } from '../../i18n/localizer.js';
import { nextDeadline } from '../../domain/funding-deadlines.js';
import type { FundingRow } from './repository.js';

function summaryFields(row: FundingRow, localizer: Localizer, today: string) {
  const { doc } = row;
  return {
    id: row.id,
    title: localizer.text('title', doc.title),
    summary: localizer.text('summary', doc.summary),
    provider: doc.provider,
    kinds: doc.kinds,
    supportTypes: doc.supportTypes,
    topics: doc.topics,
    eligibleApplicants: doc.eligibleApplicants,
    amount: doc.amount,
    deadlines: doc.deadlines,
    nextDeadline: nextDeadline(doc.deadlines, today),
    status: doc.status,
  };
}

export function toFundingSummary(row: FundingRow, locale: Locale, defaultLocale: Locale, today: string): FundingProgramSummary {
  const localizer = new Localizer(locale, defaultLocale, row.doc.machineTranslated);
  const fields = summaryFields(row, localizer, today);
  return { ...fields, translation: localizer.translation() };
}

export function toFundingProgram(row: FundingRow, locale: Locale, defaultLocale: Locale, today: string): FundingProgram {
  const { doc } = row;
  const localizer = new Localizer(locale, defaultLocale, doc.machineTranslated);
  const fields = summaryFields(row, localizer, today);
  return {
    ...fields,
    description: localizer.text('description', doc.description),
    requirements: {
      seatInAreas: doc.requirements.seatInAreas,
      nonProfitRequired: doc.requirements.nonProfitRequired,
      ownContributionPercent: doc.requirements.ownContributionPercent,
      notes: localizer.optionalText('requirements.notes', doc.requirements.notes),
    },
    applicationSteps: localizer.texts('applicationSteps', doc.applicationSteps),
    requiredDocuments: localizer.texts('requiredDocuments', doc.requiredDocuments),
    office: doc.office,
    links: doc.links.map((link, index) => ({ kind: link.kind, label: localizer.text(`links.${index}.label`, link.label), url: link.url })),
    updatedAt: new Date(row.updated_at).toISOString(),
    translation: localizer.translation(),
  };
}
