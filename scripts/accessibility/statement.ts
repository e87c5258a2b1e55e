/**
 * The draft accessibility statement (Erklärung zur Barrierefreiheit) per
 * widget, in the structure of the BITV 2.0 model statement: Stand der
 * Vereinbarkeit, nicht barrierefreie Inhalte, Erstellung der Erklärung,
 * Feedback und Kontakt, Schlichtungsverfahren. It says only what the checks
 * (scripts/accessibility/checks.ts) prove and what the known limitations and
 * the translations' review state show; what only the municipality knows
 * stays a placeholder in square brackets.
 */
import { CHECKS, KNOWN_LIMITATIONS, WIDGETS, type WidgetTag } from './checks.js';

/** Per UI language: targets in all, and how many a translator reviewed (`translated` or `final`). */
export type ReviewState = Record<string, { total: number; reviewed: number }>;

export interface StatementOptions {
  /** The date the statement is made, `YYYY-MM-DD`. */
  date: string;
  /** The version of the widgets it describes. */
  version: string;
  /** The translations' review state, from the XLIFF files. */
  reviewState: ReviewState;
  /** Only these widgets (default: all). */
  widgets?: readonly WidgetTag[];
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'Englisch', tr: 'Türkisch', ar: 'Arabisch', uk: 'Ukrainisch', ru: 'Russisch', fa: 'Persisch' };

/** The sections every widget's statement has, in the model statement's order. */
export const SECTIONS = [
  'Stand der Vereinbarkeit mit den Anforderungen',
  'Nicht barrierefreie Inhalte',
  'Erstellung dieser Erklärung',
  'Feedback und Kontaktangaben',
  'Schlichtungsverfahren',
] as const;

const criteria = (wcag: readonly string[]) => wcag.map((criterion) => `WCAG ${criterion}`).join(', ');

function germanDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

function reviewLimitation(reviewState: ReviewState): string | undefined {
  const open = Object.entries(reviewState)
    .filter(([, state]) => state.reviewed < state.total)
    .map(([language, state]) => `${LANGUAGE_NAMES[language] ?? language} ${state.total - state.reviewed} von ${state.total}`);
  if (open.length === 0) return undefined;
  return `Ein Teil der Übersetzungen der Oberfläche ist noch nicht von einer Übersetzerin oder einem Übersetzer geprüft (noch ungeprüfte Texte: ${open.join(', ')}). Die deutschen Texte gelten. (WCAG 3.1.5, Stufe AAA, und Verständlichkeit)\n  Grund: Die Übersetzungen werden nach einem Glossar je Sprache geprüft; geprüfte Texte sind in den Übersetzungsdateien markiert.`;
}

