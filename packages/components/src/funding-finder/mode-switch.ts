import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export type FinderMode = 'guided' | 'browse';

/** The two ways to search, as toggle buttons: answer the questions, or look through every programme. */
export function modeSwitch(mode: FinderMode, onMode: (mode: FinderMode) => void): TemplateResult {
  return html`<div class="modes no-print" part="modes" role="group" aria-label=${msg('So suchen Sie', { id: 'funding.mode.label' })}>
    <button type="button" class="mode" aria-pressed=${mode === 'guided' ? 'true' : 'false'} @click=${() => onMode('guided')}>
      ${msg('Fragen beantworten', { id: 'funding.mode.guided' })}
    </button>
    <button type="button" class="mode" aria-pressed=${mode === 'browse' ? 'true' : 'false'} @click=${() => onMode('browse')}>
      ${msg('Alle Programme ansehen', { id: 'funding.mode.browse' })}
    </button>
  </div>`;
}
