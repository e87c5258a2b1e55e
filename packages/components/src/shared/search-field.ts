import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** What a search field shows; the widget owns the value and the debounce. */
export interface SearchFieldOptions {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (value: string) => void;
}

/**
 * A labelled search input with a hint linked by `aria-describedby` (GOV.UK /
 * KERN pattern). `live()` keeps the caret where it is while results arrive.
 */
export function searchField(options: SearchFieldOptions): TemplateResult {
  const hintId = `${options.id}-hint`;
  return html`<div class="field" part="search">
    <label class="label" for=${options.id}>${options.label}</label>
    <p class="field-hint" id=${hintId}>${options.hint}</p>
    <input
      id=${options.id}
      class="input"
      part="search-input"
      type="search"
      autocomplete="off"
      spellcheck="false"
      enterkeyhint="search"
      aria-describedby=${hintId}
      .value=${live(options.value)}
      @input=${(event: InputEvent) => options.onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}
