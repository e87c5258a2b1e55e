import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { OrganizationSummary } from './directory-api.js';
import { localizedText, contentText } from '../shared/fallback.js';
import { formatDate } from '../shared/format.js';
import { labelList } from '../shared/label-list.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';

/** What a card needs besides the record. */
export interface CardContext {
  uiLocale: string;
  labels: TaxonomyLabels;
  headingLevel: number;
  compact: boolean;
  onOpen: (organization: OrganizationSummary, opener: HTMLElement) => void;
}

function fact(term: string, value: TemplateResult[] | string, part: string): TemplateResult | typeof nothing {
  if (Array.isArray(value) ? value.length === 0 : !value) return nothing;
  return html`<div class="fact" part=${part}><dt>${term}</dt><dd>${value}</dd></div>`;
}

/** One organisation in the result list: its name opens the detail view. */
export function organizationCard(organization: OrganizationSummary, context: CardContext): TemplateResult {
  const { labels, uiLocale } = context;
  const open = (event: Event) => context.onOpen(organization, event.currentTarget as HTMLElement);
  const title = html`<div role="heading" aria-level=${context.headingLevel} class="card-title">
    <button
      type="button"
      class="card-open"
      part="card-title"
      data-org-id=${organization.id}
      aria-haspopup="dialog"
      @click=${open}
    >
      ${contentText(organization.name)}
    </button>
  </div>`;

  if (context.compact) {
    return html`<article class="card compact" part="card card-compact">
      ${title}
      <dl class="facts inline">
        ${fact(msg('Ort', { id: 'card.area' }), labelList(labels, 'areas', organization.areas), 'card-areas')}
        ${fact(msg('Sprachen', { id: 'card.languages' }), labelList(labels, 'languages', organization.languages), 'card-languages')}
      </dl>
    </article>`;
  }

  return html`<article class="card" part="card">
    ${title}
    <p class="card-types">${labelList(labels, 'organization-types', organization.types)}</p>
    <p class="card-description">
      ${localizedText(organization.shortDescription, 'shortDescription', organization.translation, uiLocale)}
    </p>
    <dl class="facts">
      ${fact(msg('Themen', { id: 'card.topics' }), labelList(labels, 'topics', organization.topics), 'card-topics')}
      ${fact(msg('Sprachen', { id: 'card.languages' }), labelList(labels, 'languages', organization.languages), 'card-languages')}
      ${fact(msg('Ort', { id: 'card.area' }), labelList(labels, 'areas', organization.areas), 'card-areas')}
    </dl>
    ${organization.verifiedAt
      ? html`<p class="card-verified" part="card-verified">
          ${msg('Zuletzt bestätigt:', { id: 'card.verified' })}
          <time datetime=${organization.verifiedAt}>${formatDate(organization.verifiedAt, uiLocale)}</time>
        </p>`
      : nothing}
  </article>`;
}
