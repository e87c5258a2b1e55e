/**
 * The GOV.UK notification banner after a task succeeded ("Erledigt" and
 * what happened). It takes focus (tabindex -1) so that keyboard and screen
 * reader users land on the outcome; the screens focus it after rendering.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

export function doneBanner(text: string | undefined) {
  if (!text) return nothing;
  return html`<div class="banner" role="status" tabindex="-1"><p class="banner-title">${msg('Erledigt', { id: 'banner.done' })}</p><div class="banner-body"><p>${text}</p></div></div>`;
}
