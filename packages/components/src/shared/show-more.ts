import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from './format.js';

export interface ShowMoreContext {
  shown: number;
  total: number;
  uiLocale: string;
  /** The button's text, e.g. "Weitere Organisationen anzeigen". */
  label: string;
  onMore: () => void;
  /** The last "show more" failed: said next to the button, which stays to try again. */
  failed?: boolean;
  id?: string;
}

/** "20 von 120 angezeigt" and the button that loads or draws the next part of a list. */
export function showMore(context: ShowMoreContext): TemplateResult {
  const shown = formatNumber(context.shown, context.uiLocale);
  const total = formatNumber(context.total, context.uiLocale);
  return html`<div class="more">
    <p class="hint">${msg(str`${shown} von ${total} angezeigt`, { id: 'results.shown' })}</p>
    <button type="button" class="button secondary no-print" part="more button" id=${context.id ?? nothing} @click=${() => context.onMore()}>${context.label}</button>
    ${context.failed ? html`<p class="hint" role="alert">${msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' })}</p>` : nothing}
  </div>`;
}
