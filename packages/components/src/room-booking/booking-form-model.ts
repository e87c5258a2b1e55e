/**
 * The booking request form as data: its values, the checks made before
 * sending (messages repeat the field's label, GOV.UK style), the request body
 * and the server's answers mapped back onto the fields.
 */
import { msg } from '@lit/localize';
import type { FieldError } from '@teilhabe/sdk';
import type { RuleViolation } from './booking-api.js';
import type { BookingRequestInput, Room, RoomSummary } from './booking-api.js';
import { addDays, formatDateFull, localDatePart, localTimePart, minutesOf, zonedIso, type LocalDate } from '../shared/dates.js';
import type { SearchValues } from './room-search.js';
import { parseTypedNumber } from '../shared/typed-number.js';
import { plural } from '../shared/plural.js';

export type Repeat = 'none' | 'weekly' | 'biweekly';

export interface BookingFormValues {
  date: string;
  start: string;
  end: string;
  repeat: Repeat;
  until: string;
  organizationName: string;
  applicantKind: string;
  name: string;
  email: string;
  phone: string;
  purpose: string;
  attendees: string;
  isPublic: '' | 'yes' | 'no';
  acceptHouseRules: boolean;
  /** Dates of a series left out (after a conflict). */
  excludeDates: string[];
}

/** The fields, in the order of the form (and of the error summary). */
export const FIELDS = ['date', 'start', 'end', 'repeat', 'until', 'organizationName', 'applicantKind', 'name', 'email', 'phone', 'purpose', 'attendees', 'isPublic', 'acceptHouseRules'] as const;
export type FieldName = (typeof FIELDS)[number];
export type FieldErrors = Partial<Record<FieldName, string>>;

export function emptyForm(): BookingFormValues {
  return {
    date: '',
    start: '',
    end: '',
    repeat: 'none',
    until: '',
    organizationName: '',
    applicantKind: '',
    name: '',
    email: '',
    phone: '',
    purpose: '',
    attendees: '',
    isPublic: '',
    acceptHouseRules: false,
    excludeDates: [],
  };
}

