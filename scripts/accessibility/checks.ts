/**
 * What the tests measure about each widget's accessibility, and what they do
 * not yet show: the data of the draft accessibility statement
 * (`npm run accessibility-statement`). Every check names the test that proves
 * it (`tests/accessibility/statement.test.ts` fails when that test is gone),
 * and `tests/components/a11y/statement-checks.test.ts` runs axe over every
 * widget in the languages the axe check names. A check belongs here only when
 * a test asserts it; what no test shows goes to the known limitations.
 */

export type WidgetTag = 'tk-mo-directory' | 'tk-event-calendar' | 'tk-room-booking' | 'tk-funding-finder' | 'tk-submit';

export interface Widget {
  tag: WidgetTag;
  /** The German name a municipality's page uses for it. */
  name: string;
}

export const WIDGETS: readonly Widget[] = [
  { tag: 'tk-mo-directory', name: 'Verzeichnis der Migrantenorganisationen' },
  { tag: 'tk-event-calendar', name: 'Veranstaltungskalender' },
  { tag: 'tk-room-booking', name: 'Raumbuchung' },
  { tag: 'tk-funding-finder', name: 'Förderfinder' },
  { tag: 'tk-submit', name: 'Vorschläge einreichen' },
];

/** A test that proves a check: its file and (part of) its title. */
export interface Evidence {
  file: string;
  test: string;
}

export interface Check {
  id: string;
  /** The WCAG 2.2 success criteria it covers (BITV 2.0 through EN 301 549). */
  wcag: readonly string[];
  /** What was checked, in German, for the statement. */
  text: string;
  /** The proof per widget; a widget without an entry is not covered by this check. */
  evidence: Partial<Record<WidgetTag, Evidence>>;
}

/** The languages the axe check of `statement-checks.test.ts` renders every widget in. */
export const AXE_LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'] as const;

