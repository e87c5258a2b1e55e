/** Checks of a programme write beyond its schema: taxonomy codes, amount range, deadline days. */
import type { FundingProgramRecord } from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { idMismatch, type FieldError } from '../../domain/errors.js';
import { unknownCodeErrors } from '../taxonomies/repository.js';
import { impossibleMonthDays } from '../../domain/funding-deadlines.js';

export async function fundingProgramErrors(db: Kysely<DatabaseSchema>, tenantId: string, pathId: string, record: FundingProgramRecord): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (record.id !== pathId) errors.push(idMismatch(pathId));
  errors.push(
    ...(await unknownCodeErrors(db, tenantId, [
      { path: 'kinds', taxonomy: 'funding-kinds', codes: record.kinds },
      { path: 'topics', taxonomy: 'topics', codes: record.topics },
      { path: 'eligibleApplicants', taxonomy: 'applicant-kinds', codes: record.eligibleApplicants },
      { path: 'requirements.seatInAreas', taxonomy: 'areas', codes: record.requirements.seatInAreas },
    ])),
  );
  const { minEur, maxEur } = record.amount ?? { minEur: null, maxEur: null };
  if (minEur !== null && maxEur !== null && minEur > maxEur) {
    errors.push({ path: 'amount.maxEur', code: 'below_minimum', message: '`maxEur` must not be below `minEur`.' });
  }
  if (record.deadlines.kind === 'yearly') {
    for (const index of impossibleMonthDays(record.deadlines.monthDays)) {
      errors.push({ path: `deadlines.monthDays.${index}`, code: 'impossible_date', message: `No year has the day "${record.deadlines.monthDays[index]}".` });
    }
  }
  return errors;
}
