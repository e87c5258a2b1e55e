/**
 * What the three record previews (organisation, room, event) share: reading
 * a draft's texts in one content language the way the public API does, and
 * the select that picks that language.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Locale, Translation } from '@teilhabe/sdk';
import type { RecordData } from './record-fields.js';
import { languageName } from './language-names.js';

export const SOURCE_LOCALE: Locale = 'de';

type Texts = Record<string, string> | null | undefined;

/**
 * Each text in `locale`, else the German one, collecting the same
 * `translation` marks the API sends (fields that fell back, fields whose text
 * is machine-translated), so the widget's templates mark them as they would.
 */
export class DraftTexts {
  private readonly fallbacks: Record<string, Locale> = {};
  private readonly machineTranslated: string[] = [];
  private readonly machine: boolean;

  constructor(
    data: RecordData,
    private readonly locale: Locale,
  ) {
    this.machine = ((data.machineTranslated as Locale[] | undefined) ?? []).includes(locale);
  }

  /** The text for `field` (named as the API names it in `translation`); `null` when the draft has none at all. */
  read(texts: Texts, field: string): string | null {
    if (!texts) return null;
    const own = texts[this.locale]?.trim();
    if (own) {
      if (this.locale !== SOURCE_LOCALE && this.machine) this.machineTranslated.push(field);
      return own;
    }
    if (this.locale !== SOURCE_LOCALE) this.fallbacks[field] = SOURCE_LOCALE;
    return texts[SOURCE_LOCALE] ?? '';
  }

  /** The marks collected by the reads so far: call it after the last `read`. */
  translation(): Translation {
    return { locale: this.locale, fallbacks: this.fallbacks, machineTranslated: this.machineTranslated };
  }
}

/** "Sprache der Vorschau": one option per content language of the tenant. */
export function previewLanguageSelect(current: Locale, locales: Locale[], choose: (locale: Locale) => void) {
  return html`<div class="field">
    <label class="label" for="preview-locale">${msg('Sprache der Vorschau', { id: 'records.preview.locale' })}</label>
    <select class="input" id="preview-locale" .value=${current} @change=${(e: Event) => choose((e.target as HTMLSelectElement).value as Locale)}>
      ${locales.map((locale) => html`<option value=${locale} ?selected=${locale === current}>${languageName(locale)}</option>`)}
    </select>
  </div>`;
}