/** The visible label of each field (the error summary and messages repeat it). */
export function fieldLabel(field: FieldName): string {
  switch (field) {
    case 'date':
      return msg('Datum', { id: 'rb.field.date' });
    case 'start':
      return msg('Beginn', { id: 'rb.field.start' });
    case 'end':
      return msg('Ende', { id: 'rb.field.end' });
    case 'repeat':
      return msg('Wie oft?', { id: 'rb.field.repeat' });
    case 'until':
      return msg('Letzter Termin der Serie', { id: 'rb.field.until' });
    case 'organizationName':
      return msg('Name der Organisation', { id: 'rb.field.organization' });
    case 'applicantKind':
      return msg('Art der Organisation', { id: 'rb.field.applicant-kind' });
    case 'name':
      return msg('Ihr Name', { id: 'rb.field.name' });
    case 'email':
      return msg('E-Mail-Adresse', { id: 'rb.field.email' });
    case 'phone':
      return msg('Telefonnummer', { id: 'rb.field.phone' });
    case 'purpose':
      return msg('Wofür brauchen Sie den Raum?', { id: 'rb.field.purpose' });
    case 'attendees':
      return msg('Wie viele Personen kommen ungefähr?', { id: 'rb.field.attendees' });
    case 'isPublic':
      return msg('Ist die Veranstaltung öffentlich?', { id: 'rb.field.public' });
    case 'acceptHouseRules':
      return msg('Hausordnung', { id: 'rb.field.house-rules' });
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()/-]{3,40}$/;

type RoomRules = Pick<RoomSummary, 'capacity' | 'bookingPolicy'>;

export const maxAttendeesOf = (room: RoomRules) => Math.min(room.bookingPolicy.maxAttendees ?? room.capacity, room.capacity);

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The checks made before sending; the server checks again. */
export function validateBooking(values: BookingFormValues, room: RoomRules, today: LocalDate, locale: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.date) errors.date = msg('Geben Sie das Datum an.', { id: 'rb.error.date-missing' });
  else if (values.date < today) errors.date = msg('Das Datum muss heute oder später sein.', { id: 'rb.error.date-past' });
  if (!values.start) errors.start = msg('Geben Sie die Uhrzeit für den Beginn an.', { id: 'rb.error.start-missing' });
  if (!values.end) errors.end = msg('Geben Sie die Uhrzeit für das Ende an.', { id: 'rb.error.end-missing' });
  else if (values.start && minutesOf(values.end) <= minutesOf(values.start)) {
    errors.end = msg('Das Ende muss nach dem Beginn liegen.', { id: 'rb.error.end-before-start' });
  } else if (values.start && minutesOf(values.end) - minutesOf(values.start) > room.bookingPolicy.maxDurationMinutes) {
    errors.end = maxDurationMessage(room, locale);
  }
  if (values.repeat !== 'none') {
    if (!values.until) errors.until = msg('Geben Sie das Datum des letzten Termins der Serie an.', { id: 'rb.error.until-missing' });
    else if (values.date && values.until <= values.date) errors.until = msg('Der letzte Termin der Serie muss nach dem ersten liegen.', { id: 'rb.error.until-before' });
  }
  if (values.name.trim().length < 2) errors.name = msg('Geben Sie Ihren Namen an.', { id: 'rb.error.name' });
  if (!values.email.trim()) errors.email = msg('Geben Sie Ihre E-Mail-Adresse an.', { id: 'rb.error.email-missing' });
  else if (!EMAIL.test(values.email.trim())) errors.email = emailFormatMessage();
  if (values.phone.trim() && !PHONE.test(values.phone.trim())) errors.phone = phoneFormatMessage();
  if (values.purpose.trim().length < 3) errors.purpose = msg('Geben Sie an, wofür Sie den Raum brauchen.', { id: 'rb.error.purpose' });
  const attendees = attendeesOf(values, locale);
  if (attendees === undefined || attendees < 1) {
    errors.attendees = msg('Geben Sie an, wie viele Personen ungefähr kommen, als ganze Zahl.', { id: 'rb.error.attendees' });
  } else if (attendees > maxAttendeesOf(room)) {
    errors.attendees = maxAttendeesMessage(room, locale);
  }
  if (!values.isPublic) errors.isPublic = msg('Geben Sie an, ob die Veranstaltung öffentlich ist.', { id: 'rb.error.public' });
  if (!values.acceptHouseRules) errors.acceptHouseRules = msg('Bestätigen Sie, dass Sie die Hausordnung einhalten.', { id: 'rb.error.house-rules' });
  return errors;
}

const emailFormatMessage = () => msg('Geben Sie die E-Mail-Adresse in der richtigen Form an, zum Beispiel name@beispiel.de.', { id: 'rb.error.email-format' });
const phoneFormatMessage = () => msg('Geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) / - an.', { id: 'rb.error.phone-format' });
const maxDurationMessage = (room: RoomRules, locale: string) => {
  return plural(hours(room.bookingPolicy.maxDurationMinutes), locale, msg('one {Eine Buchung darf höchstens # Stunde dauern.} other {Eine Buchung darf höchstens # Stunden dauern.}', { id: 'rb.error.max-duration-hours' }));
};
const maxAttendeesMessage = (room: RoomRules, locale: string) => {
  return plural(maxAttendeesOf(room), locale, msg('one {Der Raum hat Platz für höchstens # Person.} other {Der Raum hat Platz für höchstens # Personen.}', { id: 'rb.form.attendees-max' }));
};

/** The number of people typed into the form, as the reader writes numbers; undefined when it is not a whole number. */
export function attendeesOf(values: Pick<BookingFormValues, 'attendees'>, locale: string): number | undefined {
  return parseTypedNumber(values.attendees, locale, { integer: true });
}

