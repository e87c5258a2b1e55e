/** The taxonomies in the order the office lists them, with their names in the office's language. */
import { msg } from '@lit/localize';
import type { TaxonomyName } from '@teilhabe/sdk';

export const TAXONOMY_ORDER: readonly TaxonomyName[] = ['areas', 'topics', 'organization-types', 'offers', 'event-formats', 'equipment', 'accessibility', 'funding-kinds', 'applicant-kinds'];

export const isTaxonomyName = (value: string | undefined): value is TaxonomyName => TAXONOMY_ORDER.includes(value as TaxonomyName);

export function taxonomyTitle(name: TaxonomyName): string {
  switch (name) {
    case 'areas':
      return msg('Gebiete (Orte und Ortsteile)', { id: 'taxonomies.name.areas' });
    case 'topics':
      return msg('Themen', { id: 'taxonomies.name.topics' });
    case 'organization-types':
      return msg('Arten von Organisationen', { id: 'taxonomies.name.organization-types' });
    case 'offers':
      return msg('Angebote', { id: 'taxonomies.name.offers' });
    case 'event-formats':
      return msg('Veranstaltungsformate', { id: 'taxonomies.name.event-formats' });
    case 'equipment':
      return msg('Ausstattung von Räumen', { id: 'taxonomies.name.equipment' });
    case 'accessibility':
      return msg('Barrierefreiheit von Räumen', { id: 'taxonomies.name.accessibility' });
    case 'funding-kinds':
      return msg('Arten der Förderung', { id: 'taxonomies.name.funding-kinds' });
    case 'applicant-kinds':
      return msg('Wer Förderung beantragen kann', { id: 'taxonomies.name.applicant-kinds' });
  }
}

/** `taxonomies`, `taxonomies/<name>`, `taxonomies/<name>/<code>`. */
export const taxonomyRoute = (name?: TaxonomyName, code?: string) => ['taxonomies', ...(name ? [name] : []), ...(code ? [encodeURIComponent(code)] : [])].join('/');
