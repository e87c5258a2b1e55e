import type { TaxonomyTerm } from './directory-api.js';
import { languageName } from './format.js';

/** A label for a code, and its language when it fell back to another one. */
export interface CodeLabel {
  label: string;
  lang?: string | undefined;
}

/**
 * Turns taxonomy codes into labels in the reader's language. Taxonomy terms
 * come from the API (with fallback info); spoken languages are named by
 * `Intl.DisplayNames`. An unknown code shows as itself rather than vanish.
 */
export class TaxonomyLabels {
  private readonly terms = new Map<string, Map<string, TaxonomyTerm>>();

  constructor(private readonly uiLocale: string) {}

  /** Stores the terms of one taxonomy (in display order). */
  set(name: string, terms: readonly TaxonomyTerm[]): void {
    this.terms.set(name, new Map(terms.map((term) => [term.code, term])));
  }

  /** The codes of a taxonomy in display order (empty until loaded). */
  codes(name: string): string[] {
    return [...(this.terms.get(name)?.keys() ?? [])];
  }

  /** The label of a code of a taxonomy; `languages` names a spoken language. */
  label(name: string, code: string): CodeLabel {
    if (name === 'languages') return { label: languageName(code, this.uiLocale) };
    const term = this.terms.get(name)?.get(code);
    if (!term) return { label: code };
    return { label: term.label, lang: term.translation.fallbacks['label'] };
  }
}

/**
 * Loads the named taxonomies side by side into labels for `uiLocale`. One
 * that fails to load is left out, so its codes show as themselves instead of
 * the whole widget failing.
 */
export async function loadTaxonomyLabels<Name extends string>(
  uiLocale: string,
  names: readonly Name[],
  fetchTerms: (name: Name) => Promise<readonly TaxonomyTerm[]>,
): Promise<TaxonomyLabels> {
  const labels = new TaxonomyLabels(uiLocale);
  const results = await Promise.allSettled(names.map(fetchTerms));
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') labels.set(names[index]!, result.value);
  });
  return labels;
}
