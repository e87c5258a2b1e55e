/**
 * The notice on an event that a calendar import keeps in step: where it
 * comes from, that the next sync may overwrite a change made here, and the
 * deliberate choice to change it anyway. Without that choice the server
 * refuses the write (`409 /problems/imported-event`); with it the form sends
 * `Overwrite-Imported: true`.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { StoredRecord } from '@teilhabe/sdk';
import { formatDate } from '../shared/from-components.js';
import { activeOfficeLocale } from '../localization/index.js';

export type ImportSource = NonNullable<StoredRecord['meta']['source']>;

export function importSourceNotice(source: ImportSource | null | undefined, overwrite: boolean, onOverwrite: (overwrite: boolean) => void) {
  if (!source) return nothing;
  const synced = source.lastSyncedAt
    ? msg(str`Zuletzt abgeglichen am ${formatDate(source.lastSyncedAt, activeOfficeLocale())}.`, { id: 'records.import-source.synced' })
    : '';
  return html`<div class="banner import-source" role="note" aria-labelledby="import-source-title">
    <p class="banner-title" id="import-source-title">${msg(str`Importiert aus „${source.name}“`, { id: 'records.import-source.title' })}</p>
    <div class="banner-body">
      <p>
        ${msg('Diese Veranstaltung kommt aus einem anderen Kalender. Ändert sich der Termin dort, überschreibt der nächste Abgleich, was Sie hier ändern. Ändern Sie ihn am besten in der Quelle.', { id: 'records.import-source.body' })}
        ${synced}
      </p>
      <p><a href=${source.url} rel="noopener noreferrer">${source.url}</a></p>
      <div class="choice">
        <input type="checkbox" id="overwrite-imported" .checked=${overwrite} @change=${(event: Event) => onOverwrite((event.target as HTMLInputElement).checked)} />
        <label for="overwrite-imported">${msg('Trotzdem hier ändern', { id: 'records.import-source.overwrite' })}</label>
      </div>
    </div>
  </div>`;
}

/** The server's refusal of a write to an imported event, when the form did not say it knows. */
export const IMPORTED_EVENT_PROBLEM = '/problems/imported-event';
