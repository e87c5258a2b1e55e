/** The screens under `taxonomies/`: the lists, one list's terms, and one term's labels. */
import { html } from 'lit';
import type { TeilhabeClient } from '@teilhabe/sdk';
import { isTaxonomyName } from './taxonomy-names.js';

export function taxonomiesScreen(client: TeilhabeClient | undefined, route: string) {
  const [, name, code] = route.split('/');
  if (!isTaxonomyName(name)) return html`<tk-office-taxonomies></tk-office-taxonomies>`;
  return code
    ? html`<tk-office-term-form .client=${client} .name=${name} .code=${decodeURIComponent(code)}></tk-office-term-form>`
    : html`<tk-office-taxonomy-terms .client=${client} .name=${name}></tk-office-taxonomy-terms>`;
}
