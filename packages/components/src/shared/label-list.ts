import { html, type TemplateResult } from 'lit';
import type { TaxonomyLabels } from './taxonomy-labels.js';
import { contentText } from './fallback.js';

/**
 * Codes of a taxonomy as a comma-separated list of their labels. A label that
 * fell back to another language carries its `lang`, so screen readers
 * pronounce it right.
 */
export function labelList(labels: TaxonomyLabels, taxonomy: string, codes: readonly string[]): TemplateResult[] {
  return codes.map((code, index) => {
    const { label, lang } = labels.label(taxonomy, code);
    return html`${index > 0 ? ', ' : ''}${contentText(label, lang)}`;
  });
}
