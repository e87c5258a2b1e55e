/**
 * The weekly opening hours of a room: one row per weekday and time span (a
 * day may have two, e.g. morning and evening), in the tenant's wall time.
 * A time that cannot be read stays as typed, so the server names it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FieldContext } from './field-templates.js';
import { activeOfficeLocale } from '../localization/index.js';
import { focusAfterRender } from './list-editors.js';
import { readPath } from './record-fields.js';
import { parseTimeText } from './wall-dates.js';

interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}

/** ISO weekdays 1 (Monday) … 7 (Sunday), named in the office's language. */
export function weekdayName(weekday: number, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  return new Date(Date.UTC(2024, 0, weekday, 12)).toLocaleDateString(activeOfficeLocale(), { weekday: width, timeZone: 'UTC' });
}

export const summarizeOpeningHours = (value: unknown) => (value as Hours[]).map((h) => `${weekdayName(h.weekday, 'short')} ${h.opens}–${h.closes}`).join('; ');

export function openingHoursEditor(path: readonly string[]) {
  return (context: FieldContext, id: string): TemplateResult => {
    const rows = (readPath(context.draft, path) as Hours[] | undefined) ?? [];
    const invalid = context.errors.has(id);
    const write = (index: number, change: Partial<Hours>) => context.onValue(path, rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
    const time = (event: Event) => {
      const text = (event.target as HTMLInputElement).value;
      return parseTimeText(text) ?? text;
    };
    const dayId = (index: number) => (index === 0 ? id : `hours-${index}-weekday`);
    const add = (event: Event) => {
      const last = rows.at(-1);
      context.onValue(path, [...rows, { weekday: last ? (last.weekday % 7) + 1 : 1, opens: last?.opens ?? '09:00', closes: last?.closes ?? '17:00' }]);
      void focusAfterRender(event, `#${dayId(rows.length)}`);
    };
    const remove = (index: number) => (event: Event) => {
      context.onValue(path, rows.filter((_, i) => i !== index));
      void focusAfterRender(event, rows.length > 1 ? `#hours-${Math.max(0, index - 1)}-remove` : `#${id}`);
    };
    return html`<fieldset class="wide">
      <legend>${msg('Öffnungszeiten', { id: 'records.room.hours' })}</legend>
      <p class="field-hint" id="hours-hint">${msg('Zu diesen Zeiten kann der Raum gebucht werden. Uhrzeiten wie 18:00; ein Tag kann mehrere Zeilen haben.', { id: 'records.room.hours.hint' })}</p>
      ${rows.length === 0 ? html`<p>${msg('Keine Öffnungszeiten: der Raum kann nicht gebucht werden.', { id: 'records.room.hours.none' })}</p>` : nothing}
      <ol class="editor-rows">
        ${rows.map(
          (row, index) => html`<li class="editor-row">
            <div class="field">
              <label class="label" for=${dayId(index)}>${msg(str`Wochentag (Zeile ${index + 1})`, { id: 'records.room.hours.weekday' })}</label>
              <select class="input" id=${dayId(index)} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `hours-hint ${id}-error` : 'hours-hint'}
                @change=${(e: Event) => write(index, { weekday: Number((e.target as HTMLSelectElement).value) })}>
                ${[1, 2, 3, 4, 5, 6, 7].map((day) => html`<option value=${day} ?selected=${day === row.weekday}>${weekdayName(day)}</option>`)}
              </select>
            </div>
            <div class="field">
              <label class="label" for=${`hours-${index}-opens`}>${msg(str`Öffnet um (Zeile ${index + 1})`, { id: 'records.room.hours.opens' })}</label>
              <input class="input short-date" id=${`hours-${index}-opens`} type="text" autocomplete="off" .value=${row.opens} @input=${(e: Event) => write(index, { opens: time(e) })} />
            </div>
            <div class="field">
              <label class="label" for=${`hours-${index}-closes`}>${msg(str`Schließt um (Zeile ${index + 1})`, { id: 'records.room.hours.closes' })}</label>
              <input class="input short-date" id=${`hours-${index}-closes`} type="text" autocomplete="off" .value=${row.closes} @input=${(e: Event) => write(index, { closes: time(e) })} />
            </div>
            <button type="button" class="button secondary" id=${`hours-${index}-remove`} @click=${remove(index)}>${msg(str`Zeile ${index + 1} entfernen`, { id: 'records.room.hours.remove' })}</button>
          </li>`,
        )}
      </ol>
      <button type="button" class="button secondary" id=${rows.length === 0 ? id : 'hours-add'} @click=${add}>${msg('Öffnungszeit hinzufügen', { id: 'records.room.hours.add' })}</button>
    </fieldset>`;
  };
}
