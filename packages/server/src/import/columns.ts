/**
 * Which column holds which field: guessed from the German headers offices
 * use, overridable by a mapping file. The header row is the first row in
 * which at least two cells are headers we know, so a title line or empty
 * rows above it do not matter.
 */
import type { ImportColumnMapping, ImportField } from '@teilhabe/contract';
import type { TableRow } from './table.js';

/** Headers as offices write them, folded (see `foldText`), per field. */
const HEADER_GUESSES: Record<ImportField, string[]> = {
  name: ['name', 'verein', 'vereinsname', 'name des vereins', 'organisation', 'name der organisation', 'migrantenorganisation', 'einrichtung'],
  types: ['art', 'typ', 'vereinsart', 'art des vereins', 'organisationsform', 'kategorie'],
  contactName: ['ansprechpartner', 'ansprechpartnerin', 'ansprechpartner in', 'ansprechperson', 'kontaktperson', 'kontakt', 'vorsitz', 'vorsitzende'],
  email: ['e mail', 'email', 'mail', 'e mail adresse', 'emailadresse'],
  phone: ['telefon', 'tel', 'telefonnummer', 'fon', 'rufnummer'],
  street: ['strasse', 'str', 'strasse und hausnummer', 'strasse hausnummer', 'anschrift', 'adresse'],
  postalCode: ['plz', 'postleitzahl'],
  city: ['ort', 'stadt', 'wohnort', 'gemeinde'],
  area: ['stadtteil', 'ortsteil', 'bezirk', 'stadtbezirk'],
  languages: ['sprachen', 'sprache', 'gesprochene sprachen'],
  topics: ['themen', 'thema', 'themenfelder', 'arbeitsfelder', 'schwerpunkte'],
  offers: ['angebote', 'angebot', 'leistungen'],
  website: ['webseite', 'website', 'internet', 'homepage', 'internetseite', 'url', 'web'],
  umbrella: ['dachverband', 'dachverbaende', 'mitglied in', 'netzwerk'],
  shortDescription: ['kurzbeschreibung', 'beschreibung', 'kurzprofil', 'selbstbeschreibung'],
};

export const IMPORT_FIELD_GUESSES = HEADER_GUESSES;

/** Lower case, umlauts and ß spelled out, punctuation and slashes as one space. */
export function foldText(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const GUESS_BY_HEADER = new Map<string, ImportField>(
  (Object.entries(HEADER_GUESSES) as Array<[ImportField, string[]]>).flatMap(([field, headers]) => headers.map((header) => [header, field] as const)),
);

export function guessField(header: string): ImportField | null {
  return GUESS_BY_HEADER.get(foldText(header)) ?? null;
}

/** Index of the header row among `rows`, or -1: only the first 30 rows are looked at. */
export function findHeaderRow(rows: readonly TableRow[], mapping: ImportColumnMapping = {}): number {
  const known = (cell: string) => cell !== '' && (mapping[cell] !== undefined ? mapping[cell] !== null : guessField(cell) !== null);
  return rows.slice(0, 30).findIndex((row) => row.cells.filter(known).length >= 2);
}

export interface ResolvedColumn {
  index: number;
  header: string;
  field: ImportField | null;
  /** Where the field came from: the mapping file, a guess, or nobody knows the header. */
  source: 'mapping' | 'guess' | 'none';
}

/** Every header cell → its field; a field claimed twice goes to the first column only. */
export function resolveColumns(headers: readonly string[], mapping: ImportColumnMapping = {}): ResolvedColumn[] {
  const taken = new Set<ImportField>();
  return headers.map((header, index) => {
    const fromMapping = Object.hasOwn(mapping, header);
    const wanted = fromMapping ? mapping[header]! : header ? guessField(header) : null;
    const field = wanted && !taken.has(wanted) ? wanted : null;
    if (field) taken.add(field);
    return { index, header, field, source: fromMapping ? 'mapping' : field ? 'guess' : 'none' };
  });
}
