/**
 * The questionnaire's frame: one step (its question, hint, error summary and
 * the buttons "Weiter", "Weiß ich nicht", "Zurück") and the privacy notice
 * with the consent box. The controls of a question come from `questions.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { activeUiLocale } from '../localization/index.js';
import { formatNumber } from '../shared/format.js';
import { STEPS, type QuestionKey } from './profile.js';
import { questionHint, questionText } from './questions.js';

export interface StepContext {
  step: number;
  /** Level of the step's heading (one below the widget's). */
  headingLevel: number;
  key: QuestionKey;
  error: string | undefined;
  /** The control the error summary links to. */
  inputId: string;
  describedBy: string;
  controls: TemplateResult;
  onSubmit: (event: Event) => void;
  onUnknown: () => void;
  onBack: () => void;
  onFocus: (id: string) => void;
}

export function questionStep(context: StepContext): TemplateResult {
  const { step, key, error, inputId } = context;
  const total = STEPS.length;
  const last = step === total - 1;
  const stepNumber = formatNumber(step + 1, activeUiLocale());
  const totalText = formatNumber(total, activeUiLocale());
  return html`<form class="step" part="step" novalidate data-step=${key} @submit=${context.onSubmit}>
    ${error
      ? html`<div class="error-summary" id="step-error-summary" role="alert" tabindex="-1">
          <p class="state-title">${msg('Prüfen Sie diese Angaben:', { id: 'funding.error.summary' })}</p>
          <p><a href=${`#${inputId}`} @click=${(event: Event) => {
            event.preventDefault();
            context.onFocus(inputId);
          }}>${error}</a></p>
        </div>`
      : nothing}
    <progress class="progress-bar" max=${total} value=${step + 1} aria-hidden="true"></progress>
    <fieldset aria-describedby=${context.describedBy}>
      <legend>
        <div role="heading" aria-level=${context.headingLevel} id="step-heading" class="step-heading" tabindex="-1">
          <span class="progress">${msg(str`Schritt ${stepNumber} von ${totalText}`, { id: 'funding.step.progress' })}</span>
          <span class="question">${questionText(key)}</span>
        </div>
      </legend>
      <p class="field-hint" id="step-hint">${questionHint(key)}</p>
      ${error ? html`<p class="field-error" id="step-error">${error}</p>` : nothing}
      ${context.controls}
    </fieldset>
    <div class="step-actions">
      <button type="submit" class="button" part="button" id="step-next">
        ${last ? msg('Passende Programme zeigen', { id: 'funding.step.finish' }) : msg('Weiter', { id: 'funding.step.next' })}
      </button>
      <button type="button" class="button secondary" part="button" id="step-unknown" @click=${context.onUnknown}>${msg('Weiß ich nicht', { id: 'funding.step.unknown' })}</button>
      ${step > 0 ? html`<button type="button" class="link-button" id="step-back" @click=${context.onBack}>${msg('Zurück', { id: 'funding.step.back' })}</button>` : nothing}
    </div>
  </form>`;
}

export function privacyNotice({ consent, headingLevel, onConsent, onForget }: { consent: boolean; headingLevel: number; onConsent: (checked: boolean) => void; onForget: () => void }): TemplateResult {
  return html`<section class="privacy no-print" part="privacy" aria-labelledby="privacy-title">
    <div role="heading" aria-level=${headingLevel} class="privacy-title" id="privacy-title">${msg('Ihre Angaben bleiben bei Ihnen', { id: 'funding.privacy.title' })}</div>
    <p>${msg('Ihre Antworten bleiben in diesem Browser-Fenster. Für den Abgleich gehen sie einmal an den Server, der sie nicht speichert. Sie stehen nie in der Adresse der Seite.', { id: 'funding.privacy.text' })}</p>
    <div class="choice">
      <input type="checkbox" id="consent" .checked=${consent} @change=${(event: Event) => onConsent((event.target as HTMLInputElement).checked)} />
      <label for="consent">${msg('Meine Angaben auf diesem Gerät speichern, bis ich sie lösche', { id: 'funding.privacy.consent' })}</label>
    </div>
    <button type="button" class="button secondary" part="button" id="forget" @click=${onForget}>${msg('Meine Angaben löschen', { id: 'funding.privacy.delete' })}</button>
  </section>`;
}

export interface InlineQuestionContext {
  programId: string;
  key: QuestionKey;
  error: string | undefined;
  /** The question's controls, described by `describedBy`. */
  controls: (idPrefix: string, describedBy: string, invalid: boolean) => TemplateResult;
  onSubmit: (event: Event) => void;
}

/** A missing answer asked inside a result card ("Angabe ergänzen"); applying it ranks the list again. */
export function inlineQuestion({ programId, key, error, controls, onSubmit }: InlineQuestionContext): TemplateResult {
  const prefix = `inline-${programId}`;
  const hintId = `${prefix}-hint`;
  const errorId = `${prefix}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  return html`<form class="inline-form no-print" novalidate @submit=${onSubmit}>
    <fieldset aria-describedby=${describedBy}>
      <legend id=${`${prefix}-legend`} tabindex="-1">${questionText(key)}</legend>
      <p class="field-hint" id=${hintId}>${questionHint(key)}</p>
      ${error ? html`<p class="field-error" id=${errorId} tabindex="-1" role="alert">${error}</p>` : nothing}
      ${controls(prefix, describedBy, Boolean(error))}
    </fieldset>
    <button type="submit" class="button" part="button">${msg('Übernehmen und neu sortieren', { id: 'funding.inline.apply' })}</button>
  </form>`;
}
