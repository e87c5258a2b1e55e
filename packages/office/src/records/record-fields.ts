/**
 * The form chassis' field model: each form is a list of fields over the
 * record as stored, addressed by a path. Values are read from and written to
 * a draft copy of the whole record, so what no field shows (contacts,
 * opening hours, social links) is kept as it was.
 */
import type { TemplateResult } from 'lit';
import type { Locale, TaxonomyName } from '@teilhabe/sdk';
import type { FieldContext } from './field-templates.js';

export type RecordData = Record<string, unknown>;

interface FieldBase {
  /** Where the value lives: `['address', 'city']`. */
  path: readonly string[];
  label: () => string;
  hint?: () => string;
  optional?: boolean;
  /** What the error says when the server refuses the value; it repeats the label. */
  error?: () => string;
  /** How the 412 comparison shows a value that is more than a text (a list of closures, a series). */
  summarize?: (value: unknown) => string;
}

export type FieldSpec =
  | (FieldBase & { kind: 'text' | 'email' | 'tel' | 'url'; nullable?: boolean })
  | (FieldBase & { kind: 'textarea' })
  | (FieldBase & { kind: 'integer' })
  /** A number with decimals (euros); a comma is read as the decimal mark. */
  | (FieldBase & { kind: 'decimal' })
  /** Codes of one of the tenant's taxonomies, as a checkbox per term (a code field when the list cannot be loaded). */
  | (FieldBase & { kind: 'taxonomy'; taxonomy: TaxonomyName; /** One code (a select), not a list. */ single?: boolean })
  /** A value with its own editor (a list of dates, a series): `render` draws it, writing through `context.onValue`. */
  | (FieldBase & { kind: 'editor'; render: (context: FieldContext, id: string) => TemplateResult })
  | (FieldBase & { kind: 'codes' })
  | (FieldBase & { kind: 'checkbox' })
  | (FieldBase & { kind: 'choice'; options: () => ReadonlyArray<readonly [value: string, label: string]> })
  /** A text per locale: German source plus each translation, side by side. */
  | (FieldBase & { kind: 'localized'; multiline?: boolean; nullable?: boolean });

export interface FieldGroup {
  title: () => string;
  fields: readonly FieldSpec[];
}

/** The DOM id of a field (and of one language of a localized field). */
export const fieldId = (path: readonly string[], locale?: Locale) => [...path, ...(locale ? [locale] : [])].join('-');

export function readPath(data: RecordData, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as RecordData)[key] : undefined;
  return value;
}

/** A copy of `data` with the value at `path` replaced (objects on the way created as needed). */
export function writePath(data: RecordData, path: readonly string[], value: unknown): RecordData {
  const [head, ...rest] = path;
  if (head === undefined) return data;
  const copy = { ...data };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
  } else {
    const inner = copy[head] && typeof copy[head] === 'object' ? (copy[head] as RecordData) : {};
    copy[head] = writePath(inner, rest, value);
  }
  return copy;
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The text a field shows for its value. */
export function displayValue(spec: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (spec.summarize) return spec.summarize(value);
  if (spec.kind === 'codes' || spec.kind === 'taxonomy') return Array.isArray(value) ? value.join(', ') : String(value);
  return String(value);
}

/** The value a field's text becomes; what cannot be parsed stays as typed, so the server names it and nothing is lost. */
export function parseValue(spec: FieldSpec, text: string): unknown {
  if (spec.kind === 'taxonomy' && spec.single) return text.trim() || undefined;
  switch (spec.kind) {
    case 'codes':
    case 'taxonomy':
      return text
        .split(',')
        .map((code) => code.trim())
        .filter(Boolean);
    case 'integer':
      return text.trim() === '' ? null : /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text;
    case 'decimal': {
      const number = text.trim().replace(',', '.');
      return number === '' ? null : /^-?\d+(\.\d+)?$/.test(number) ? Number(number) : text;
    }
    case 'text':
    case 'email':
    case 'tel':
    case 'url':
      return spec.nullable && text.trim() === '' ? null : text;
    default:
      return text;
  }
}

/** One comparable unit of a form: a field, or one language of a localized field. */
export interface FieldLeaf {
  spec: FieldSpec;
  path: readonly string[];
  locale?: Locale;
}

export function leavesOf(groups: readonly FieldGroup[], locales: readonly Locale[]): FieldLeaf[] {
  return groups.flatMap((group) =>
    group.fields.flatMap((spec): FieldLeaf[] => (spec.kind === 'localized' ? locales.map((locale) => ({ spec, path: [...spec.path, locale], locale })) : [{ spec, path: spec.path }])),
  );
}
