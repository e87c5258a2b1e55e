import type { UiLocale } from '../localization/index.js';

/** Options of every read a widget makes: the content locale and the abort signal of the request. */
export interface ApiCallOptions {
  locale: UiLocale;
  signal?: AbortSignal | undefined;
}
