import type { TaxonomyTerm } from '@teilhabe/sdk';
import { spokenLanguage } from './format.js';

/** A label for a code, and its language when it fell back to another one. */
export interface CodeLabel {
  label: string;
  lang?: string | undefined;
}

/**
 * Turns taxonomy codes into labels in the reader's language. Taxonomy terms
 * come from the API (with fallback info); spoken languages without a term are
 * named by `Intl.DisplayNames` or by their own name. An unknown code of
 * another taxonomy shows as itself rather than vanish.
 */
export class TaxonomyLabels {
  private readonly terms = new Map<string, Map<string, TaxonomyTerm>>();

  constructor(readonly uiLocale: string) {}

  /** Stores the terms of one taxonomy (in display order). */
  set(name: string, terms: readonly TaxonomyTerm[]): void {
    this.terms.set(name, new Map(terms.map((term) => [term.code, term])));
  }

  /** The codes of a taxonomy in display order (empty until loaded). */
  codes(name: string): string[] {
    return [...(this.terms.get(name)?.keys() ?? [])];
  }

  /** The label of a code of a taxonomy; a spoken language without a term of its own is named by `Intl` or by itself. */
  label(name: string, code: string): CodeLabel {
    const term = this.terms.get(name)?.get(code);
    if (!term) return name === 'languages' ? spokenLanguage(code, this.uiLocale) : { label: code };
    return { label: term.label, lang: term.translation.fallbacks['label'] };
  }
}

/** Some taxonomies failed to load; `labels` holds those that did. */
export class TaxonomyLoadError extends Error {
  override name = 'TaxonomyLoadError';
  constructor(
    readonly labels: TaxonomyLabels,
    override readonly cause: unknown,
  ) {
    super('Some taxonomies could not be loaded');
  }
}

/**
 * Loads the named taxonomies side by side into labels for `uiLocale`. When
 * one fails, it rejects with a {@link TaxonomyLoadError} that still carries
 * the labels of the others, so the widget can use them and offer a retry.
 */
export async function loadTaxonomyLabels<Name extends string>(
  uiLocale: string,
  names: readonly Name[],
  fetchTerms: (name: Name) => Promise<readonly TaxonomyTerm[]>,
): Promise<TaxonomyLabels> {
  const labels = new TaxonomyLabels(uiLocale);
  const results = await Promise.allSettled(names.map(fetchTerms));
  let failure: PromiseRejectedResult | undefined;
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') labels.set(names[index]!, result.value);
    else failure ??= result;
  });
  if (failure) throw new TaxonomyLoadError(labels, failure.reason);
  return labels;
}
