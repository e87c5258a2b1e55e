/**
 * Editors for the lists of a room: closures (date ranges with a reason) and
 * photos (an https address with its alternative text per language). Each row
 * is edited in place and removed by its own button; "add" appends an empty
 * row and moves the focus into it. They draw into the form's own shadow root,
 * so the error summary can link to their first field.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale } from '@teilhabe/sdk';
import type { FieldContext } from './field-templates.js';
import { directionOf, languageName } from './language-names.js';
import { readPath } from './record-fields.js';
import { dateText, parseDateText } from './wall-dates.js';

type Localized = Partial<Record<Locale, string>>;
export interface ClosureValue {
  from: string;
  to: string;
  reason: Localized | null;
}
export interface PhotoValue {
  url: string;
  alt: Localized;
}

/** After the form drew the new row: focus its first field. */
export async function focusAfterRender(event: Event, selector: string) {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  await (root.host as LitElement).updateComplete;
  root.querySelector<HTMLElement>(selector)?.focus();
}

const textOf = (event: Event) => (event.target as HTMLInputElement).value;

/** A localized text with one language replaced; null when no language is left. */
function withText(texts: Localized | null, locale: Locale, text: string): Localized | null {
  const next: Localized = { ...(texts ?? {}), [locale]: text };
  if (!text) delete next[locale];
  return Object.keys(next).length ? next : null;
}

export function closuresEditor(path: readonly string[]) {
  return (context: FieldContext, id: string): TemplateResult => {
    const closures = (readPath(context.draft, path) as ClosureValue[] | undefined) ?? [];
    const invalid = context.errors.has(id);
    const write = (index: number, change: Partial<ClosureValue>) => context.onValue(path, closures.map((c, i) => (i === index ? { ...c, ...change } : c)));
    const date = (text: string) => parseDateText(text) ?? text;
    // The first row's first field carries the field's id: the error summary links there.
    const fromId = (index: number) => (index === 0 ? id : `closure-${index}-from`);
    const add = (event: Event) => {
      context.onValue(path, [...closures, { from: '', to: '', reason: null }]);
      void focusAfterRender(event, `#${fromId(closures.length)}`);
    };
    const remove = (index: number) => (event: Event) => {
      context.onValue(path, closures.filter((_, i) => i !== index));
      void focusAfterRender(event, closures.length > 1 ? `#closure-${Math.max(0, index - 1)}-remove` : `#${id}`);
    };
    return html`<fieldset class="wide">
      <legend>${msg('Schließzeiten', { id: 'records.room.closures' })}</legend>
      <p class="field-hint" id="closures-hint">${msg('Tage, an denen der Raum nicht gebucht werden kann, etwa Ferien oder Renovierung. Daten wie 24.12.2027; ein einzelner Tag hat dasselbe Datum bei „von“ und „bis“.', { id: 'records.room.closures.hint' })}</p>
      ${closures.length === 0 ? html`<p>${msg('Keine Schließzeiten eingetragen.', { id: 'records.room.closures.none' })}</p>` : nothing}
      <ol class="editor-rows">
        ${closures.map(
          (closure, index) => html`<li class="editor-row">
            <div class="field">
              <label class="label" for=${fromId(index)}>${msg(str`Geschlossen von (Schließzeit ${index + 1})`, { id: 'records.room.closure.from' })}</label>
              <input class="input short-date" id=${fromId(index)} type="text" autocomplete="off" inputmode="numeric"
                .value=${dateText(closure.from)} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `closures-hint ${id}-error` : 'closures-hint'}
                @input=${(e: Event) => write(index, { from: date(textOf(e)) })} />
            </div>
            <div class="field">
              <label class="label" for=${`closure-${index}-to`}>${msg(str`Geschlossen bis (Schließzeit ${index + 1})`, { id: 'records.room.closure.to' })}</label>
              <input class="input short-date" id=${`closure-${index}-to`} type="text" autocomplete="off" inputmode="numeric" .value=${dateText(closure.to)} aria-invalid=${invalid ? 'true' : 'false'}
                @input=${(e: Event) => write(index, { to: date(textOf(e)) })} />
            </div>
            <div class="field">
              <label class="label" for=${`closure-${index}-reason`}>${msg(str`Grund (Schließzeit ${index + 1})`, { id: 'records.room.closure.reason' })} <span class="optional">${msg('(optional)', { id: 'records.optional' })}</span></label>
              <input class="input" id=${`closure-${index}-reason`} type="text" lang="de" .value=${closure.reason?.de ?? ''}
                @input=${(e: Event) => write(index, { reason: withText(closure.reason, 'de', textOf(e)) })} />
            </div>
            <button type="button" class="button secondary" id=${`closure-${index}-remove`} @click=${remove(index)}>${msg(str`Schließzeit ${index + 1} entfernen`, { id: 'records.room.closure.remove' })}</button>
          </li>`,
        )}
      </ol>
      <button type="button" class="button secondary" id=${closures.length === 0 ? id : 'closure-add'} @click=${add}>${msg('Schließzeit hinzufügen', { id: 'records.room.closure.add' })}</button>
    </fieldset>`;
  };
}

