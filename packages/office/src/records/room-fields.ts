/**
 * The room form: texts in every language, size and equipment from the
 * tenant's taxonomies, the booking rules the booking widget applies (approval
 * or instant, notice, how far ahead, longest booking, the pause after each),
 * the standard fee, closures, photos and the office to contact.
 */
import { msg } from '@lit/localize';
import { closuresEditor, photosEditor, type ClosureValue, type PhotoValue } from './list-editors.js';
import { openingHoursEditor, summarizeOpeningHours } from './opening-hours-editor.js';
import type { FieldGroup, RecordData } from './record-fields.js';
import { dateText } from './wall-dates.js';

const summarizeClosures = (value: unknown) =>
  (value as ClosureValue[]).map((c) => `${dateText(c.from)} – ${dateText(c.to)}${c.reason?.de ? ` (${c.reason.de})` : ''}`).join('; ');
const summarizePhotos = (value: unknown) => (value as PhotoValue[]).map((p) => `${p.url}${p.alt?.de ? ` (${p.alt.de})` : ''}`).join('; ');

export const roomGroups = (): FieldGroup[] => [
  {
    title: () => msg('Name und Texte', { id: 'records.org.group.texts' }),
    fields: [
      { kind: 'text', path: ['name'], label: () => msg('Name des Raums', { id: 'records.room.name' }), error: () => msg('Geben Sie den Namen des Raums an.', { id: 'records.room.name.error' }) },
      {
        kind: 'text',
        path: ['venueId'],
        label: () => msg('Ort (Kennung)', { id: 'records.room.venue' }),
        hint: () => msg('Die Kennung des Gebäudes, zu dem der Raum gehört, wie in der Liste der Orte.', { id: 'records.room.venue.hint' }),
        error: () => msg('Geben Sie die Kennung eines bekannten Ortes an.', { id: 'records.room.venue.error' }),
      },
      { kind: 'localized', path: ['description'], multiline: true, label: () => msg('Beschreibung', { id: 'records.org.description' }), error: () => msg('Geben Sie die Beschreibung auf Deutsch an.', { id: 'records.org.description.error' }) },
      { kind: 'localized', path: ['houseRules'], multiline: true, label: () => msg('Hausordnung', { id: 'records.room.house-rules' }), error: () => msg('Geben Sie die Hausordnung auf Deutsch an.', { id: 'records.room.house-rules.error' }) },
    ],
  },
  {
    title: () => msg('Größe und Ausstattung', { id: 'records.room.group.equipment' }),
    fields: [
      { kind: 'integer', path: ['capacity'], label: () => msg('Plätze', { id: 'records.room.capacity' }), hint: () => msg('Wie viele Menschen der Raum höchstens fasst.', { id: 'records.room.capacity.hint' }), error: () => msg('Geben Sie die Zahl der Plätze als ganze Zahl von 1 bis 5000 an.', { id: 'records.room.capacity.error' }) },
      { kind: 'decimal', path: ['sizeSqm'], optional: true, label: () => msg('Größe in Quadratmetern', { id: 'records.room.size' }), error: () => msg('Geben Sie die Größe als Zahl von 1 bis 10000 Quadratmetern an.', { id: 'records.room.size.error' }) },
      { kind: 'taxonomy', taxonomy: 'equipment', path: ['equipment'], optional: true, label: () => msg('Ausstattung', { id: 'records.room.equipment' }), error: () => msg('Wählen Sie nur bekannte Ausstattung.', { id: 'records.room.equipment.error' }) },
      { kind: 'taxonomy', taxonomy: 'accessibility', path: ['accessibility'], optional: true, label: () => msg('Barrierefreiheit', { id: 'records.room.accessibility' }), error: () => msg('Wählen Sie nur bekannte Merkmale der Barrierefreiheit.', { id: 'records.room.accessibility.error' }) },
    ],
  },
  {
    title: () => msg('Buchungsregeln', { id: 'records.room.group.rules' }),
    fields: [
      { kind: 'checkbox', path: ['bookingPolicy', 'needsApproval'], label: () => msg('Jede Anfrage wartet auf die Zusage des Büros (ohne Haken ist ein freier Termin sofort gebucht)', { id: 'records.room.approval' }) },
      { kind: 'integer', path: ['bookingPolicy', 'minNoticeHours'], label: () => msg('Vorlauf in Stunden', { id: 'records.room.notice' }), hint: () => msg('So viele Stunden vor Beginn muss eine Anfrage spätestens kommen.', { id: 'records.room.notice.hint' }), error: () => msg('Geben Sie den Vorlauf als ganze Zahl von 0 bis 2160 Stunden an.', { id: 'records.room.notice.error' }) },
      { kind: 'integer', path: ['bookingPolicy', 'maxAdvanceDays'], label: () => msg('Höchstens so viele Tage im Voraus', { id: 'records.room.advance' }), error: () => msg('Geben Sie die Tage im Voraus als ganze Zahl von 1 bis 730 an.', { id: 'records.room.advance.error' }) },
      { kind: 'integer', path: ['bookingPolicy', 'maxDurationMinutes'], label: () => msg('Längste Buchung in Minuten', { id: 'records.room.duration' }), error: () => msg('Geben Sie die längste Buchung als ganze Zahl von 15 bis 1440 Minuten an.', { id: 'records.room.duration.error' }) },
      { kind: 'integer', path: ['bookingPolicy', 'bufferMinutes'], label: () => msg('Pause nach jeder Buchung in Minuten', { id: 'records.room.buffer' }), error: () => msg('Geben Sie die Pause als ganze Zahl von 0 bis 240 Minuten an.', { id: 'records.room.buffer.error' }) },
      { kind: 'integer', path: ['bookingPolicy', 'maxAttendees'], optional: true, label: () => msg('Höchstzahl der Teilnehmenden', { id: 'records.room.attendees' }), hint: () => msg('Leer lassen: so viele, wie der Raum Plätze hat.', { id: 'records.room.attendees.hint' }), error: () => msg('Geben Sie die Höchstzahl als ganze Zahl ab 1 an.', { id: 'records.room.attendees.error' }) },
      { kind: 'editor', path: ['openingHours'], label: () => msg('Öffnungszeiten', { id: 'records.room.hours' }), render: openingHoursEditor(['openingHours']), summarize: summarizeOpeningHours, error: () => msg('Geben Sie die Öffnungszeiten als Uhrzeiten wie 18:00 an; der Raum schließt nach dem Öffnen.', { id: 'records.room.hours.error' }) },
      { kind: 'decimal', path: ['fees', 'standardEurPerHour'], label: () => msg('Gebühr in Euro pro Stunde', { id: 'records.room.fee' }), hint: () => msg('0 heißt kostenlos. Ermäßigungen für bestimmte Gruppen bleiben, wie sie sind.', { id: 'records.room.fee.hint' }), error: () => msg('Geben Sie die Gebühr als Zahl ab 0 an, etwa 12,50.', { id: 'records.room.fee.error' }) },
    ],
  },
  {
    title: () => msg('Schließzeiten und Fotos', { id: 'records.room.group.closures' }),
    fields: [
      { kind: 'editor', path: ['closures'], label: () => msg('Schließzeiten', { id: 'records.room.closures' }), render: closuresEditor(['closures']), summarize: summarizeClosures, error: () => msg('Geben Sie jede Schließzeit mit zwei Daten wie 24.12.2027 an; „bis“ liegt nicht vor „von“.', { id: 'records.room.closures.error' }) },
      { kind: 'editor', path: ['photos'], label: () => msg('Fotos', { id: 'records.room.photos' }), render: photosEditor(['photos']), summarize: summarizePhotos, error: () => msg('Geben Sie jede Fotoadresse mit https:// an und beschreiben Sie jedes Foto auf Deutsch.', { id: 'records.room.photos.error' }) },
    ],
  },
  {
    title: () => msg('Kontakt', { id: 'records.org.group.contact' }),
    fields: [
      { kind: 'text', path: ['contactOffice', 'name'], label: () => msg('Zuständige Stelle', { id: 'records.room.contact' }), error: () => msg('Geben Sie die zuständige Stelle an.', { id: 'records.room.contact.error' }) },
      { kind: 'email', path: ['contactOffice', 'email'], optional: true, label: () => msg('E-Mail-Adresse', { id: 'records.org.email' }), error: () => msg('Geben Sie die E-Mail-Adresse in der Form name@beispiel.de an.', { id: 'records.org.email.error' }) },
      { kind: 'tel', path: ['contactOffice', 'phone'], optional: true, label: () => msg('Telefon', { id: 'records.org.phone' }), error: () => msg('Geben Sie die Telefonnummer mit Ziffern an, etwa +49 2421 123456.', { id: 'records.room.phone.error' }) },
    ],
  },
];

/** Before saving: what the API leaves out rather than taking empty (no attendee limit, no contact e-mail or phone). */
export function finalizeRoom(data: RecordData): RecordData {
  const policy = { ...((data.bookingPolicy as Record<string, unknown> | undefined) ?? {}) };
  if (policy.maxAttendees === null || policy.maxAttendees === undefined) delete policy.maxAttendees;
  const contact = { ...((data.contactOffice as Record<string, unknown> | undefined) ?? {}) };
  for (const key of ['email', 'phone']) if (typeof contact[key] !== 'string' || !(contact[key] as string).trim()) delete contact[key];
  return { ...data, bookingPolicy: policy, contactOffice: contact };
}
