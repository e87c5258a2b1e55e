/**
 * `<tk-office-passkeys>`: the person's passkeys (name, added, last used),
 * removing one after asking, and adding one: the server's options go to
 * `navigator.credentials.create`, the browser's answer back to the server.
 * A cancelled or refused dialog is said plainly; nothing else changes.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatDate, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { errorSummary, focusErrorSummary } from '../shared/form-errors.js';
import { meaningOf } from '../shared/api-errors.js';
import { activeOfficeLocale } from '../localization/index.js';
import { failureText } from '../staff/failure.js';
import { staffStyles } from '../staff/staff.styles.js';
import { factorsChanged, lastFactorText, type SecondFactors } from './factor-events.js';
import { createPasskey, passkeysSupported } from '../shared/webauthn.js';
import { accountStyles } from './account.styles.js';

type Passkey = SecondFactors['passkeys'][number];

@localized()
export class TkOfficePasskeys extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, staffStyles, accountStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  @property({ attribute: false }) passkeys: Passkey[] = [];

  @state() private general: string | undefined;
  @state() private busy = false;
  @state() private removing: string | undefined;
  private label = '';

  override render() {
    const locale = activeOfficeLocale();
    return html`<h2 id="passkeys-title" tabindex="-1">${msg('Passkeys', { id: 'account.passkeys.title' })}</h2>
      ${errorSummary(new Map(), this.general)}
      <p>${msg('Ein Passkey bestätigt die Anmeldung mit dem Fingerabdruck, dem Gesicht, der PIN des Geräts oder einem Sicherheitsschlüssel. Er funktioniert nur auf dieser Website und lässt sich nicht abfangen.', { id: 'account.passkeys.intro' })}</p>
      ${this.passkeys.length
        ? html`<ul class="passkeys">${this.passkeys.map((passkey) => this.renderPasskey(passkey, locale))}</ul>`
        : html`<p class="no-passkeys">${msg('Sie haben noch keinen Passkey.', { id: 'account.passkeys.none' })}</p>`}
      ${passkeysSupported()
        ? html`<form novalidate @submit=${this.add}>
            <div class="field">
              <label class="label" for="passkey-label">${msg('Name des Passkeys (optional)', { id: 'account.passkeys.label' })}</label>
              <p class="field-hint" id="passkey-label-hint">${msg('Woran Sie ihn erkennen, zum Beispiel „Laptop im Büro“', { id: 'account.passkeys.label.hint' })}</p>
              <input class="input" id="passkey-label" maxlength="80" autocomplete="off" aria-describedby="passkey-label-hint" .value=${this.label} @input=${(e: Event) => (this.label = (e.target as HTMLInputElement).value)} />
            </div>
            <div class="button-row"><button class="button secondary passkey-add" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Passkey hinzufügen', { id: 'account.passkeys.add' })}</button></div>
          </form>`
        : html`<p class="state">${msg('Dieser Browser kann keine Passkeys anlegen. Nehmen Sie einen aktuellen Browser oder richten Sie eine Authenticator-App ein.', { id: 'account.passkeys.unsupported' })}</p>`}`;
  }

  private renderPasskey(passkey: Passkey, locale: string) {
    const id = `passkey-${passkey.id}`;
    return html`<li class="card passkey" aria-labelledby=${id}>
      <h3 id=${id}>${passkey.label}</h3>
      <dl class="summary-list">
        <div><dt>${msg('Hinzugefügt', { id: 'account.passkeys.created' })}</dt><dd>${formatDate(passkey.createdAt, locale)}</dd></div>
        <div><dt>${msg('Zuletzt benutzt', { id: 'account.passkeys.used' })}</dt><dd>${passkey.lastUsedAt ? formatDate(passkey.lastUsedAt, locale) : msg('noch nie', { id: 'account.passkeys.never' })}</dd></div>
      </dl>
      ${this.removing === passkey.id
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-passkey-title">
            <p id="confirm-passkey-title" class="warning-text" tabindex="-1">${msg(str`„${passkey.label}“ entfernen? Mit diesem Passkey melden Sie sich dann nicht mehr an.`, { id: 'account.passkeys.remove.confirm' })}</p>
            <div class="button-row">
              <button type="button" class="button warning passkey-remove-confirmed" @click=${() => this.removePasskey(passkey)}>${msg('Passkey entfernen', { id: 'account.passkeys.remove' })}</button>
              <button type="button" class="link-button" @click=${() => this.askRemoval(undefined, passkey.id)}>${msg('Abbrechen', { id: 'staff.cancel' })}</button>
            </div>
          </div>`
        : html`<button type="button" class="button secondary passkey-remove" @click=${() => this.askRemoval(passkey.id)}>
            ${msg('Entfernen', { id: 'account.passkeys.remove.start' })}<span class="visually-hidden">: ${passkey.label}</span>
          </button>`}
    </li>`;
  }

  private async add(event: Event) {
    event.preventDefault();
    if (this.busy || !this.client) return;
    this.busy = true;
    this.general = undefined;
    try {
      const options = await this.client.secondFactor.passkeyRegistrationOptions();
      const response = await createPasskey(options.data);
      const enrolled = await this.client.secondFactor.registerPasskey(response, this.label.trim() || undefined);
      this.label = '';
      factorsChanged(this, { factors: enrolled.data, recoveryCodes: enrolled.recoveryCodes, notice: msg('Der Passkey ist hinzugefügt. Ab jetzt können Sie die Anmeldung mit ihm bestätigen.', { id: 'account.passkeys.added' }) });
    } catch (error) {
      await this.fail(this.addFailure(error));
    } finally {
      this.busy = false;
    }
  }

  private addFailure(error: unknown): string {
    if (error instanceof DOMException) {
      if (error.name === 'InvalidStateError') return msg('Dieser Passkey ist schon hinzugefügt.', { id: 'account.passkeys.exists' });
      return msg('Es wurde kein Passkey angelegt: Der Dialog wurde abgebrochen oder die Zeit ist abgelaufen. Versuchen Sie es noch einmal.', { id: 'account.passkeys.cancelled' });
    }
    const meaning = meaningOf(error);
    if (meaning.status === 409) return msg('Dieser Passkey ist schon hinzugefügt.', { id: 'account.passkeys.exists' });
    if (meaning.status === 410) return msg('Das hat zu lange gedauert. Versuchen Sie es noch einmal.', { id: 'account.passkeys.expired' });
    if (meaning.status === 400) return msg('Der Server konnte die Antwort des Browsers nicht prüfen. Versuchen Sie es noch einmal oder nehmen Sie einen anderen Browser.', { id: 'account.passkeys.unverified' });
    return failureText(meaning, msg('Der Passkey wurde nicht hinzugefügt. Versuchen Sie es in einem Moment noch einmal.', { id: 'account.passkeys.add-failed' }));
  }

  private async removePasskey(passkey: Passkey) {
    try {
      const { data } = await this.client!.secondFactor.removePasskey(passkey.id);
      this.removing = undefined;
      factorsChanged(this, { factors: data, recoveryCodes: [], notice: msg(str`Der Passkey „${passkey.label}“ ist entfernt.`, { id: 'account.passkeys.removed' }) });
    } catch (error) {
      const meaning = meaningOf(error);
      this.removing = undefined;
      await this.fail(meaning.status === 409 ? lastFactorText() : failureText(meaning, msg('Der Passkey wurde nicht entfernt. Versuchen Sie es noch einmal.', { id: 'account.passkeys.remove-failed' })));
    }
  }

  private async askRemoval(id: string | undefined, returnTo?: string) {
    this.removing = id;
    await this.updateComplete;
    const target = id ? '#confirm-passkey-title' : `[aria-labelledby="passkey-${returnTo}"] .passkey-remove`;
    this.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
  }

  private async fail(message: string) {
    this.general = message;
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }
}
