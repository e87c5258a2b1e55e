/** The taxonomies of the demo district: the standard ones plus its towns. */
import type { TaxonomyName, TaxonomyTermInput } from '@teilhabe/contract';
import { standardTaxonomies, term } from '../resources/taxonomies/standard.js';

/** A place name is the same in every locale; the entries are still given so no label falls back. */
function place(code: string, name: string): TaxonomyTermInput {
  return term(code, name, name, name, name, name, name, name);
}

/** The towns of the fictional district. */
const areas: TaxonomyTermInput[] = [
  place('musterstadt', 'Musterstadt'),
  place('neuhausen', 'Neuhausen'),
  place('lindenberg', 'Lindenberg'),
  place('bergheim-ost', 'Bergheim-Ost'),
  place('auental', 'Auental'),
  place('kirchdorf', 'Kirchdorf'),
  place('waldbach', 'Waldbach'),
  place('rosenthal', 'Rosenthal'),
];

export const demoTaxonomies: Record<TaxonomyName, TaxonomyTermInput[]> = { ...standardTaxonomies, areas };

/** Codes of one taxonomy, for typed look-ups in tests and generators. */
export function taxonomyCodes(name: TaxonomyName): string[] {
  return demoTaxonomies[name].map((t) => t.code);
}
