/** The resident mail texts of every UI locale, and how a template is filled. */
import type { Locale } from '@teilhabe/contract';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { fa } from './fa.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import type { ResidentMailTexts } from './types.js';
import { uk } from './uk.js';

export type { ResidentMailTexts } from './types.js';

export const RESIDENT_MAIL_TEXTS: Record<Locale, ResidentMailTexts> = { de, en, tr, ar, uk, ru, fa };

/** Replaces `{name}` placeholders; values are inserted as they are (escaping is the renderer's job). */
export function fill(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
