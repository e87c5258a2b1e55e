/** Amounts and deadlines of a programme in words. */
import { msg, str } from '@lit/localize';
import type { FundingProgramSummary } from './funding-api.js';
import { formatDay, formatEuro } from './criterion-text.js';

export function amountText(program: Pick<FundingProgramSummary, 'amount' | 'supportTypes'>, uiLocale: string): string {
  const min = program.amount?.minEur ?? null;
  const max = program.amount?.maxEur ?? null;
  if (min === null && max === null) {
    return program.supportTypes.includes('money')
      ? msg('Kein fester Betrag', { id: 'funding.amount.open' })
      : msg('Hilfe ohne Geld', { id: 'funding.amount.non-cash' });
  }
  const minText = formatEuro(min ?? 0, uiLocale);
  const maxText = formatEuro(max ?? 0, uiLocale);
  if (min !== null && max !== null) return msg(str`${minText} bis ${maxText}`, { id: 'funding.amount.range' });
  if (max !== null) return msg(str`bis ${maxText}`, { id: 'funding.amount.max' });
  return msg(str`ab ${minText}`, { id: 'funding.amount.min' });
}

/** "laufend" for rolling deadlines, else the next deadline (or that there is none). */
export function deadlineText(program: Pick<FundingProgramSummary, 'deadlines' | 'nextDeadline' | 'status'>, uiLocale: string): string {
  if (program.deadlines.kind === 'rolling') return msg('laufend (jederzeit)', { id: 'funding.deadline.rolling' });
  if (!program.nextDeadline) return msg('zurzeit keine Frist', { id: 'funding.deadline.none' });
  const date = formatDay(program.nextDeadline, uiLocale);
  return msg(str`nächste Frist: ${date}`, { id: 'funding.deadline.next' });
}