/** The request body for the form's values. */
export function toBookingInput(values: BookingFormValues, room: Pick<Room, 'id'>, timeZone: string, organizationId: string | undefined, locale: string): BookingRequestInput {
  const requester: BookingRequestInput['requester'] = { name: values.name.trim(), email: values.email.trim() };
  if (organizationId) requester.organizationId = organizationId;
  if (values.organizationName.trim()) requester.organizationName = values.organizationName.trim();
  if (values.applicantKind) requester.applicantKind = values.applicantKind;
  if (values.phone.trim()) requester.phone = values.phone.trim();
  const input: BookingRequestInput = {
    roomId: room.id,
    start: zonedIso(values.date, values.start, timeZone),
    end: zonedIso(values.date, values.end, timeZone),
    purpose: values.purpose.trim(),
    expectedAttendees: attendeesOf(values, locale) ?? 0,
    requester,
    isPublic: values.isPublic === 'yes',
    acceptHouseRules: true,
  };
  if (values.repeat !== 'none') input.recurrence = { frequency: values.repeat, until: values.until };
  if (values.repeat !== 'none' && values.excludeDates.length > 0) input.excludeDates = [...values.excludeDates];
  return input;
}

/** Where a server path lands in the form. */
const PATH_FIELDS: Record<string, FieldName> = {
  start: 'date',
  end: 'end',
  'recurrence.until': 'until',
  'recurrence.frequency': 'repeat',
  excludeDates: 'until',
  purpose: 'purpose',
  expectedAttendees: 'attendees',
  isPublic: 'isPublic',
  acceptHouseRules: 'acceptHouseRules',
  'requester.name': 'name',
  'requester.email': 'email',
  'requester.phone': 'phone',
  'requester.organizationName': 'organizationName',
  'requester.applicantKind': 'applicantKind',
};

/** A rule of the room, explained in the reader's language. */
function ruleMessage(code: string, room: RoomRules, locale: string): string | undefined {
  const policy = room.bookingPolicy;
  switch (code) {
    case 'min-notice':
      return plural(policy.minNoticeHours, locale, msg('one {Fragen Sie mindestens # Stunde vor dem Termin an.} other {Fragen Sie mindestens # Stunden vor dem Termin an.}', { id: 'rb.rule.min-notice-hours' }));
    case 'max-advance':
      return plural(policy.maxAdvanceDays, locale, msg('one {Sie können höchstens # Tag im Voraus anfragen.} other {Sie können höchstens # Tage im Voraus anfragen.}', { id: 'rb.rule.max-advance-days' }));
    case 'max-duration':
      return maxDurationMessage(room, locale);
    case 'opening-hours':
      return msg('Die Zeit liegt außerhalb der Öffnungszeiten. Wählen Sie eine Zeit, in der der Raum geöffnet ist.', { id: 'rb.rule.opening-hours' });
    case 'closure':
      return msg('Der Raum ist an diesem Tag geschlossen. Wählen Sie einen anderen Tag.', { id: 'rb.rule.closure' });
    case 'max-attendees':
      return maxAttendeesMessage(room, locale);
    case 'too_many':
      return msg('Die Serie hat zu viele Termine. Wählen Sie einen früheren letzten Termin.', { id: 'rb.rule.too-many' });
    case 'all_excluded':
      return msg('Alle Termine der Serie sind weggelassen. Wählen Sie andere Termine.', { id: 'rb.rule.all-excluded' });
    default:
      return undefined;
  }
}

/** The message for a field the server refused, in the reader's language. */
function fieldMessage(field: FieldName): string | undefined {
  switch (field) {
    case 'email':
      return emailFormatMessage();
    case 'phone':
      return phoneFormatMessage();
    case 'name':
      return msg('Geben Sie Ihren Namen an.', { id: 'rb.error.name' });
    case 'purpose':
      return msg('Geben Sie an, wofür Sie den Raum brauchen.', { id: 'rb.error.purpose' });
    case 'end':
      return msg('Das Ende muss nach dem Beginn liegen.', { id: 'rb.error.end-before-start' });
    case 'acceptHouseRules':
      return msg('Bestätigen Sie, dass Sie die Hausordnung einhalten.', { id: 'rb.error.house-rules' });
    default:
      return undefined;
  }
}

