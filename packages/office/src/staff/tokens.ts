/**
 * `<tk-office-tokens>` (admins): tokens for other systems (imports, the
 * municipality's own programs). Creating one shows its secret exactly once,
 * with a copy button and a warning; revoking asks first. Revoked tokens stay
 * in the list, so the office sees what once had access.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ApiToken, StaffRole, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatDate, tokens as themeTokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { describedBy, errorSummary, fieldError, focusErrorSummary } from '../shared/form-errors.js';
import { meaningOf } from '../shared/api-errors.js';
import { copyButton, copyText, type CopyState } from '../shared/copy-text.js';
import { activeOfficeLocale } from '../localization/index.js';
import { roleCheckboxes, rolesMissing, rolesText } from './roles.js';
import { failureText } from './failure.js';
import { staffStyles } from './staff.styles.js';
import { doneBanner } from '../shared/done-banner.js';
import { RemoteData, remoteState } from '../shared/remote-data.js';

type View = 'list' | 'create' | 'created';
const NAME = /^[\p{L}\p{N} ._-]{2,80}$/u;

@localized()
export class TkOfficeTokens extends LitElement {
  static override styles = [themeTokens, baseStyles, officeStyles, staffStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;

  private readonly tokens = new RemoteData<ApiToken[]>(this, async () => (await this.client!.tokens.list()).data);
  @state() private view: View = 'list';
  @state() private banner: string | undefined;
  @state() private errors = new Map<string, string>();
  @state() private general: string | undefined;
  @state() private busy = false;
  @state() private roles = new Set<StaffRole>();
  @state() private revoking: ApiToken | undefined;
  @state() private revokeFailed = false;
  /** The secret of the token just created; dropped when the admin leaves the view. */
  @state() private created: { token: ApiToken; secret: string } | undefined;
  @state() private copied: CopyState = 'idle';
  private name = '';

  override render() {
    if (this.view === 'create') return this.renderCreate();
    if (this.view === 'created' && this.created) return this.renderCreated(this.created.token, this.created.secret);
    return this.renderList();
  }

  private renderList() {
    return html`${doneBanner(this.banner)}
      <h1 tabindex="-1">${msg('Tokens für andere Systeme', { id: 'tokens.title' })}</h1>
      <p>${msg('Mit einem Token arbeitet ein Programm mit den Daten, zum Beispiel ein Import oder das Fachverfahren der Verwaltung. Menschen melden sich dagegen selbst an.', { id: 'tokens.intro' })}</p>
      <p><button type="button" class="button create" @click=${this.openCreate}>${msg('Token erstellen', { id: 'tokens.create' })}</button></p>
      ${remoteState(this.tokens, { loading: msg('Die Tokens werden geladen …', { id: 'tokens.loading' }), failed: msg('Die Tokens konnten nicht geladen werden.', { id: 'tokens.load-failed' }) }, (tokens) =>
        tokens.length === 0
          ? html`<p class="state">${msg('Es gibt noch keinen Token.', { id: 'tokens.none' })}</p>`
          : html`<ul class="people">${tokens.map((token) => this.renderToken(token))}</ul>`,
      )}`;
  }

  private renderToken(token: ApiToken) {
    const locale = activeOfficeLocale();
    const headingId = `token-${token.id}`;
    const confirming = this.revoking?.id === token.id;
    return html`<li class="card token" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${token.name}${token.revokedAt ? html` <span class="tag muted">${msg('widerrufen', { id: 'tokens.revoked.tag' })}</span>` : nothing}</h2>
      <dl class="summary-list">
        <div><dt>${msg('Rollen', { id: 'staff.roles' })}</dt><dd>${rolesText(token.roles)}</dd></div>
        <div><dt>${msg('Erstellt', { id: 'tokens.created-at' })}</dt><dd>${formatDate(token.createdAt, locale)}</dd></div>
        ${token.revokedAt ? html`<div><dt>${msg('Widerrufen', { id: 'tokens.revoked-at' })}</dt><dd>${formatDate(token.revokedAt, locale)}</dd></div>` : nothing}
      </dl>
      ${token.revokedAt
        ? nothing
        : confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-revoke-title">
              <p id="confirm-revoke-title" class="warning-text" tabindex="-1">${msg(str`„${token.name}“ widerrufen? Programme, die diesen Token benutzen, werden ab sofort abgewiesen. Das lässt sich nicht rückgängig machen.`, { id: 'tokens.revoke.confirm' })}</p>
              ${this.revokeFailed ? html`<p class="field-error" role="alert">${msg('Der Token wurde nicht widerrufen. Versuchen Sie es noch einmal.', { id: 'tokens.revoke.failed' })}</p>` : nothing}
              <div class="button-row">
                <button type="button" class="button warning revoke-confirmed" @click=${() => this.revoke(token)}>${msg('Token widerrufen', { id: 'tokens.revoke' })}</button>
                <button type="button" class="link-button" @click=${this.stopRevoking}>${msg('Abbrechen', { id: 'staff.cancel' })}</button>
              </div>
            </div>`
          : html`<button type="button" class="button secondary revoke" @click=${() => this.startRevoking(token)}>
              ${msg('Widerrufen', { id: 'tokens.revoke.start' })}<span class="visually-hidden">: ${token.name}</span>
            </button>`}
    </li>`;
  }

  private renderCreate() {
    const invalid = this.errors.has('token-name');
    return html`<h1 tabindex="-1">${msg('Token erstellen', { id: 'tokens.create' })}</h1>
      ${errorSummary(this.errors, this.general)}
      <form novalidate @submit=${this.create}>
        <div class="field ${invalid ? 'has-error' : ''}">
          <label class="label" for="token-name">${msg('Name des Programms', { id: 'tokens.name' })}</label>
          <p class="field-hint" id="token-name-hint">${msg('Woran Sie den Token später erkennen, zum Beispiel „Import Vereinsregister“. Buchstaben, Ziffern, Leerzeichen, Punkt, Bindestrich.', { id: 'tokens.name.hint' })}</p>
          ${fieldError(this.errors, 'token-name')}
          <input class="input" id="token-name" autocomplete="off" spellcheck="false" .value=${this.name} @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)}
            aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(this.errors, 'token-name', true)} />
        </div>
        ${roleCheckboxes('token', this.roles, this.errors, (role, on) => this.toggle(role, on), msg('Was das Programm darf', { id: 'tokens.roles' }))}
        <div class="button-row">
          <button class="button" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Token erstellen', { id: 'tokens.create' })}</button>
          <button type="button" class="link-button" @click=${this.toList}>${msg('Abbrechen', { id: 'staff.cancel' })}</button>
        </div>
      </form>`;
  }

  private renderCreated(token: ApiToken, secret: string) {
    return html`<h1 tabindex="-1">${msg(str`Token „${token.name}“ erstellt`, { id: 'tokens.created.title' })}</h1>
      <div class="measure">
        <p class="warning-text">${msg('Sie sehen den Token nur jetzt. Kopieren Sie ihn und hinterlegen Sie ihn in dem Programm. Geht er verloren, widerrufen Sie ihn und erstellen einen neuen.', { id: 'tokens.created.warning' })}</p>
        <p><label for="token-secret" class="label">${msg('Token', { id: 'tokens.secret' })}</label></p>
        <output id="token-secret" class="secret" aria-live="off">${secret}</output>
        ${copyButton(msg('Token kopieren', { id: 'tokens.copy' }), this.copied, () => void this.copy(secret))}
        <p>${msg('Das Programm schickt ihn bei jeder Anfrage mit: Authorization: Bearer …', { id: 'tokens.created.usage' })}</p>
        <p><button type="button" class="button done" @click=${this.toList}>${msg('Fertig, ich habe den Token gespeichert', { id: 'tokens.created.done' })}</button></p>
      </div>`;
  }

  private toggle(role: StaffRole, on: boolean) {
    const roles = new Set(this.roles);
    if (on) roles.add(role);
    else roles.delete(role);
    this.roles = roles;
  }

  private async openCreate() {
    this.banner = undefined;
    this.errors = new Map();
    this.general = undefined;
    this.name = '';
    this.roles = new Set();
    await this.goTo('create');
  }

  private async create(event: Event) {
    event.preventDefault();
    if (this.busy || !this.client) return;
    const name = this.name.trim();
    const errors = new Map<string, string>();
    const nameMessage = msg('Geben Sie dem Token einen Namen aus 2 bis 80 Zeichen: Buchstaben, Ziffern, Leerzeichen, Punkt oder Bindestrich', { id: 'tokens.name.missing' });
    if (!NAME.test(name)) errors.set('token-name', nameMessage);
    if (this.roles.size === 0) errors.set('token-role-admin', rolesMissing());
    if (errors.size) return this.show(errors);
    this.busy = true;
    try {
      const created = await this.client.tokens.create({ name, roles: [...this.roles] });
      this.created = { token: created.data, secret: created.token };
      this.copied = 'idle';
      await this.goTo('created');
    } catch (error) {
      const meaning = meaningOf(error);
      if (meaning.status === 409) return this.show(new Map([['token-name', msg('Ein gültiger Token hat schon diesen Namen. Wählen Sie einen anderen.', { id: 'tokens.name.taken' })]]));
      const fields = new Map<string, string>();
      for (const { path } of meaning.fieldErrors) {
        if (path.startsWith('name')) fields.set('token-name', nameMessage);
        if (path.startsWith('roles')) fields.set('token-role-admin', rolesMissing());
      }
      if (fields.size) return this.show(fields);
      return this.show(new Map(), failureText(meaning, msg('Der Token wurde nicht erstellt. Versuchen Sie es in einem Moment noch einmal.', { id: 'tokens.create.failed' })));
    } finally {
      this.busy = false;
    }
  }

  private async copy(secret: string) {
    this.copied = await copyText(secret);
  }

  private async startRevoking(token: ApiToken) {
    this.banner = undefined;
    this.revoking = token;
    this.revokeFailed = false;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#confirm-revoke-title')?.focus();
  }

  private async stopRevoking() {
    const id = this.revoking?.id;
    this.revoking = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`[aria-labelledby="token-${id}"] .revoke`)?.focus();
  }

  private async revoke(token: ApiToken) {
    try {
      await this.client!.tokens.revoke(token.id);
    } catch {
      this.revokeFailed = true;
      return;
    }
    this.revoking = undefined;
    await this.tokens.reload();
    this.banner = msg(str`Widerrufen: „${token.name}“. Programme mit diesem Token werden ab jetzt abgewiesen.`, { id: 'tokens.banner.revoked' });
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.banner')?.focus();
  }

  private async toList() {
    const created = this.created;
    this.created = undefined;
    this.view = 'list';
    if (created) {
      await this.tokens.reload();
      this.banner = msg(str`Der Token „${created.token.name}“ ist bereit.`, { id: 'tokens.banner.created' });
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('.banner')?.focus();
      return;
    }
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('h1')?.focus();
  }

  private async show(errors: Map<string, string>, general?: string) {
    this.errors = errors;
    this.general = general;
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }

  private async goTo(view: View) {
    this.view = view;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('h1')?.focus();
  }
}