function widgetStatement(tag: WidgetTag, options: StatementOptions): string {
  const widget = WIDGETS.find((w) => w.tag === tag)!;
  const checks = CHECKS.filter((check) => check.evidence[tag]);
  const limitations = KNOWN_LIMITATIONS.filter((limitation) => limitation.widgets.includes(tag));
  const review = reviewLimitation(options.reviewState);
  const lines: string[] = [];
  lines.push(`## ${widget.name} (\`<${tag}>\`)`, '');
  lines.push(
    `[Name der Stelle] ist bemüht, ihre Website im Einklang mit den Bestimmungen des [Behindertengleichstellungsgesetzes des Landes / BGG] sowie der [Landesverordnung / Barrierefreie-Informationstechnik-Verordnung (BITV 2.0)] barrierefrei zugänglich zu machen. Diese Erklärung gilt für das eingebettete Element „${widget.name}“ (\`<${tag}>\`, Teilhabe-Kit Version ${options.version}) auf [Adresse der Seite].`,
    '',
  );

  lines.push(`### ${SECTIONS[0]}`, '');
  lines.push(
    limitations.length || review
      ? 'Das Element ist wegen der unter „Nicht barrierefreie Inhalte“ aufgeführten Einschränkungen **teilweise mit den Anforderungen vereinbar** (BITV 2.0, EN 301 549, WCAG 2.2 Stufe AA).'
      : 'Das Element ist nach den unten genannten Prüfungen **mit den Anforderungen vereinbar** (BITV 2.0, EN 301 549, WCAG 2.2 Stufe AA).',
    '',
    'Geprüft und bei jeder Änderung der Software automatisch wiederholt:',
    '',
  );
  for (const check of checks) lines.push(`- ${check.text} (${criteria(check.wcag)}).`);
  lines.push('');

  lines.push(`### ${SECTIONS[1]}`, '');
  if (!limitations.length && !review) lines.push('Es sind keine nicht barrierefreien Inhalte bekannt.');
  for (const limitation of limitations) lines.push(`- ${limitation.text} (${criteria(limitation.wcag)})`, `  Grund: ${limitation.reason}`);
  if (review) lines.push(`- ${review}`);
  lines.push('');

  lines.push(`### ${SECTIONS[2]}`, '');
  lines.push(
    `Diese Erklärung wurde am ${germanDate(options.date)} erstellt. Sie beruht auf einer Selbstbewertung: den automatischen Prüfungen und Tastaturtests des Teilhabe-Kits in einem echten Browser (Chromium) mit axe-core, die oben aufgeführt sind, und der Liste der bekannten Einschränkungen. [Ergänzen Sie, ob und wann die Seite mit dem eingebetteten Element zusätzlich geprüft wurde, etwa durch einen BITV-Test.]`,
    '',
    'Die Erklärung wurde zuletzt am [Datum der letzten Überprüfung] überprüft.',
    '',
  );

  lines.push(`### ${SECTIONS[3]}`, '');
  lines.push(
    'Sind Ihnen Mängel beim barrierefreien Zugang zu diesem Angebot aufgefallen? Dann können Sie sich an uns wenden:',
    '',
    '- [Name der Stelle, Abteilung]',
    '- E-Mail: [E-Mail-Adresse]',
    '- Telefon: [Telefonnummer]',
    '- Post: [Anschrift]',
    '',
    'Wir antworten Ihnen [innerhalb von … Wochen].',
    '',
  );

  lines.push(`### ${SECTIONS[4]}`, '');
  lines.push(
    'Wenn auch nach Ihrer Rückmeldung an den oben genannten Kontakt keine zufriedenstellende Lösung gefunden wurde, können Sie sich an die Schlichtungsstelle wenden. Sie hat die Aufgabe, bei Konflikten zwischen Menschen mit Behinderungen und öffentlichen Stellen eine außergerichtliche Streitbeilegung zu unterstützen. Das Schlichtungsverfahren ist kostenlos. Es muss kein Rechtsbeistand eingeschaltet werden.',
    '',
    '[Schlichtungsstelle nach dem Behindertengleichstellungsgesetz Ihres Landes, mit Anschrift und Website. Für Stellen des Bundes: Schlichtungsstelle nach § 16 BGG, https://www.schlichtungsstelle-bgg.de]',
    '',
  );
  return lines.join('\n');
}

/** The whole draft in Markdown, one statement per widget. */
export function accessibilityStatement(options: StatementOptions): string {
  const tags = options.widgets ?? WIDGETS.map((widget) => widget.tag);
  const head = [
    '# Erklärung zur Barrierefreiheit (Entwurf)',
    '',
    `Entwurf für die eingebetteten Elemente des Teilhabe-Kits, Version ${options.version}, erzeugt am ${germanDate(options.date)} mit \`npm run accessibility-statement\` aus den Prüfungen der Software. Ergänzen Sie die Angaben in eckigen Klammern und prüfen Sie die Seite, in die Sie die Elemente einbetten: diese Erklärung gilt nur für die Elemente selbst.`,
    '',
  ];
  return [...head, ...tags.map((tag) => widgetStatement(tag, options))].join('\n');
}
