/** `<tk-office-taxonomies>`: the tenant's lists of terms (areas first), each a link to its terms. */
import { LitElement, html } from 'lit';
import { localized, msg } from '@lit/localize';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { navigate, router } from '../shell/router.js';
import { TAXONOMY_ORDER, taxonomyRoute, taxonomyTitle } from './taxonomy-names.js';
import { taxonomiesStyles } from './taxonomies.styles.js';

@localized()
export class TkOfficeTaxonomies extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, taxonomiesStyles];

  override render() {
    return html`<h1 tabindex="-1">${msg('Kategorien und Gebiete', { id: 'taxonomies.title' })}</h1>
      <p class="measure">
        ${msg('Die Widgets bieten diese Begriffe als Filter an, und Einträge verweisen auf sie. Hier legen Sie Begriffe an, benennen sie in allen Sprachen und löschen Begriffe, die kein Eintrag mehr verwendet.', { id: 'taxonomies.intro' })}
      </p>
      <ul class="taxonomies">
        ${TAXONOMY_ORDER.map((name) => html`<li><a href=${router.href(taxonomyRoute(name))} @click=${navigate(taxonomyRoute(name))}>${taxonomyTitle(name)}</a></li>`)}
      </ul>`;
  }
}
