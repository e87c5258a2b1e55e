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
 * Text from the API or from people (names, titles, notes), kept apart from
 * the UI's own words. When it is in another language than the UI (`lang`,
 * from the API's fallback info), it carries that `lang` and its `dir`, so a
 * screen reader switches voice and German stays left to right in an Arabic
 * UI. Otherwise it is isolated with `dir="auto"`, so a Latin name in a
 * right-to-left sentence keeps its punctuation where it belongs. Hints in the
 * UI language go next to it, never inside.
 */
export function contentText(text: string, lang?: string, className?: string): TemplateResult {
  return html`<span class=${className ?? nothing} lang=${lang ?? nothing} dir=${lang ? directionOf(lang) : 'auto'}>${text}</span>`;
}

/**
 * The same isolation for a name inside a composed string (a message, a list
 * joined with " · "), where no element can go: Unicode's first-strong
 * isolate and its closing mark.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
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
  return html`${contentText(text, translation?.fallbacks[field])} ${fallbackHint(field, translation, uiLocale)}`;
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
