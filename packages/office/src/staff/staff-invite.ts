/**
 * `<tk-office-staff-invite>`: an admin invites a person (name, e-mail,
 * roles). The server mails the one-time link to set a password; the form
 * fires `tk-staff-invited` with the new person. Errors follow GOV.UK: a
 * summary that takes the focus, the message at the field, nothing cleared.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { StaffMember, StaffRole, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { describedBy, errorSummary, fieldError, focusErrorSummary } from '../shared/form-errors.js';
import { meaningOf } from '../shared/api-errors.js';
import { roleCheckboxes, rolesMissing } from './roles.js';
import { failureText } from './failure.js';
import { staffStyles } from './staff.styles.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

@localized()
export class TkOfficeStaffInvite extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, staffStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;

  @state() private errors = new Map<string, string>();
  @state() private general: string | undefined;
  @state() private busy = false;
  @state() private roles = new Set<StaffRole>();
  private values = { name: '', email: '' };

  override render() {
    return html`<h1 tabindex="-1">${msg('Person einladen', { id: 'staff.invite.title' })}</h1>
      ${errorSummary(this.errors, this.general)}
      <form novalidate @submit=${this.submit}>
        ${this.textField('invite-name', 'name', msg('Name', { id: 'staff.name' }), 'text', 'off')}
        ${this.textField('invite-email', 'email', msg('E-Mail-Adresse', { id: 'staff.email' }), 'email', 'off', msg('An diese Adresse schicken wir einen Link. Mit ihm setzt die Person ihr Passwort. Der Link gilt 72 Stunden.', { id: 'staff.email.hint' }))}
        ${roleCheckboxes('invite', this.roles, this.errors, (role, on) => this.toggle(role, on), msg('Rollen', { id: 'staff.roles' }))}
        <div class="button-row">
          <button class="button" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Einladung schicken', { id: 'staff.invite.submit' })}</button>
          <button type="button" class="link-button" @click=${this.cancel}>${msg('Abbrechen', { id: 'staff.cancel' })}</button>
        </div>
      </form>`;
  }

  private textField(id: string, key: 'name' | 'email', label: string, type: string, autocomplete: string, hint?: string) {
    const invalid = this.errors.has(id);
    return html`<div class="field ${invalid ? 'has-error' : ''}">
      <label class="label" for=${id}>${label}</label>
      ${hint ? html`<p class="field-hint" id="${id}-hint">${hint}</p>` : ''}
      ${fieldError(this.errors, id)}
      <input class="input" id=${id} type=${type} autocomplete=${autocomplete} spellcheck="false" .value=${this.values[key]}
        @input=${(e: Event) => (this.values[key] = (e.target as HTMLInputElement).value)}
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(this.errors, id, !!hint)} />
    </div>`;
  }

  private toggle(role: StaffRole, on: boolean) {
    const roles = new Set(this.roles);
    if (on) roles.add(role);
    else roles.delete(role);
    this.roles = roles;
  }

  private fieldMessages() {
    return {
      name: msg('Geben Sie den Namen der Person an', { id: 'staff.name.missing' }),
      email: msg('Geben Sie die E-Mail-Adresse der Person an, zum Beispiel name@stadt.de', { id: 'staff.email.missing' }),
      roles: rolesMissing(),
    };
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (this.busy || !this.client) return;
    const messages = this.fieldMessages();
    const name = this.values.name.trim();
    const email = this.values.email.trim();
    const errors = new Map<string, string>();
    if (name.length < 2) errors.set('invite-name', messages.name);
    if (!EMAIL.test(email)) errors.set('invite-email', messages.email);
    if (this.roles.size === 0) errors.set('invite-role-admin', messages.roles);
    if (errors.size) return this.show(errors);
    this.busy = true;
    try {
      const invited = await this.client.staff.invite({ name, email, roles: [...this.roles] });
      this.dispatchEvent(new CustomEvent<StaffMember>('tk-staff-invited', { detail: invited.data, bubbles: true, composed: true }));
    } catch (error) {
      const meaning = meaningOf(error);
      if (meaning.status === 409) {
        return this.show(new Map([['invite-email', msg('Zu dieser E-Mail-Adresse gibt es schon ein Konto. Geben Sie eine andere an oder ändern Sie die Person in der Liste.', { id: 'staff.email.taken' })]]));
      }
      const fields = new Map<string, string>();
      for (const { path } of meaning.fieldErrors) {
        const key = path.split('.')[0] as keyof typeof messages;
        if (key in messages) fields.set(key === 'roles' ? 'invite-role-admin' : `invite-${key}`, messages[key]);
      }
      if (fields.size) return this.show(fields);
      return this.show(new Map(), failureText(meaning, msg('Die Einladung wurde nicht verschickt. Versuchen Sie es in einem Moment noch einmal.', { id: 'staff.invite.failed' })));
    } finally {
      this.busy = false;
    }
  }

  private async show(errors: Map<string, string>, general?: string) {
    this.errors = errors;
    this.general = general;
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }

  private cancel() {
    this.dispatchEvent(new CustomEvent('tk-cancel', { bubbles: true, composed: true }));
  }
}
