/**
 * Picks each human text of a record in the requested locale, falls back per
 * field to the tenant's default locale, and records what it did so the
 * response can say so (the `translation` member of every record).
 */
import type { Locale, LocalizedTextInput, Translation } from '@teilhabe/contract';

export type LocalizedText = Partial<Record<Locale, string>> & { de?: string };

export class Localizer {
  private readonly fallbacks: Record<string, Locale> = {};
  private readonly machineTranslatedFields: string[] = [];

  constructor(
    readonly locale: Locale,
    private readonly defaultLocale: Locale,
    private readonly machineTranslatedLocales: readonly Locale[] = [],
  ) {}

  /** The text at `path` in the requested locale, else the default locale's. */
  text(path: string, value: LocalizedText | LocalizedTextInput): string {
    const wanted = value[this.locale];
    if (wanted) {
      if (this.machineTranslatedLocales.includes(this.locale) && this.locale !== this.defaultLocale) {
        this.machineTranslatedFields.push(path);
      }
      return wanted;
    }
    const fallback = value[this.defaultLocale] ? this.defaultLocale : firstLocaleWithText(value);
    if (!fallback) return '';
    if (fallback !== this.locale) this.fallbacks[path] = fallback;
    return value[fallback] ?? '';
  }

  /** Like `text`, for optional texts. */
  optionalText(path: string, value: LocalizedText | null | undefined): string | null {
    return value ? this.text(path, value) : null;
  }

  /** Every text of a list, with paths `path.0`, `path.1`, … */
  texts(path: string, values: readonly LocalizedText[]): string[] {
    return values.map((value, index) => this.text(`${path}.${index}`, value));
  }

  translation(): Translation {
    return { locale: this.locale, fallbacks: { ...this.fallbacks }, machineTranslated: [...this.machineTranslatedFields] };
  }
}

function firstLocaleWithText(value: LocalizedText): Locale | undefined {
  return (Object.keys(value) as Locale[]).find((locale) => Boolean(value[locale]));
}
