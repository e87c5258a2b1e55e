import { html, type TemplateResult } from 'lit';

/** The page a widget is embedded in: its `lang` (with `dir`) and its theme class. */
export interface PageContext {
  locale: string;
  theme: 'default' | 'kern';
}

/**
 * Wraps a story the way a host page would: a container with `lang`, `dir`
 * and, for the KERN theme, the `tk-theme-kern` class. Storybook's decorator
 * and the browser tests both use it, so the tests see what designers see.
 */
export function inPage(story: TemplateResult, context: PageContext): TemplateResult {
  const dir = context.locale === 'ar' || context.locale === 'fa' ? 'rtl' : 'ltr';
  return html`<div class="story-page ${context.theme === 'kern' ? 'tk-theme-kern' : ''}" lang=${context.locale} dir=${dir}>
    ${story}
  </div>`;
}