/** Only a full https address is shown: a preview must not load anything else. */
export function httpsUrl(text: string): string | undefined {
  const url = URL.parse(text.trim());
  return url && url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
}

export function photosEditor(path: readonly string[]) {
  return (context: FieldContext, id: string): TemplateResult => {
    const photos = (readPath(context.draft, path) as PhotoValue[] | undefined) ?? [];
    const invalid = context.errors.has(id);
    const write = (index: number, change: Partial<PhotoValue>) => context.onValue(path, photos.map((p, i) => (i === index ? { ...p, ...change } : p)));
    const urlId = (index: number) => (index === 0 ? id : `photo-${index}-url`);
    const add = (event: Event) => {
      context.onValue(path, [...photos, { url: '', alt: { de: '' } }]);
      void focusAfterRender(event, `#${urlId(photos.length)}`);
    };
    const remove = (index: number) => (event: Event) => {
      context.onValue(path, photos.filter((_, i) => i !== index));
      void focusAfterRender(event, photos.length > 1 ? `#photo-${Math.max(0, index - 1)}-remove` : `#${id}`);
    };
    return html`<fieldset class="wide">
      <legend>${msg('Fotos', { id: 'records.room.photos' })}</legend>
      <p class="field-hint" id="photos-hint">${msg('Adressen von Bildern, die mit https:// beginnen, und für jedes Bild eine kurze Beschreibung für Menschen, die es nicht sehen.', { id: 'records.room.photos.hint' })}</p>
      ${photos.length === 0 ? html`<p>${msg('Keine Fotos eingetragen.', { id: 'records.room.photos.none' })}</p>` : nothing}
      <ol class="editor-rows">
        ${photos.map((photo, index) => {
          const shown = httpsUrl(photo.url);
          return html`<li class="editor-row photo-row">
            <div class="field">
              <label class="label" for=${urlId(index)}>${msg(str`Adresse von Foto ${index + 1}`, { id: 'records.room.photo.url' })}</label>
              <input class="input" id=${urlId(index)} type="url" autocomplete="off" spellcheck="false" .value=${photo.url} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `photos-hint ${id}-error` : 'photos-hint'}
                @input=${(e: Event) => write(index, { url: textOf(e) })} />
              ${photo.url && !shown ? html`<p class="field-hint">${msg('Die Vorschau erscheint, sobald die Adresse mit https:// beginnt.', { id: 'records.room.photo.not-https' })}</p>` : nothing}
            </div>
            <div class="languages">
              ${context.locales.map(
                (locale) => html`<div class="language-column field">
                  <label class="label" for=${`photo-${index}-alt-${locale}`}>${msg(str`Beschreibung von Foto ${index + 1} – ${languageName(locale)}`, { id: 'records.room.photo.alt' })}${locale === 'de' ? nothing : html` <span class="optional">${msg('(optional)', { id: 'records.optional' })}</span>`}</label>
                  <input class="input" id=${`photo-${index}-alt-${locale}`} type="text" lang=${locale} dir=${directionOf(locale)} .value=${photo.alt?.[locale] ?? ''}
                    @input=${(e: Event) => write(index, { alt: withText(photo.alt, locale, textOf(e)) ?? {} })} />
                </div>`,
              )}
            </div>
            ${shown ? html`<figure class="photo-preview"><img src=${shown} alt=${photo.alt?.de ?? ''} referrerpolicy="no-referrer" loading="lazy" /><figcaption>${msg('Vorschau', { id: 'records.room.photo.preview' })}</figcaption></figure>` : nothing}
            <button type="button" class="button secondary" id=${`photo-${index}-remove`} @click=${remove(index)}>${msg(str`Foto ${index + 1} entfernen`, { id: 'records.room.photo.remove' })}</button>
          </li>`;
        })}
      </ol>
      <button type="button" class="button secondary" id=${photos.length === 0 ? id : 'photo-add'} @click=${add}>${msg('Foto hinzufügen', { id: 'records.room.photo.add' })}</button>
    </fieldset>`;
  };
}
