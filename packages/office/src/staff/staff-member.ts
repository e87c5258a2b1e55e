/**
 * `<tk-office-staff-member>`: an admin changes a person's roles, or disables
 * and enables the account. Disabling asks first and ends the person's
 * sessions at once. Nobody locks themselves out: the own account cannot be
 * disabled and the own admin role cannot be given up here, and when the
 * server refuses because the tenant would have no admin left (409), its
 * reason is shown with the roles as chosen. Fires `tk-staff-changed`.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { StaffMember, StaffPatch, StaffRole, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { errorSummary, focusErrorSummary } from '../shared/form-errors.js';
import { meaningOf } from '../shared/api-errors.js';
import { roleCheckboxes, rolesMissing } from './roles.js';
import { failureText } from './failure.js';
import { staffStyles } from './staff.styles.js';

export interface StaffChangedDetail {
  member: StaffMember;
  change: 'roles' | 'disabled' | 'enabled';
}

@localized()
export class TkOfficeStaffMember extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, staffStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  @property({ attribute: false }) member: StaffMember | undefined;
  /** The signed-in person is this member. */
  @property({ type: Boolean }) self = false;

  @state() private roles = new Set<StaffRole>();
  @state() private errors = new Map<string, string>();
  @state() private general: string | undefined;
  @state() private confirmingDisable = false;
  @state() private busy = false;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('member') && this.member) this.roles = new Set(this.member.roles);
  }

  override render() {
    const member = this.member;
    if (!member) return nothing;
    return html`<h1 tabindex="-1">${msg(str`${member.name} ändern`, { id: 'staff.edit.title' })}</h1>
      ${errorSummary(this.errors, this.general)}
      <p>${member.email}${this.self ? html` · <strong>${msg('Das sind Sie.', { id: 'staff.edit.self' })}</strong>` : nothing}</p>
      <form novalidate @submit=${this.saveRoles}>
        ${roleCheckboxes('edit', this.roles, this.errors, (role, on) => this.toggle(role, on), msg('Rollen', { id: 'staff.roles' }))}
        <p class="field-hint">
          ${this.self
            ? msg('Geben Sie eine eigene Rolle ab, endet jede Ihrer Sitzungen, auch diese; Sie melden sich dann neu an.', { id: 'staff.edit.roles.self-hint' })
            : msg('Nimmt eine Änderung der Person eine Rolle, endet jede ihrer Sitzungen; sie meldet sich neu an.', { id: 'staff.edit.roles.hint' })}
        </p>
        <div class="button-row">
          <button class="button save-roles" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Rollen speichern', { id: 'staff.edit.save' })}</button>
          <button type="button" class="link-button" @click=${this.cancel}>${msg('Abbrechen', { id: 'staff.cancel' })}</button>
        </div>
      </form>
      <section aria-labelledby="account-title">
        <h2 id="account-title">${msg('Konto', { id: 'staff.edit.account' })}</h2>
        ${this.renderAccount(member)}
      </section>`;
  }

  private renderAccount(member: StaffMember) {
    if (this.self) {
      return html`<p class="self-disable">${msg('Ihr eigenes Konto können Sie nicht deaktivieren. Bitten Sie eine andere Person mit der Rolle Admin darum.', { id: 'staff.edit.self-disable' })}</p>`;
    }
    if (member.status === 'disabled') {
      return html`<p>${msg('Das Konto ist deaktiviert. Die Person kann sich nicht anmelden.', { id: 'staff.edit.disabled' })}</p>
        <p><button type="button" class="button secondary enable" @click=${() => this.setDisabled(false)}>${msg('Konto wieder aktivieren', { id: 'staff.edit.enable' })}</button></p>`;
    }
    if (this.confirmingDisable) {
      return html`<div class="confirm" role="group" aria-labelledby="confirm-disable-title">
        <p id="confirm-disable-title" class="warning-text" tabindex="-1">${msg(str`${member.name} kann sich dann nicht mehr anmelden. Jede Sitzung der Person endet sofort.`, { id: 'staff.edit.disable.confirm' })}</p>
        <div class="button-row">
          <button type="button" class="button warning disable-confirmed" @click=${() => this.setDisabled(true)}>${msg('Konto deaktivieren', { id: 'staff.edit.disable' })}</button>
          <button type="button" class="link-button" @click=${this.stopConfirming}>${msg('Abbrechen', { id: 'staff.cancel' })}</button>
        </div>
      </div>`;
    }
    return html`<p><button type="button" class="button secondary disable" @click=${this.startConfirming}>${msg('Konto deaktivieren', { id: 'staff.edit.disable' })}</button></p>`;
  }

  private toggle(role: StaffRole, on: boolean) {
    const roles = new Set(this.roles);
    if (on) roles.add(role);
    else roles.delete(role);
    this.roles = roles;
  }

  private async startConfirming() {
    this.confirmingDisable = true;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#confirm-disable-title')?.focus();
  }

  private async stopConfirming() {
    this.confirmingDisable = false;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.disable')?.focus();
  }

  private async saveRoles(event: Event) {
    event.preventDefault();
    if (this.roles.size === 0) return this.show(new Map([['edit-role-admin', rolesMissing()]]));
    if (this.self && this.member!.roles.includes('admin') && !this.roles.has('admin')) {
      return this.show(new Map([['edit-role-admin', msg('Ihre eigene Rolle Admin können Sie nicht abgeben, sonst sperren Sie sich aus. Bitten Sie eine andere Person mit der Rolle Admin darum.', { id: 'staff.edit.self-admin' })]]));
    }
    await this.send({ roles: [...this.roles] }, 'roles');
  }

  private setDisabled(disabled: boolean) {
    return this.send({ disabled }, disabled ? 'disabled' : 'enabled');
  }

  private async send(patch: StaffPatch, change: StaffChangedDetail['change']) {
    if (this.busy || !this.client || !this.member) return;
    this.busy = true;
    try {
      const { data } = await this.client.staff.update(this.member.id, patch);
      this.dispatchEvent(new CustomEvent<StaffChangedDetail>('tk-staff-changed', { detail: { member: data, change }, bubbles: true, composed: true }));
    } catch (error) {
      const meaning = meaningOf(error);
      this.confirmingDisable = false;
      const general =
        meaning.status === 409
          ? msg('Dann hätte niemand mehr die Rolle Admin. Geben Sie zuerst einer anderen Person die Rolle Admin.', { id: 'staff.last-admin' })
          : meaning.status === 404
            ? msg('Diese Person gibt es nicht mehr. Gehen Sie zurück zur Liste.', { id: 'staff.gone' })
            : failureText(meaning, msg('Die Änderung wurde nicht gespeichert. Versuchen Sie es in einem Moment noch einmal.', { id: 'staff.edit.failed' }));
      await this.show(new Map(), general);
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
