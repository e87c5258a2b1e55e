/** The words of the entry page behind the "Ist Ihr Eintrag noch aktuell?" link. */
import type { Locale } from '@teilhabe/contract';

export interface EntryPageText {
  title: string;
  intro: string;
  fields: { name: string; shortDescription: string; description: string; street: string; postalCode: string; city: string; website: string; email: string; phone: string; officeHoursNote: string };
  empty: string;
  confirmHeading: string;
  confirmHint: string;
  confirm: string;
  proposeHeading: string;
  proposeHint: string;
  propose: string;
  confirmed: string;
  proposed: string;
  gone: string;
  goneHint: string;
  errorSummary: string;
  errors: { name: string; shortDescription: string; address: string; postalCode: string; website: string; email: string; phone: string };
}

const de: EntryPageText = {
  title: 'Ist Ihr Eintrag noch aktuell?',
  intro: 'So steht „{name}“ im Verzeichnis. Stimmt alles, bestätigen Sie den Eintrag. Hat sich etwas geändert, tragen Sie es unten ein: Das Büro prüft Ihre Änderungen und veröffentlicht sie dann.',
  fields: {
    name: 'Name',
    shortDescription: 'Kurzbeschreibung',
    description: 'Beschreibung',
    street: 'Straße und Hausnummer',
    postalCode: 'Postleitzahl',
    city: 'Ort',
    website: 'Webseite',
    email: 'E-Mail-Adresse',
    phone: 'Telefon',
    officeHoursNote: 'Hinweis zu den Sprechzeiten',
  },
  empty: '(keine Angabe)',
  confirmHeading: 'Alles stimmt',
  confirmHint: 'Der Eintrag bleibt, wie er ist, und gilt als geprüft.',
  confirm: 'Eintrag ist aktuell',
  proposeHeading: 'Etwas hat sich geändert',
  proposeHint: 'Ändern Sie, was nicht mehr stimmt. Leere Felder ohne Angabe sind freiwillig.',
  propose: 'Änderungen vorschlagen',
  confirmed: 'Danke. Der Eintrag ist bestätigt.',
  proposed: 'Danke. Das Büro prüft Ihre Änderungen und schreibt Ihnen, sobald es entschieden hat.',
  gone: 'Dieser Link gilt nicht mehr',
  goneHint: 'Er ist abgelaufen oder wurde schon benutzt. Wenden Sie sich an {tenant}, wenn Sie Ihren Eintrag ändern möchten.',
  errorSummary: 'Es gibt ein Problem',
  errors: {
    name: 'Geben Sie den Namen an',
    shortDescription: 'Geben Sie eine Kurzbeschreibung an',
    address: 'Geben Sie Straße, Postleitzahl und Ort an oder lassen Sie alle drei leer',
    postalCode: 'Geben Sie die Postleitzahl mit fünf Ziffern an',
    website: 'Geben Sie die Webseite mit https:// an',
    email: 'Geben Sie die E-Mail-Adresse in der Form name@beispiel.de an',
    phone: 'Geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) / - an',
  },
};

const en: EntryPageText = {
  title: 'Is your entry still up to date?',
  intro: 'This is how “{name}” appears in the directory. If everything is right, confirm the entry. If something has changed, enter it below: the office reviews your changes and then publishes them.',
  fields: {
    name: 'Name',
    shortDescription: 'Short description',
    description: 'Description',
    street: 'Street and number',
    postalCode: 'Postcode',
    city: 'Town',
    website: 'Website',
    email: 'Email address',
    phone: 'Phone',
    officeHoursNote: 'Note on office hours',
  },
  empty: '(not given)',
  confirmHeading: 'Everything is right',
  confirmHint: 'The entry stays as it is and counts as checked.',
  confirm: 'The entry is up to date',
  proposeHeading: 'Something has changed',
  proposeHint: 'Change what is no longer right. Empty fields are optional.',
  propose: 'Propose changes',
  confirmed: 'Thank you. The entry is confirmed.',
  proposed: 'Thank you. The office reviews your changes and writes to you once it has decided.',
  gone: 'This link no longer works',
  goneHint: 'It has expired or was used already. Contact {tenant} if you want to change your entry.',
  errorSummary: 'There is a problem',
  errors: {
    name: 'Enter the name',
    shortDescription: 'Enter a short description',
    address: 'Enter street, postcode and town, or leave all three empty',
    postalCode: 'Enter the postcode with five digits',
    website: 'Enter the website starting with https://',
    email: 'Enter the email address like name@example.org',
    phone: 'Enter the phone number with digits, spaces and + ( ) / - only',
  },
};

/** German and English so far; the other UI locales read the German page. */
export const ENTRY_PAGE_TEXT: Partial<Record<Locale, EntryPageText>> & { de: EntryPageText } = { de, en };
export const entryPageText = (locale: Locale) => ENTRY_PAGE_TEXT[locale] ?? de;
