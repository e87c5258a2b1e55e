/**
 * Words in a cell → codes: taxonomy terms by their label in any locale or by
 * their code, languages by their name (from the ICU data Node carries, in
 * every UI locale), ignoring case and umlauts. A whole cell that names one
 * term is that term ("Jugend, Bildung" → youth-education); otherwise the
 * cell is split into values (see `match`), and each value that matches
 * nothing is handed back as unknown, never dropped.
 */
import { LOCALES } from '@teilhabe/contract';
import { foldText } from './columns.js';

export interface VocabularyTerm {
  code: string;
  labels: string[];
}

export interface MatchResult {
  codes: string[];
  unknown: string[];
}

export class Vocabulary {
  private readonly byLabel = new Map<string, string>();
  private readonly wordSets: Array<{ code: string; words: Set<string> }> = [];

  constructor(terms: readonly VocabularyTerm[], private readonly decisions: Record<string, string | null> = {}) {
    for (const term of terms) {
      for (const label of [term.code, ...term.labels]) {
        const folded = foldText(label);
        if (folded && !this.byLabel.has(folded)) this.byLabel.set(folded, term.code);
        const words = new Set(folded.split(' ').filter((word) => word.length > 2 && !FILLER_WORDS.has(word)));
        if (words.size) this.wordSets.push({ code: term.code, words });
      }
    }
  }

  /** The code of one label, `null` for a value the office decided to leave out, undefined when unknown. */
  lookup(value: string): string | null | undefined {
    if (Object.hasOwn(this.decisions, value)) return this.decisions[value];
    const folded = foldText(value);
    if (!folded) return null;
    const exact = this.byLabel.get(folded);
    if (exact) return exact;
    // "Jugend und Bildung" for "Jugend, Erziehung und Bildung": every word of the cell in exactly one term's label.
    const words = folded.split(' ').filter((word) => word.length > 2 && !FILLER_WORDS.has(word));
    if (words.length === 0) return undefined;
    const candidates = new Set(this.wordSets.filter((set) => words.every((word) => set.words.has(word))).map((set) => set.code));
    return candidates.size === 1 ? [...candidates][0] : undefined;
  }

  /**
   * Semicolons and line breaks always separate values; commas, slashes and
   * "und" only when the part they are in is not a label itself, since
   * labels have commas too ("Jugend, Erziehung und Bildung").
   */
  match(cell: string): MatchResult {
    const codes: string[] = [];
    const unknown: string[] = [];
    const add = (code: string | null) => {
      if (code && !codes.includes(code)) codes.push(code);
    };
    for (const part of splitValues(cell, STRONG_SEPARATORS)) {
      const whole = this.lookup(part);
      if (whole !== undefined) {
        add(whole);
        continue;
      }
      for (const piece of splitValues(part, WEAK_SEPARATORS)) {
        const code = this.lookup(piece);
        if (code === undefined) unknown.push(piece);
        else add(code);
      }
    }
    return { codes, unknown };
  }
}

const STRONG_SEPARATORS = /\s*[;\n|]\s*/u;
const WEAK_SEPARATORS = /\s*(?:[,/]|\s\+\s|\sund\s|\s&\s)\s*/u;

const FILLER_WORDS = new Set(['und', 'and', 'fuer', 'der', 'die', 'das', 'von', 'mit', 'auch', 've']);

export function splitValues(cell: string, separators: RegExp): string[] {
  return cell
    .split(separators)
    .map((part) => part.trim())
    .filter(Boolean);
}

let languageTerms: VocabularyTerm[] | undefined;

/** Every two-letter ISO 639 language ICU can name, with its names in all UI locales and itself. */
export function languageVocabulary(): VocabularyTerm[] {
  if (languageTerms) return languageTerms;
  const namers = [...LOCALES, 'de-CH'].map((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const terms: VocabularyTerm[] = [];
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      const names = namers.map((namer) => namer.of(code)).filter((name): name is string => Boolean(name) && name !== code);
      if (names.length === 0) continue;
      const ownName = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
      terms.push({ code, labels: [...names, ...(ownName ? [ownName] : [])] });
    }
  }
  // Spellings offices write that ICU does not list.
  const extra: Record<string, string[]> = { ku: ['Kurmandschi', 'Kurmanci'], fa: ['Farsi', 'Dari'], sr: ['Serbokroatisch'], ar: ['Arabisch (Syrien)'] };
  for (const term of terms) term.labels.push(...(extra[term.code] ?? []));
  languageTerms = terms;
  return terms;
}
