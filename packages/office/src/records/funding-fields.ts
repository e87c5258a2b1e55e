/** The funding programme form: texts in every language, provider, who may apply, amounts, deadlines and status. */
import { msg } from '@lit/localize';
import type { FieldGroup, RecordData } from './record-fields.js';

const codesHint = () => msg('Codes aus den Listen der Verwaltung, durch Kommas getrennt.', { id: 'records.codes.hint' });

export const fundingGroups = (): FieldGroup[] => [
  {
    title: () => msg('Titel und Texte', { id: 'records.funding.group.texts' }),
    fields: [
      { kind: 'localized', path: ['title'], label: () => msg('Titel', { id: 'records.funding.title' }), error: () => msg('Geben Sie den Titel auf Deutsch an.', { id: 'records.funding.title.error' }) },
      { kind: 'localized', path: ['summary'], label: () => msg('Zusammenfassung', { id: 'records.funding.summary' }), error: () => msg('Geben Sie die Zusammenfassung auf Deutsch an.', { id: 'records.funding.summary.error' }) },
      { kind: 'localized', path: ['description'], multiline: true, label: () => msg('Beschreibung', { id: 'records.org.description' }), error: () => msg('Geben Sie die Beschreibung auf Deutsch an.', { id: 'records.org.description.error' }) },
    ],
  },
  {
    title: () => msg('Geldgeber und Förderung', { id: 'records.funding.group.provider' }),
    fields: [
      { kind: 'text', path: ['provider', 'name'], label: () => msg('Geldgeber', { id: 'records.funding.provider' }), error: () => msg('Geben Sie den Geldgeber an.', { id: 'records.funding.provider.error' }) },
      {
        kind: 'choice',
        path: ['provider', 'level'],
        label: () => msg('Ebene des Geldgebers', { id: 'records.funding.level' }),
        options: () => [
          ['municipal', msg('Gemeinde', { id: 'records.funding.level.municipal' })],
          ['district', msg('Landkreis', { id: 'records.funding.level.district' })],
          ['state', msg('Land', { id: 'records.funding.level.state' })],
          ['federal', msg('Bund', { id: 'records.funding.level.federal' })],
          ['eu', msg('Europäische Union', { id: 'records.funding.level.eu' })],
          ['foundation', msg('Stiftung', { id: 'records.funding.level.foundation' })],
        ],
      },
      { kind: 'codes', path: ['kinds'], label: () => msg('Art der Förderung', { id: 'records.funding.kinds' }), hint: codesHint, error: () => msg('Geben Sie mindestens eine bekannte Art der Förderung an.', { id: 'records.funding.kinds.error' }) },
      { kind: 'codes', path: ['supportTypes'], label: () => msg('Form der Hilfe', { id: 'records.funding.support' }), hint: () => msg('money, room, counselling oder qualification, durch Kommas getrennt.', { id: 'records.funding.support.hint' }), error: () => msg('Geben Sie mindestens eine Form der Hilfe an: money, room, counselling oder qualification.', { id: 'records.funding.support.error' }) },
      { kind: 'codes', path: ['topics'], optional: true, label: () => msg('Themen', { id: 'records.org.topics' }), hint: codesHint },
      { kind: 'integer', path: ['amount', 'minEur'], optional: true, label: () => msg('Betrag von (Euro)', { id: 'records.funding.min' }), error: () => msg('Geben Sie den kleinsten Betrag als ganze Zahl in Euro an.', { id: 'records.funding.min.error' }) },
      { kind: 'integer', path: ['amount', 'maxEur'], optional: true, label: () => msg('Betrag bis (Euro)', { id: 'records.funding.max' }), error: () => msg('Geben Sie den größten Betrag als ganze Zahl in Euro an.', { id: 'records.funding.max.error' }) },
    ],
  },
  {
    title: () => msg('Wer beantragen kann', { id: 'records.funding.group.eligibility' }),
    fields: [
      { kind: 'codes', path: ['eligibleApplicants'], label: () => msg('Antragsberechtigt', { id: 'records.funding.applicants' }), hint: codesHint, error: () => msg('Geben Sie mindestens eine bekannte Gruppe an, die beantragen kann.', { id: 'records.funding.applicants.error' }) },
      { kind: 'codes', path: ['requirements', 'seatInAreas'], optional: true, label: () => msg('Sitz in diesen Gebieten', { id: 'records.funding.seat' }), hint: codesHint },
      { kind: 'checkbox', path: ['requirements', 'nonProfitRequired'], label: () => msg('Nur für gemeinnützige Antragsteller', { id: 'records.funding.non-profit' }) },
      { kind: 'integer', path: ['requirements', 'ownContributionPercent'], label: () => msg('Eigenanteil in Prozent', { id: 'records.funding.own-share' }), error: () => msg('Geben Sie den Eigenanteil als Zahl von 0 bis 100 an.', { id: 'records.funding.own-share.error' }) },
      { kind: 'localized', path: ['requirements', 'notes'], nullable: true, optional: true, multiline: true, label: () => msg('Weitere Voraussetzungen', { id: 'records.funding.notes' }) },
    ],
  },
  {
    title: () => msg('Fristen und Stand', { id: 'records.funding.group.deadlines' }),
    fields: [
      {
        kind: 'choice',
        path: ['deadlines', 'kind'],
        label: () => msg('Fristen', { id: 'records.funding.deadlines' }),
        options: () => [
          ['rolling', msg('Laufend, ohne Stichtag', { id: 'records.funding.deadlines.rolling' })],
          ['fixed', msg('Feste Stichtage', { id: 'records.funding.deadlines.fixed' })],
          ['yearly', msg('Jedes Jahr an denselben Tagen', { id: 'records.funding.deadlines.yearly' })],
        ],
      },
      { kind: 'codes', path: ['deadlines', 'dates'], optional: true, label: () => msg('Feste Stichtage', { id: 'records.funding.deadlines.fixed' }), hint: () => msg('Nur bei festen Stichtagen: Daten wie 2027-03-31, durch Kommas getrennt.', { id: 'records.funding.dates.hint' }), error: () => msg('Geben Sie die Stichtage als Daten wie 2027-03-31 an.', { id: 'records.funding.dates.error' }) },
      { kind: 'codes', path: ['deadlines', 'monthDays'], optional: true, label: () => msg('Jährliche Stichtage', { id: 'records.funding.month-days' }), hint: () => msg('Nur bei jährlichen Stichtagen: Monat und Tag wie 03-31, durch Kommas getrennt.', { id: 'records.funding.month-days.hint' }), error: () => msg('Geben Sie die jährlichen Stichtage als Monat und Tag wie 03-31 an.', { id: 'records.funding.month-days.error' }) },
      {
        kind: 'choice',
        path: ['status'],
        label: () => msg('Stand', { id: 'records.funding.status' }),
        options: () => [
          ['open', msg('Offen für Anträge', { id: 'records.funding.status.open' })],
          ['upcoming', msg('Öffnet bald', { id: 'records.funding.status.upcoming' })],
          ['closed', msg('Geschlossen', { id: 'records.funding.status.closed' })],
        ],
      },
    ],
  },
];

/** Before saving: no amount given is no amount; the deadline shape keeps only the dates its kind uses. */
export function finalizeFunding(data: RecordData): RecordData {
  const amount = data.amount as { minEur?: unknown; maxEur?: unknown } | null | undefined;
  const deadlines = (data.deadlines as Record<string, unknown> | undefined) ?? { kind: 'rolling' };
  const kind = deadlines.kind;
  return {
    ...data,
    amount: amount && (amount.minEur ?? null) === null && (amount.maxEur ?? null) === null ? null : amount ? { minEur: amount.minEur ?? null, maxEur: amount.maxEur ?? null } : null,
    deadlines: kind === 'fixed' ? { kind, dates: deadlines.dates ?? [] } : kind === 'yearly' ? { kind, monthDays: deadlines.monthDays ?? [] } : { kind: 'rolling' },
  };
}