export const CHECKS: readonly Check[] = [
  {
    id: 'axe-states',
    wcag: ['1.1.1', '1.3.1', '1.4.3', '2.4.4', '3.3.2', '4.1.2'],
    text: 'Automatische Prüfung mit axe-core (Regeln für WCAG 2.2 A und AA) in jedem dokumentierten Zustand (Laden, Ergebnisse, leer, Fehler, offline, Formular mit Fehlern), auf Deutsch, Englisch und Arabisch, im Standard- und im KERN-Design: keine Verstöße',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/states.test.ts', test: 'every directory story passes axe' },
      'tk-event-calendar': { file: 'tests/components/event-calendar/stories.test.ts', test: 'every calendar story passes axe' },
      'tk-room-booking': { file: 'tests/components/room-booking/stories.test.ts', test: 'every room-booking story passes axe' },
      'tk-funding-finder': { file: 'tests/components/funding-finder/stories.test.ts', test: 'every funding finder story passes axe' },
      'tk-submit': { file: 'tests/components/submit/submit.test.ts', test: 'is accessible empty, with errors, and after sending' },
    },
  },
  {
    id: 'axe-languages',
    wcag: ['1.3.1', '3.1.1', '4.1.2'],
    text: 'Automatische Prüfung mit axe-core in allen sieben Sprachen der Oberfläche (Deutsch, Englisch, Türkisch, Arabisch, Ukrainisch, Russisch, Persisch): keine Verstöße',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/a11y/statement-checks.test.ts', test: 'passes axe in every UI language' },
      'tk-event-calendar': { file: 'tests/components/a11y/statement-checks.test.ts', test: 'passes axe in every UI language' },
      'tk-room-booking': { file: 'tests/components/a11y/statement-checks.test.ts', test: 'passes axe in every UI language' },
      'tk-funding-finder': { file: 'tests/components/a11y/statement-checks.test.ts', test: 'passes axe in every UI language' },
    },
  },
  {
    id: 'keyboard-path',
    wcag: ['2.1.1', '2.1.2', '2.4.3', '2.4.7'],
    text: 'Die Hauptaufgabe lässt sich vollständig mit der Tastatur erledigen (echte Tastendrücke, ohne Maus), der Fokus ist sichtbar und folgt einer sinnvollen Reihenfolge',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/keyboard.test.ts', test: 'finds an organisation, opens it, reaches a contact link and closes the dialog with Escape' },
      'tk-event-calendar': { file: 'tests/components/event-calendar/keyboard.test.ts', test: 'walks the grid, opens a day and an event, and returns with Escape' },
      'tk-room-booking': { file: 'tests/components/room-booking/keyboard.test.ts', test: 'finds an evening room and sends a valid request' },
      'tk-funding-finder': { file: 'tests/components/funding-finder/keyboard.test.ts', test: 'completes the questionnaire and opens a result' },
      'tk-submit': { file: 'tests/components/submit/submit.test.ts', test: 'is filled and sent with the keyboard only' },
    },
  },
  {
    id: 'dialog-focus',
    wcag: ['2.1.2', '2.4.3'],
    text: 'Im geöffneten Detail-Dialog bleibt der Fokus im Dialog; Escape schließt ihn und der Fokus kehrt zurück',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/keyboard.test.ts', test: 'keeps Tab inside the open dialog' },
    },
  },
  {
    id: 'error-summary',
    wcag: ['3.3.1', '3.3.3', '2.4.3'],
    text: 'Ein Formular mit Fehlern zeigt eine Fehlerübersicht, die den Fokus erhält und zu den Feldern führt; Eingaben bleiben erhalten',
    evidence: {
      'tk-room-booking': { file: 'tests/components/room-booking/keyboard.test.ts', test: 'sent empty: the error summary takes focus and links to the fields; nothing is cleared' },
      'tk-submit': { file: 'tests/components/submit/submit.test.ts', test: 'the error summary takes focus and names each field' },
    },
  },
  {
    id: 'reflow',
    wcag: ['1.4.10'],
    text: 'Bei 320 CSS-Pixeln Breite scrollt kein Zustand waagerecht (Umbruch statt Querscrollen)',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/a11y/reflow.test.ts', test: 'reflow at 320 CSS px: no state of any widget scrolls horizontally' },
      'tk-event-calendar': { file: 'tests/components/a11y/reflow.test.ts', test: 'reflow at 320 CSS px: no state of any widget scrolls horizontally' },
      'tk-room-booking': { file: 'tests/components/a11y/reflow.test.ts', test: 'reflow at 320 CSS px: no state of any widget scrolls horizontally' },
      'tk-funding-finder': { file: 'tests/components/a11y/reflow.test.ts', test: 'reflow at 320 CSS px: no state of any widget scrolls horizontally' },
    },
  },
  {
    id: 'language-of-parts',
    wcag: ['3.1.1', '3.1.2'],
    text: 'Die Sprache der Oberfläche und jedes Textes in einer anderen Sprache ist ausgezeichnet (`lang` und Schreibrichtung); Namen sind von der Schreibrichtung der Umgebung getrennt',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/a11y/language-of-parts.test.ts', test: 'language of parts: fallback texts carry lang and dir' },
      'tk-event-calendar': { file: 'tests/components/a11y/language-of-parts.test.ts', test: 'language of parts: fallback texts carry lang and dir' },
      'tk-room-booking': { file: 'tests/components/a11y/language-of-parts.test.ts', test: 'language of parts: fallback texts carry lang and dir' },
      'tk-funding-finder': { file: 'tests/components/a11y/language-of-parts.test.ts', test: 'language of parts: fallback texts carry lang and dir' },
    },
  },
  {
    id: 'right-to-left',
    wcag: ['1.3.2', '3.1.1'],
    text: 'Auf Arabisch und Persisch läuft die Oberfläche von rechts nach links; die Sprache folgt dem `lang` der Seite, auch wenn es sich ändert',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/baseline-suite.ts', test: 'turns right to left in Arabic' },
      'tk-event-calendar': { file: 'tests/components/baseline-suite.ts', test: 'turns right to left in Arabic' },
      'tk-room-booking': { file: 'tests/components/baseline-suite.ts', test: 'turns right to left in Arabic' },
      'tk-funding-finder': { file: 'tests/components/baseline-suite.ts', test: 'turns right to left in Arabic' },
      'tk-submit': { file: 'tests/components/submit/submit.test.ts', test: 'right to left in Arabic, accessible' },
    },
  },
  {
    id: 'headings',
    wcag: ['1.3.1', '2.4.6'],
    text: 'Die Überschriften folgen der Ebene, die die einbettende Seite setzt (`heading-level` 2 bis 5), ohne übersprungene Ebenen',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/a11y/heading-levels.test.ts', test: 'headings are relative to heading-level, without skipped levels' },
      'tk-event-calendar': { file: 'tests/components/a11y/heading-levels.test.ts', test: 'headings are relative to heading-level, without skipped levels' },
      'tk-room-booking': { file: 'tests/components/a11y/heading-levels.test.ts', test: 'headings are relative to heading-level, without skipped levels' },
      'tk-funding-finder': { file: 'tests/components/a11y/heading-levels.test.ts', test: 'headings are relative to heading-level, without skipped levels' },
    },
  },
  {
    id: 'status-messages',
    wcag: ['3.3.1', '4.1.3'],
    text: 'Wenn Daten nicht geladen werden können oder das Netz fehlt, erscheint eine Meldung in der Sprache der Oberfläche mit „Erneut versuchen“, die wirkt',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/baseline-suite.ts', test: 'shows a message, and its retry recovers' },
      'tk-event-calendar': { file: 'tests/components/baseline-suite.ts', test: 'shows a message, and its retry recovers' },
      'tk-room-booking': { file: 'tests/components/baseline-suite.ts', test: 'shows a message, and its retry recovers' },
      'tk-funding-finder': { file: 'tests/components/baseline-suite.ts', test: 'shows a message, and its retry recovers' },
      'tk-submit': { file: 'tests/components/submit/submit.test.ts', test: 'keeps everything typed when the network fails, and sends on the retry' },
    },
  },
  {
    id: 'typed-numbers',
    wcag: ['3.3.1', '3.3.2'],
    text: 'Zahlen werden so angenommen, wie Menschen sie in ihrer Sprache schreiben (arabische und persische Ziffern, Tausender- und Dezimalzeichen der Sprache)',
    evidence: {
      'tk-room-booking': { file: 'tests/components/typed-numbers.test.ts', test: 'room booking in' },
      'tk-funding-finder': { file: 'tests/components/typed-numbers.test.ts', test: 'funding finder in' },
    },
  },
  {
    id: 'plurals',
    wcag: ['3.1.5'],
    text: 'Anzahlen stehen in der richtigen Pluralform jeder Sprache (zum Beispiel sechs Formen im Arabischen)',
    evidence: {
      'tk-event-calendar': { file: 'tests/components/plurals.test.ts', test: 'each take their own form' },
      'tk-room-booking': { file: 'tests/components/plurals.test.ts', test: 'each take their own form' },
    },
  },
  {
    id: 'forced-colors',
    wcag: ['1.4.1', '1.4.11'],
    text: 'Im Modus erzwungener Farben (Windows-Kontrastdesign) bleiben gedrückte Schalter und die Legende der Belegung unterscheidbar',
    evidence: {
      'tk-event-calendar': { file: 'tests/components/a11y/forced-colors.test.ts', test: 'the pressed Monat/Woche/Liste button differs from the others' },
      'tk-room-booking': { file: 'tests/components/a11y/forced-colors.test.ts', test: 'the five legend swatches stay distinct' },
      'tk-funding-finder': { file: 'tests/components/a11y/forced-colors.test.ts', test: 'the chosen mode differs from the other' },
    },
  },
  {
    id: 'target-size',
    wcag: ['2.5.8'],
    text: 'Jedes Bedienelement (Kontrollkästchen, Optionsfelder, freie Zeiten) ist mindestens 44 × 44 Pixel groß',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/a11y/target-size.test.ts', test: 'the directory filter checkboxes' },
      'tk-room-booking': { file: 'tests/components/a11y/target-size.test.ts', test: 'room booking: the form choices and every free time of the week' },
      'tk-funding-finder': { file: 'tests/components/a11y/target-size.test.ts', test: 'the funding questionnaire radios and the list filters' },
    },
  },
  {
    id: 'narrow-container',
    wcag: ['1.4.10'],
    text: 'In einer 300 Pixel schmalen Spalte scrollt nichts seitlich, und lange Listen zeigen einen Teil und „Weitere anzeigen“',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/a11y/narrow-container.test.ts', test: 'the directory draws eight cards at a time' },
      'tk-event-calendar': { file: 'tests/components/a11y/narrow-container.test.ts', test: 'the calendar lists a month ten events at a time' },
      'tk-room-booking': { file: 'tests/components/a11y/narrow-container.test.ts', test: 'room booking draws three rooms at a time' },
    },
  },
  {
    id: 'rtl-arrow-keys',
    wcag: ['2.1.1', '1.3.2'],
    text: 'In Arabisch und Persisch (von rechts nach links) folgen die Pfeiltasten im Monatsraster und im Wochenraster der Leserichtung',
    evidence: {
      'tk-event-calendar': { file: 'tests/components/a11y/rtl-arrow-keys.test.ts', test: 'the month grid in' },
      'tk-room-booking': { file: 'tests/components/a11y/rtl-arrow-keys.test.ts', test: 'the week grid of a room in' },
    },
  },
  {
    id: 'language-names',
    wcag: ['3.1.2', '4.1.2'],
    text: 'Sprachen erscheinen mit ihrem Namen in der Sprache der Oberfläche, nie als Kürzel; zugängliche Namen aus Oberfläche und deutschem Titel zeichnen den deutschen Teil aus',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/a11y/language-labels.test.ts', test: 'the directory in ar names ff in the filter and on the card' },
      'tk-funding-finder': { file: 'tests/components/a11y/mixed-language-names.test.ts', test: 'the criteria lists of the funding results in' },
    },
  },
  {
    id: 'persian-dates',
    wcag: ['3.1.5'],
    text: 'Auf Persisch stehen Daten im gregorianischen Kalender (an dem die Termine in Deutschland stattfinden), mit persischen Monatsnamen und Ziffern',
    evidence: {
      'tk-mo-directory': { file: 'tests/components/a11y/persian-dates.test.ts', test: 'fa writes Gregorian dates with Persian month names and digits' },
      'tk-event-calendar': { file: 'tests/components/a11y/persian-dates.test.ts', test: 'fa writes Gregorian dates with Persian month names and digits' },
      'tk-room-booking': { file: 'tests/components/a11y/persian-dates.test.ts', test: 'fa writes Gregorian dates with Persian month names and digits' },
      'tk-funding-finder': { file: 'tests/components/a11y/persian-dates.test.ts', test: 'fa writes Gregorian dates with Persian month names and digits' },
    },
  },
];

