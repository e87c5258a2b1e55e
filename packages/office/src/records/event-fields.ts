/**
 * The event form: texts in every language, when (start and end in the
 * tenant's zone, one-off or a series in plain words with exceptions and a
 * preview of the next dates), where, the classification and the facts.
 * Organisers and registration stay as they are stored.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { FieldContext } from './field-templates.js';
import { readPath, type FieldGroup, type RecordData } from './record-fields.js';
import './recurrence-editor.js';
import type { RecurrenceValue } from './recurrence-editor.js';
import { dateText, instantText, parseDateText, parseTimeText, wallParts } from './wall-dates.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/**
 * A moment as date and time in the tenant's zone. Both parts read: the
 * instant with the zone's offset; otherwise the two texts as typed (the
 * server then names the field, and nothing typed is lost).
 */
function dateTimeEditor(path: readonly string[], label: () => string) {
  return (context: FieldContext, id: string) => {
    const value = readPath(context.draft, path);
    const text = typeof value === 'string' ? value : '';
    const parts = ISO_INSTANT.test(text) ? wallParts(text, context.timeZone) : undefined;
    const [dateShown, timeShown] = parts ? [parts.date, parts.time] : [text.split(' ')[0] ?? '', text.split(' ').slice(1).join(' ')];
    const invalid = context.errors.has(id) ? 'true' : 'false';
    const write = (date: string, time: string) => {
      const isoDate = parseDateText(date);
      const isoTime = parseTimeText(time);
      context.onValue(path, isoDate && isoTime ? instantText(isoDate, isoTime, context.timeZone) : `${date.trim()} ${time.trim()}`);
    };
    const other = (event: Event, selector: string) => ((event.target as Element).closest('fieldset')!.querySelector<HTMLInputElement>(selector)!).value;
    return html`<fieldset class="date-time" aria-describedby=${`${id}-hint`}>
      <legend class="label">${label()}</legend>
      <p class="field-hint" id=${`${id}-hint`}>${msg('Datum wie 24.12.2027 und Uhrzeit wie 18:30, in der Zeit der Verwaltung.', { id: 'records.event.when.hint' })}</p>
      <div class="date-time-parts">
        <div class="field">
          <label class="label" for=${id}>${msg('Datum', { id: 'records.event.date' })}</label>
          <input class="input short-date" id=${id} type="text" inputmode="numeric" autocomplete="off" .value=${dateText(dateShown)} aria-invalid=${invalid}
            aria-describedby=${context.errors.has(id) ? `${id}-error` : nothing} @input=${(e: Event) => write((e.target as HTMLInputElement).value, other(e, `#${id}-time`))} />
        </div>
        <div class="field">
          <label class="label" for=${`${id}-time`}>${msg('Uhrzeit', { id: 'records.event.time' })}</label>
          <input class="input short" id=${`${id}-time`} type="text" autocomplete="off" .value=${timeShown} aria-invalid=${invalid}
            @input=${(e: Event) => write(other(e, `#${id}`), (e.target as HTMLInputElement).value)} />
        </div>
      </div>
    </fieldset>`;
  };
}

const recurrenceEditor = (context: FieldContext, id: string) =>
  html`<tk-office-recurrence .event=${context.draft} .timeZone=${context.timeZone} .fieldId=${id} .invalid=${context.errors.has(id)}
    .changed=${(value: RecurrenceValue | null) => context.onValue(['recurrence'], value)}></tk-office-recurrence>`;

const summarizeRecurrence = (value: unknown) => {
  const recurrence = value as RecurrenceValue;
  return [recurrence.rrule, ...recurrence.exdates.map((d) => `−${d.slice(0, 10)}`)].join(' ');
};

export const eventGroups = (): FieldGroup[] => [
  {
    title: () => msg('Titel und Texte', { id: 'records.funding.group.texts' }),
    fields: [
      { kind: 'localized', path: ['title'], label: () => msg('Titel', { id: 'records.funding.title' }), error: () => msg('Geben Sie den Titel auf Deutsch an.', { id: 'records.funding.title.error' }) },
      { kind: 'localized', path: ['summary'], label: () => msg('Zusammenfassung', { id: 'records.funding.summary' }), error: () => msg('Geben Sie die Zusammenfassung auf Deutsch an.', { id: 'records.funding.summary.error' }) },
      { kind: 'localized', path: ['description'], multiline: true, label: () => msg('Beschreibung', { id: 'records.org.description' }), error: () => msg('Geben Sie die Beschreibung auf Deutsch an.', { id: 'records.org.description.error' }) },
    ],
  },
  {
    title: () => msg('Wann', { id: 'records.event.group.when' }),
    fields: [
      { kind: 'editor', path: ['start'], label: () => msg('Beginn', { id: 'records.event.start' }), render: dateTimeEditor(['start'], () => msg('Beginn', { id: 'records.event.start' })), error: () => msg('Geben Sie den Beginn mit Datum wie 24.12.2027 und Uhrzeit wie 18:30 an.', { id: 'records.event.start.error' }) },
      { kind: 'editor', path: ['end'], label: () => msg('Ende', { id: 'records.event.end' }), render: dateTimeEditor(['end'], () => msg('Ende', { id: 'records.event.end' })), error: () => msg('Geben Sie das Ende mit Datum und Uhrzeit an; es liegt nicht vor dem Beginn.', { id: 'records.event.end.error' }) },
      { kind: 'checkbox', path: ['allDay'], label: () => msg('Ganztägig', { id: 'records.event.all-day' }) },
      { kind: 'editor', path: ['recurrence'], label: () => msg('Wiederholung', { id: 'records.recurrence.legend' }), render: recurrenceEditor, summarize: summarizeRecurrence, error: () => msg('Prüfen Sie die Wiederholung: der Beginn muss ihr erster Termin sein.', { id: 'records.recurrence.error' }) },
    ],
  },
  {
    title: () => msg('Wo', { id: 'records.event.group.where' }),
    fields: [
      {
        kind: 'choice',
        path: ['location', 'kind'],
        label: () => msg('Art des Ortes', { id: 'records.event.location' }),
        options: () => [
          ['room', msg('In einem Raum der Verwaltung', { id: 'records.event.location.room' })],
          ['address', msg('An einer Adresse', { id: 'records.event.location.address' })],
          ['online', msg('Online', { id: 'records.event.location.online' })],
          ['hybrid', msg('Vor Ort und online', { id: 'records.event.location.hybrid' })],
        ],
      },
      { kind: 'text', path: ['location', 'roomId'], optional: true, label: () => msg('Raum (Kennung)', { id: 'records.event.room' }), hint: () => msg('Nur bei einem Raum der Verwaltung: die Kennung wie in der Liste der Räume.', { id: 'records.event.room.hint' }), error: () => msg('Geben Sie die Kennung eines bekannten Raums an.', { id: 'records.event.room.error' }) },
      { kind: 'text', path: ['location', 'address', 'street'], optional: true, label: () => msg('Straße und Hausnummer', { id: 'records.org.street' }), hint: () => msg('Nur bei einer Adresse: wo die Veranstaltung stattfindet.', { id: 'records.event.address.hint' }), error: () => msg('Geben Sie die Adresse mit Straße, Postleitzahl und Ort an.', { id: 'records.event.address.error' }) },
      { kind: 'text', path: ['location', 'address', 'postalCode'], optional: true, label: () => msg('Postleitzahl', { id: 'records.org.postal-code' }), error: () => msg('Geben Sie die Postleitzahl mit fünf Ziffern an.', { id: 'records.org.postal-code.error' }) },
      { kind: 'text', path: ['location', 'address', 'city'], optional: true, label: () => msg('Ort', { id: 'records.org.city' }) },
      { kind: 'url', path: ['location', 'onlineUrl'], optional: true, label: () => msg('Adresse der Online-Veranstaltung', { id: 'records.event.online' }), error: () => msg('Geben Sie die Adresse der Online-Veranstaltung mit https:// an.', { id: 'records.event.online.error' }) },
    ],
  },
  {
    title: () => msg('Einordnung', { id: 'records.org.group.taxonomy' }),
    fields: [
      { kind: 'taxonomy', taxonomy: 'event-formats', single: true, path: ['format'], label: () => msg('Art der Veranstaltung', { id: 'records.event.format' }), error: () => msg('Wählen Sie eine bekannte Art der Veranstaltung.', { id: 'records.event.format.error' }) },
      { kind: 'taxonomy', taxonomy: 'topics', path: ['topics'], optional: true, label: () => msg('Themen', { id: 'records.org.topics' }), error: () => msg('Wählen Sie nur bekannte Themen.', { id: 'records.event.topics.error' }) },
      { kind: 'codes', path: ['languages'], optional: true, label: () => msg('Sprachen', { id: 'records.event.languages' }), hint: () => msg('Sprachcodes wie de, tr, uk, durch Kommas getrennt.', { id: 'records.org.languages.hint' }) },
      {
        kind: 'choice',
        path: ['status'],
        label: () => msg('Stand', { id: 'records.funding.status' }),
        options: () => [
          ['scheduled', msg('Findet statt', { id: 'records.event.status.scheduled' })],
          ['postponed', msg('Verschoben', { id: 'records.event.status.postponed' })],
          ['cancelled', msg('Abgesagt', { id: 'records.event.status.cancelled' })],
        ],
      },
      { kind: 'checkbox', path: ['price', 'free'], label: () => msg('Eintritt frei', { id: 'records.event.free' }) },
      { kind: 'localized', path: ['accessibilityNotes'], nullable: true, optional: true, multiline: true, label: () => msg('Hinweis zur Barrierefreiheit', { id: 'records.venue.access-note' }) },
    ],
  },
];

/** Before saving: location parts the API takes as absent rather than empty (no address typed is no address). */
export function finalizeEvent(data: RecordData): RecordData {
  const location = { ...((data.location as Record<string, unknown> | undefined) ?? {}) };
  for (const key of ['roomId', 'onlineUrl']) if (typeof location[key] !== 'string' || !(location[key] as string).trim()) delete location[key];
  const address = location.address as Record<string, unknown> | undefined;
  if (address && ['street', 'postalCode', 'city'].every((key) => !String(address[key] ?? '').trim())) delete location.address;
  return { ...data, location };
}
