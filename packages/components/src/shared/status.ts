/**
 * The designed states of every data widget: loading (a skeleton with the
 * height of real cards, so nothing jumps), empty (with a way out), error and
 * offline (each with "Erneut versuchen"). The announcement itself is made by
 * the widget's single polite live region; these blocks are what sighted
 * readers see.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FetchStatus } from './fetch-controller.js';

/** Placeholder cards shaped like the real ones. Hidden from assistive technology. */
export function skeleton(count: number): TemplateResult {
  return html`<ul class="skeleton-list" part="skeleton" aria-hidden="true">
    ${Array.from({ length: count }, () => html`<li class="card skeleton"><span></span><span></span><span></span></li>`)}
  </ul>`;
}

/** A way out of an empty result: a button with its text. */
export interface StateAction {
  label: string;
  onClick: () => void;
}

/** Nothing matched: what happened, what to try, and a way out where there is one. */
export function emptyState({ title, hint, action }: { title: string; hint?: string | undefined; action?: StateAction | undefined }): TemplateResult {
  return html`<div class="state" part="state state-empty">
    <p class="state-title">${title}</p>
    ${hint ? html`<p>${hint}</p>` : nothing}
    ${action ? html`<button type="button" class="button" part="button" @click=${action.onClick}>${action.label}</button>` : nothing}
  </div>`;
}

/** The way out of filtered-to-nothing: remove every filter. */
export function clearFiltersAction(onClear: () => void): StateAction {
  return { label: msg('Alle Filter entfernen', { id: 'filters.clear-all' }), onClick: onClear };
}

/** Loading failed, or the browser is offline. Always with a retry button. */
export function errorState(offline: boolean, onRetry: () => void): TemplateResult {
  return html`<div class="state state-error" part="state state-error">
    <p class="state-title">
      ${offline
        ? msg('Sie sind offline. Die Daten konnten nicht geladen werden.', { id: 'state.offline.title' })
        : msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' })}
    </p>
    <p>
      ${offline
        ? msg('Prüfen Sie Ihre Internetverbindung.', { id: 'state.offline.hint' })
        : msg('Versuchen Sie es in einem Moment noch einmal.', { id: 'state.error.hint' })}
    </p>
    <button type="button" class="button" part="button" @click=${onRetry}>
      ${msg('Erneut versuchen', { id: 'state.retry' })}
    </button>
  </div>`;
}

/**
 * The status line of a load (the one polite live region): what is being
 * loaded, why it failed, or the result. The texts of failure are the same in
 * every widget.
 */
export function loadStatusText(status: FetchStatus, { loading, success }: { loading: () => string; success: () => string }): string {
  switch (status) {
    case 'idle':
    case 'loading':
      return loading();
    case 'offline':
      return msg('Sie sind offline. Die Daten konnten nicht geladen werden.', { id: 'state.offline.title' });
    case 'error':
      return msg('Die Daten konnten nicht geladen werden.', { id: 'state.error.title' });
    case 'success':
      return success();
  }
}
