import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { directionOf } from '../localization/direction.js';
import { languageName } from './format.js';

/** What the API says about the language of a record's texts (`translation` of every record). */
export interface TranslationInfo {
  locale: string;
  fallbacks: Record<string, string>;
  machineTranslated: string[];
}

/** The language a field's text is really in: the requested one unless it fell back. */
export function textLanguage(field: string, translation: TranslationInfo | undefined): string | undefined {
  return translation?.fallbacks[field] ?? translation?.locale;
}

/**
 * A text from the API with honest language markup: when the field fell back
 * to another language, the text gets that `lang` and `dir` (so a screen reader
 * switches voice and Arabic UI still shows German text left to right) plus a
 * small visible hint in the reader's UI language. Lit escapes the text.
 */
export function localizedText(
  text: string,
  field: string,
  translation: TranslationInfo | undefined,
  uiLocale: string,
): TemplateResult {
  const fellBackTo = translation?.fallbacks[field];
  if (fellBackTo) {
    return html`<span lang=${fellBackTo} dir=${directionOf(fellBackTo)}>${text}</span> ${fallbackHint(field, translation, uiLocale)}`;
  }
  return html`${text} ${fallbackHint(field, translation, uiLocale)}`;
}

/**
 * Only the visible hint: "(nur auf Deutsch vorhanden)" for a fallen-back
 * field, "(maschinell übersetzt)" for a machine translation, else nothing.
 * For block texts whose element carries the `lang` itself.
 */
export function fallbackHint(
  field: string,
  translation: TranslationInfo | undefined,
  uiLocale: string,
): TemplateResult | typeof nothing {
  const fellBackTo = translation?.fallbacks[field];
  if (fellBackTo) {
    const name = languageName(fellBackTo, uiLocale);
    return html`<span class="hint" part="fallback-hint">${msg(str`(nur auf ${name} vorhanden)`, { id: 'fallback.only-in' })}</span>`;
  }
  if (translation?.machineTranslated.includes(field)) {
    return html`<span class="hint" part="fallback-hint">${msg('(maschinell übersetzt)', { id: 'fallback.machine' })}</span>`;
  }
  return nothing;
}

/**
 * A long text from the API as paragraphs (split at blank lines), with the
 * block's `lang` and `dir` when it fell back and the hint below it.
 */
export function localizedParagraphs(text: string, field: string, translation: TranslationInfo, uiLocale: string): TemplateResult {
  const fellBack = translation.fallbacks[field];
  const hint = fallbackHint(field, translation, uiLocale);
  return html`<div class="detail-description" lang=${fellBack ?? nothing} dir=${fellBack ? directionOf(fellBack) : nothing}>
      ${text
        .split(/\n{2,}/)
        .filter(Boolean)
        .map((paragraph) => html`<p>${paragraph}</p>`)}
    </div>
    ${hint === nothing ? nothing : html`<p>${hint}</p>`}`;
}