/**
 * A 400 (validation) or 422 (rules) answer as field errors. Rule errors of a
 * series name the date they concern. Fields the form does not know keep the
 * server's English message rather than vanish.
 */
export function serverFieldErrors(invalid: { fieldErrors: readonly FieldError[]; violations: readonly RuleViolation[] }, room: RoomRules, locale: string): FieldErrors {
  const errors: FieldErrors = {};
  const { violations } = invalid;
  invalid.fieldErrors.forEach((fieldError, index) => {
    const code = fieldError.code ?? '';
    let field = PATH_FIELDS[fieldError.path] ?? 'date';
    if (code === 'opening-hours') field = 'start';
    const text = ruleMessage(code, room, locale) ?? fieldMessage(field) ?? fieldError.message;
    const date = violations[index]?.date;
    const withDate = date ? `${formatDateFull(date, locale)}: ${text}` : text;
    errors[field] = errors[field] ? `${errors[field]} ${withDate}` : withDate;
  });
  return errors;
}

/** The form after a change: new dates or a new rule make the dates left out of a series meaningless. */
export function withFormChange(form: BookingFormValues, patch: Partial<BookingFormValues>): BookingFormValues {
  const datesChanged = 'date' in patch || 'start' in patch || 'end' in patch || 'repeat' in patch || 'until' in patch;
  return { ...form, ...patch, ...(datesChanged && !('excludeDates' in patch) ? { excludeDates: [] } : {}) };
}

/**
 * The form for a room opened from the search: what was searched for (date,
 * times, people, kind of organisation) fills what is still empty. Another
 * room's house rules must be accepted again.
 */
export function formFromSearch(form: BookingFormValues, search: SearchValues, sameRoom: boolean): BookingFormValues {
  const patch: Partial<BookingFormValues> = {};
  if (search.dateFrom && !form.date) patch.date = search.dateFrom;
  if (search.timeFrom && !form.start) patch.start = search.timeFrom;
  if (search.timeTo && !form.end) patch.end = search.timeTo;
  if (search.people && !form.attendees) patch.attendees = search.people;
  if (search.applicantKind && !form.applicantKind) patch.applicantKind = search.applicantKind;
  return { ...form, ...patch, acceptHouseRules: sameRoom ? form.acceptHouseRules : false };
}

/** The form for one more request after a sent one: who asks stays, what was asked for goes. */
export function formForAnotherRequest(form: BookingFormValues): BookingFormValues {
  return { ...emptyForm(), name: form.name, email: form.email, phone: form.phone, organizationName: form.organizationName, applicantKind: form.applicantKind };
}

/** The number of dates of the series in the form (for "2 of 6 dates are taken"). */
export function seriesLength({ date, until, repeat, excludeDates }: BookingFormValues): number {
  if (repeat === 'none' || !date || !until) return 1;
  const step = repeat === 'weekly' ? 7 : 14;
  let count = 0;
  for (let day = date; day <= until; day = addDays(day, step)) if (!excludeDates.includes(day)) count++;
  return count;
}

/**
 * The form at an alternative the server offered for a taken time: its date
 * and times, a single date again. Another room has other house rules: they
 * must be read and accepted again.
 */
export function formAtAlternative(form: BookingFormValues, alternative: { start: string; end: string }, otherRoom: boolean): BookingFormValues {
  const at = { date: localDatePart(alternative.start), start: localTimePart(alternative.start), end: localTimePart(alternative.end), excludeDates: [] };
  return { ...form, ...at, ...(otherRoom ? { acceptHouseRules: false } : {}) };
}