export interface Limitation {
  widgets: readonly WidgetTag[];
  wcag: readonly string[];
  /** What is not accessible, in German. */
  text: string;
  /** Why, and what is planned, in German. */
  reason: string;
}

/**
 * What the tests do not show, or show to fail. Remove an entry in the change
 * that fixes it and adds its test to CHECKS.
 */
export const KNOWN_LIMITATIONS: readonly Limitation[] = [
  {
    widgets: ['tk-mo-directory', 'tk-event-calendar', 'tk-room-booking', 'tk-funding-finder', 'tk-submit'],
    wcag: ['1.3.1', '4.1.2'],
    text: 'Es gibt noch keinen Test mit Screenreadern (NVDA, JAWS, VoiceOver, TalkBack) und keinen Test mit Menschen mit Behinderungen. Automatische Prüfungen finden nur einen Teil der Barrieren.',
    reason: 'Ein Test mit Nutzerinnen und Nutzern ist geplant; bis dahin beruht die Bewertung auf automatischen Prüfungen und Tastaturtests.',
  },
  {
    widgets: ['tk-mo-directory', 'tk-event-calendar', 'tk-room-booking', 'tk-funding-finder', 'tk-submit'],
    wcag: ['3.1.5'],
    text: 'Inhalte der Organisationen und des Büros (Beschreibungen, Veranstaltungstexte, Hausordnungen, verlinkte Dokumente) liegen nicht in der Verantwortung der Software; sie sind oft nur auf Deutsch vorhanden und dann so ausgezeichnet.',
    reason: 'Inhalte Dritter; die Redaktion der Kommune prüft sie.',
  },
];
