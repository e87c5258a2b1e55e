/** Names of the fixed codes of the funding contract, in the reader's language. */
import { msg } from '@lit/localize';
import type { CriterionVerdict, FundingMatch } from './funding-api.js';

/** `money` → "Geld" … (support types are a fixed list of the contract, not a taxonomy). */
/**
 * The applicant kinds in the UI's own words: the questionnaire's first step
 * offers them also when the `applicant-kinds` taxonomy could not be loaded,
 * so that no one has to read a code.
 */
export function applicantKindLabel(code: string): string {
  switch (code) {
    case 'registered-association':
      return msg('Eingetragener Verein (e.V.)', { id: 'funding.applicant.registered-association' });
    case 'non-profit':
      return msg('Gemeinnützige Organisation', { id: 'funding.applicant.non-profit' });
    case 'informal-group':
      return msg('Gruppe ohne Verein', { id: 'funding.applicant.informal-group' });
    case 'migrant-organization':
      return msg('Migrantenorganisation', { id: 'funding.applicant.migrant-organization' });
    case 'youth-welfare-provider':
      return msg('Anerkannter Träger der Jugendhilfe', { id: 'funding.applicant.youth-welfare-provider' });
    case 'individual':
      return msg('Einzelperson', { id: 'funding.applicant.individual' });
    default:
      return code;
  }
}

export function supportLabel(code: string): string {
  switch (code) {
    case 'money':
      return msg('Geld', { id: 'funding.support.money' });
    case 'room':
      return msg('Räume', { id: 'funding.support.room' });
    case 'counselling':
      return msg('Beratung', { id: 'funding.support.counselling' });
    case 'qualification':
      return msg('Fortbildung', { id: 'funding.support.qualification' });
    default:
      return code;
  }
}

export function providerLevelLabel(code: string): string {
  switch (code) {
    case 'municipal':
      return msg('Stadt oder Gemeinde', { id: 'funding.level.municipal' });
    case 'district':
      return msg('Landkreis', { id: 'funding.level.district' });
    case 'state':
      return msg('Bundesland', { id: 'funding.level.state' });
    case 'federal':
      return msg('Bund', { id: 'funding.level.federal' });
    case 'eu':
      return msg('Europäische Union', { id: 'funding.level.eu' });
    case 'foundation':
      return msg('Stiftung', { id: 'funding.level.foundation' });
    default:
      return code;
  }
}

export function criterionName(criterion: CriterionVerdict['criterion']): string {
  switch (criterion) {
    case 'status':
      return msg('Antrag möglich', { id: 'funding.criterion.status' });
    case 'applicant':
      return msg('Wer einen Antrag stellen darf', { id: 'funding.criterion.applicant' });
    case 'area':
      return msg('Ort', { id: 'funding.criterion.area' });
    case 'topic':
      return msg('Thema', { id: 'funding.criterion.topic' });
    case 'need':
      return msg('Art der Hilfe', { id: 'funding.criterion.need' });
    case 'amount':
      return msg('Betrag', { id: 'funding.criterion.amount' });
    case 'deadline':
      return msg('Frist', { id: 'funding.criterion.deadline' });
    case 'non-profit':
      return msg('Gemeinnützigkeit', { id: 'funding.criterion.non-profit' });
    case 'own-contribution':
      return msg('Eigenanteil', { id: 'funding.criterion.own-contribution' });
  }
}

/** The verdict in words: the icon beside it is decoration only. */
export function verdictLabel(verdict: CriterionVerdict['verdict']): string {
  switch (verdict) {
    case 'met':
      return msg('Erfüllt', { id: 'funding.verdict.met' });
    case 'not-met':
      return msg('Nicht erfüllt', { id: 'funding.verdict.not-met' });
    case 'unknown':
      return msg('Noch offen', { id: 'funding.verdict.unknown' });
  }
}

export const VERDICT_ICON: Record<CriterionVerdict['verdict'], string> = { met: '✓', 'not-met': '✗', unknown: '?' };

export function fitLabel(fit: FundingMatch['fit']): string {
  switch (fit) {
    case 'eligible':
      return msg('Passt zu Ihren Angaben', { id: 'funding.fit.eligible' });
    case 'partial':
      return msg('Passt vielleicht: Es fehlen Angaben', { id: 'funding.fit.partial' });
    case 'ineligible':
      return msg('Passt nicht', { id: 'funding.fit.ineligible' });
  }
}

export function deadlineFilterLabel(value: 'open-now' | 'soon' | 'none' | ''): string {
  switch (value) {
    case 'open-now':
      return msg('Jetzt offen', { id: 'funding.deadline-filter.open-now' });
    case 'soon':
      return msg('Frist in den nächsten 30 Tagen', { id: 'funding.deadline-filter.soon' });
    case 'none':
      return msg('Ohne Frist (laufend)', { id: 'funding.deadline-filter.none' });
    case '':
      return msg('Alle', { id: 'funding.deadline-filter.all' });
  }
}
