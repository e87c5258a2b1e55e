/**
 * `<tk-office-staff>` (admins): the people of the office with their roles,
 * state and second factors; "Person einladen" and "Ändern" open their forms
 * in place, and after each a notification banner says what happened.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { StaffMember, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { rolesText } from './roles.js';
import { staffStyles } from './staff.styles.js';
import type { StaffChangedDetail } from './staff-member.js';
import { doneBanner } from '../shared/done-banner.js';
import { RemoteData, remoteState } from '../shared/remote-data.js';

type View = { kind: 'list' } | { kind: 'invite' } | { kind: 'edit'; member: StaffMember };

@localized()
export class TkOfficeStaff extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, staffStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** The id of the signed-in person, so their own account is marked and protected. */
  @property({ attribute: false }) currentStaffId = '';

  private readonly staff = new RemoteData(this, async () => (await this.client!.staff.list()).data);
  @state() private view: View = { kind: 'list' };
  @state() private banner: string | undefined;

  override render() {
    switch (this.view.kind) {
      case 'invite':
        return html`<tk-office-staff-invite .client=${this.client} @tk-staff-invited=${this.invited} @tk-cancel=${this.backToList}></tk-office-staff-invite>`;
      case 'edit':
        return html`<tk-office-staff-member .client=${this.client} .member=${this.view.member} ?self=${this.view.member.id === this.currentStaffId}
          @tk-staff-changed=${this.changed} @tk-cancel=${this.backToList}></tk-office-staff-member>`;
      default:
        return this.renderList();
    }
  }

  private renderList() {
    return html`${doneBanner(this.banner)}
      <h1 tabindex="-1">${msg('Personen im Büro', { id: 'staff.title' })}</h1>
      <p>${msg('Wer mit den Daten arbeitet und was die Person darf. Tokens für andere Systeme stehen unter „Tokens“.', { id: 'staff.intro' })}</p>
      <p><button type="button" class="button invite" @click=${() => this.open({ kind: 'invite' })}>${msg('Person einladen', { id: 'staff.invite.title' })}</button></p>
      ${remoteState(
        this.staff,
        { loading: msg('Die Personen werden geladen …', { id: 'staff.loading' }), failed: msg('Die Personen konnten nicht geladen werden.', { id: 'staff.load-failed' }) },
        (staff) => html`<ul class="people">${staff.map((member) => this.renderMember(member))}</ul>`,
      )}`;
  }

  private renderMember(member: StaffMember) {
    const self = member.id === this.currentStaffId;
    const headingId = `person-${member.id}`;
    return html`<li class="card person" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${member.name}${self ? html` <span class="tag">${msg('Sie', { id: 'staff.you' })}</span>` : nothing}</h2>
      <dl class="summary-list">
        <div><dt>${msg('E-Mail-Adresse', { id: 'staff.email' })}</dt><dd>${member.email}</dd></div>
        <div><dt>${msg('Rollen', { id: 'staff.roles' })}</dt><dd>${rolesText(member.roles)}</dd></div>
        <div><dt>${msg('Zustand', { id: 'staff.status' })}</dt><dd>${statusText(member.status)}</dd></div>
        <div><dt>${msg('Zweiter Faktor', { id: 'staff.second-factor' })}</dt><dd>${secondFactorText(member)}</dd></div>
      </dl>
      <button type="button" class="button secondary edit" @click=${() => this.open({ kind: 'edit', member })}>
        ${msg('Ändern', { id: 'check.change' })}<span class="visually-hidden">: ${member.name}</span>
      </button>
    </li>`;
  }

  private async open(view: View) {
    this.banner = undefined;
    this.view = view;
    await this.updateComplete;
    const form = this.shadowRoot?.querySelector('tk-office-staff-invite, tk-office-staff-member') as LitElement | null;
    await form?.updateComplete;
    form?.shadowRoot?.querySelector<HTMLElement>('h1')?.focus();
  }

  private async invited(event: CustomEvent<StaffMember>) {
    const { name, email } = event.detail;
    await this.showBanner(msg(str`Eingeladen: ${name}. ${email} bekommt eine E-Mail mit einem Link, um ein Passwort zu setzen. Der Link gilt 72 Stunden.`, { id: 'staff.banner.invited' }));
  }

  private async changed(event: CustomEvent<StaffChangedDetail>) {
    const { member, change } = event.detail;
    const before = this.staff.value?.find((m) => m.id === member.id);
    if (member.id === this.currentStaffId && before?.roles.some((role) => !member.roles.includes(role))) {
      // Losing a role ends every session of the person, this one too: the app signs out instead of failing on the next call.
      this.dispatchEvent(new CustomEvent('tk-sign-out-everywhere', { bubbles: true, composed: true }));
      return;
    }
    const name = member.name;
    await this.showBanner(
      change === 'disabled'
        ? msg(str`Deaktiviert: ${name}. Die Person ist überall abgemeldet.`, { id: 'staff.banner.disabled' })
        : change === 'enabled'
          ? msg(str`Wieder aktiv: ${name}.`, { id: 'staff.banner.enabled' })
          : msg(str`Gespeichert: ${name} hat jetzt die Rollen ${rolesText(member.roles)}.`, { id: 'staff.banner.roles' }),
    );
  }

  private async showBanner(text: string) {
    this.view = { kind: 'list' };
    await this.staff.reload();
    this.banner = text;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.banner')?.focus();
  }

  private async backToList() {
    this.view = { kind: 'list' };
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('h1')?.focus();
  }
}

function statusText(status: StaffMember['status']): string {
  switch (status) {
    case 'invited':
      return msg('Eingeladen, noch kein Passwort gesetzt', { id: 'staff.status.invited' });
    case 'active':
      return msg('Aktiv', { id: 'staff.status.active' });
    case 'disabled':
      return msg('Deaktiviert', { id: 'staff.status.disabled' });
  }
}

function secondFactorText(member: StaffMember): string {
  const factors = member.secondFactors.map((factor) => (factor === 'totp' ? msg('Authenticator-App', { id: 'staff.factor.totp' }) : msg('Passkey', { id: 'staff.factor.passkey' })));
  return factors.length ? factors.join(', ') : msg('keiner', { id: 'staff.factor.none' });
}
