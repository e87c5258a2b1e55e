/** The words of the mails to the office. Staff work in German, the tenant's working language. */
export const OFFICE_MAIL_TEXTS = {
  newRequest: {
    subject: 'Neue Raumanfrage: {room}, {date}',
    body: 'Eine neue Anfrage wartet auf Ihre Entscheidung.',
  },
  newBooking: {
    subject: 'Neue Buchung: {room}, {date}',
    body: 'Der Raum braucht keine Zusage; die Buchung gilt schon. Zur Information:',
  },
  digest: {
    subject: '{count} Raumanfragen warten seit mehr als {days} Tagen',
    body: 'Diese Anfragen warten seit mehr als {days} Tagen auf eine Entscheidung:',
    item: '{room}: {date} (angefragt am {requested})',
  },
  facts: { room: 'Raum', dates: 'Termine', purpose: 'Zweck', people: 'Erwartete Personen', requester: 'Anfragende Person', language: 'Sprache der Anfrage' },
  openInApp: 'In der Büro-Anwendung:',
  openQueue: 'Alle Anfragen in der Büro-Anwendung:',
  footer: 'Diese E-Mail hat der Teilhabe-Kit-Server automatisch verschickt.',
};
