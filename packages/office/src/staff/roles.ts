/**
 * The three roles as the office reads them, and the role checkboxes of the
 * invite, change and token forms (at least one role; the error is the
 * fieldset's, linked from the summary to the first box).
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { StaffRole } from '@teilhabe/sdk';
import { fieldError } from '../shared/form-errors.js';

export const ROLES: readonly StaffRole[] = ['admin', 'editor', 'bookings'];

export function roleLabel(role: StaffRole): string {
  switch (role) {
    case 'admin':
      return msg('Admin', { id: 'staff.role.admin' });
    case 'editor':
      return msg('Redaktion', { id: 'staff.role.editor' });
    case 'bookings':
      return msg('Raumbuchungen', { id: 'staff.role.bookings' });
  }
}

function roleHint(role: StaffRole): string {
  switch (role) {
    case 'admin':
      return msg('Personen, Tokens, Einstellungen und alles andere', { id: 'staff.role.admin.hint' });
    case 'editor':
      return msg('Organisationen, Veranstaltungen, Förderprogramme, Vorschläge', { id: 'staff.role.editor.hint' });
    case 'bookings':
      return msg('Räume, Häuser und Buchungsanfragen', { id: 'staff.role.bookings.hint' });
  }
}

/** The roles of a person or token, in the order of `ROLES`. */
export function rolesText(roles: readonly StaffRole[]): string {
  return ROLES.filter((role) => roles.includes(role)).map(roleLabel).join(', ');
}

/** `prefix` keeps the ids apart when two forms are on one page (`invite-role-admin`). */
export function roleCheckboxes(prefix: string, selected: ReadonlySet<StaffRole>, errors: ReadonlyMap<string, string>, toggle: (role: StaffRole, on: boolean) => void, legend: string) {
  const errorKey = `${prefix}-role-admin`;
  const invalid = errors.has(errorKey);
  return html`<fieldset class="field ${invalid ? 'has-error' : ''}" aria-describedby=${invalid ? `${errorKey}-error` : nothing}>
    <legend>${legend}</legend>
    ${fieldError(errors, errorKey)}
    <div class="radios">
      ${ROLES.map(
        (role) => html`<div class="radio">
          <input type="checkbox" id="${prefix}-role-${role}" name="roles" .value=${role} .checked=${selected.has(role)} aria-describedby="${prefix}-role-${role}-hint"
            @change=${(e: Event) => toggle(role, (e.target as HTMLInputElement).checked)} />
          <label for="${prefix}-role-${role}">${roleLabel(role)} <span class="role-hint" id="${prefix}-role-${role}-hint">(${roleHint(role)})</span></label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

export function rolesMissing(): string {
  return msg('Wählen Sie mindestens eine Rolle', { id: 'staff.roles.missing' });
}
