import type { ResidentMailTexts } from './types.js';

export const de: ResidentMailTexts = {
  greeting: 'Guten Tag {name},',
  receipt: {
    subjectRequested: 'Ihre Raumanfrage ist eingegangen: {room}',
    subjectConfirmed: 'Ihre Buchung: {room}',
    requested: 'Ihre Anfrage für den Raum {room} ist bei {municipality} eingegangen. Das Büro prüft die Anfrage. Sie bekommen eine E-Mail, sobald es entschieden hat.',
    confirmed: 'Der Raum {room} ist für Sie gebucht. Die Termine finden Sie im Anhang als Kalenderdatei.',
    link: 'Mit diesem Link sehen Sie Ihre Anfrage und können sie absagen. Bewahren Sie die E-Mail auf und geben Sie den Link nicht weiter:',
  },
  decision: {
    subjectConfirmed: 'Ihre Raumanfrage ist angenommen: {room}',
    subjectDeclined: 'Ihre Raumanfrage ist abgelehnt: {room}',
    subjectPartial: 'Ihre Raumanfrage ist zum Teil angenommen: {room}',
    subjectUpdate: 'Neuigkeiten zu Ihrer Raumanfrage: {room}',
    confirmed: '{municipality} hat Ihre Anfrage angenommen. Der Raum {room} ist für Sie gebucht.',
    declined: '{municipality} kann Ihnen den Raum {room} zu dieser Zeit nicht geben.',
    partial: '{municipality} hat einen Teil Ihrer Termine angenommen. Die anderen Termine kann das Büro Ihnen nicht geben.',
    update: '{municipality} hat über einen Teil Ihrer Termine entschieden. Über die anderen Termine entscheidet das Büro noch.',
    reasonHeading: 'Begründung des Büros:',
    confirmedDates: 'Gebuchte Termine',
    declinedDates: 'Abgelehnte Termine',
    pendingDates: 'Diese Termine prüft das Büro noch',
    changed: 'Das Büro hat Ihre Anfrage vor der Zusage geändert:',
    before: 'Angefragt',
    after: 'Jetzt gebucht',
    calendarAttached: 'Die gebuchten Termine finden Sie im Anhang als Kalenderdatei.',
    searchAgain: 'Einen anderen Raum oder eine andere Zeit finden Sie hier:',
    searchAgainNoLink: 'Einen anderen Raum oder eine andere Zeit finden Sie auf der Website von {municipality}.',
    manage: 'Ihre Anfrage sehen oder absagen können Sie mit dem Link aus der ersten E-Mail, der Eingangsbestätigung.',
  },
  cancellation: {
    subject: 'Abgesagt: {room}',
    body: 'Ihre Buchung für den Raum {room} ist abgesagt. Andere können den Raum jetzt nutzen.',
  },
  reminder: {
    subject: 'Erinnerung: morgen im Raum {room}',
    body: 'Morgen haben Sie den Raum {room} gebucht.',
    cancelHint: 'Wenn Sie den Raum nicht mehr brauchen, sagen Sie die Buchung mit dem Link aus der Eingangsbestätigung ab.',
  },
  facts: { room: 'Raum', dates: 'Termine', purpose: 'Zweck', people: 'Erwartete Personen' },
  footer: {
    automatic: 'Diese E-Mail wurde automatisch verschickt. Bei Fragen antworten Sie auf diese E-Mail oder wenden Sie sich an:',
    contact: 'Kontakt',
  },
  calendarName: 'Raumbuchung',
};
