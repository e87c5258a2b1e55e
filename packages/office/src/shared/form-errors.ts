/**
 * GOV.UK form errors: an error summary at the top that takes the focus on
 * submit and links to each field, and per field a message that repeats what
 * to do. The screens keep a `Map` of field id → message.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export type FieldErrors = ReadonlyMap<string, string>;

/** The summary; `general` is a problem with no field (wrong password, throttling). */
export function errorSummary(errors: FieldErrors, general?: string): TemplateResult | typeof nothing {
  if (errors.size === 0 && !general) return nothing;
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${msg('Es gibt ein Problem', { id: 'form.error-summary' })}</h2>
    <ul>
      ${general ? html`<li>${general}</li>` : nothing}
      ${[...errors].map(([field, message]) => html`<li><a href="#${field}" @click=${focusField(field)}>${message}</a></li>`)}
    </ul>
  </div>`;
}

/** The message under a field's label, linked by `aria-describedby` as `${id}-error`. */
export function fieldError(errors: FieldErrors, field: string): TemplateResult | typeof nothing {
  const message = errors.get(field);
  return message
    ? html`<p class="field-error" id="${field}-error"><span class="visually-hidden">${msg('Fehler:', { id: 'form.error-prefix' })}</span> ${message}</p>`
    : nothing;
}

/** The ids that describe a field: its hint and, if any, its error. */
export function describedBy(errors: FieldErrors, field: string, hint = false): string | typeof nothing {
  const ids = [hint ? `${field}-hint` : '', errors.has(field) ? `${field}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** A link in a shadow root cannot jump by fragment; it moves the focus itself. */
function focusField(field: string) {
  return (event: Event) => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    root.getElementById(field)?.focus();
  };
}

/** After render: the summary takes the focus, so a screen reader reads it at once. */
export function focusErrorSummary(root: ShadowRoot | null): void {
  root?.querySelector<HTMLElement>('.error-summary')?.focus();
}
