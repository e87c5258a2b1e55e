/**
 * `<tk-office-totp-setup>`: setting up an authenticator app. The secret is
 * shown as text in groups of four (there is no QR library in the app) and
 * as its `otpauth://` address, which the app on the same device can take;
 * the first code confirms it. Or, when set up, removing it after asking.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { TeilhabeClient, TotpEnrollment } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { describedBy, errorSummary, fieldError, focusErrorSummary } from '../shared/form-errors.js';
import { meaningOf } from '../shared/api-errors.js';
import { copyButton, copyText, type CopyState } from '../shared/copy-text.js';
import { describeWait } from '../shared/wait.js';
import { activeOfficeLocale } from '../localization/index.js';
import { failureText } from '../staff/failure.js';
import { staffStyles } from '../staff/staff.styles.js';
import { factorsChanged, lastFactorText } from './factor-events.js';
import { accountStyles } from './account.styles.js';

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to type and to compare. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

@localized()
export class TkOfficeTotpSetup extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, staffStyles, accountStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** An authenticator app is set up already. */
  @property({ type: Boolean }) enabled = false;

  @state() private enrollment: TotpEnrollment['data'] | undefined;
  @state() private errors = new Map<string, string>();
  @state() private general: string | undefined;
  @state() private busy = false;
  @state() private confirmingRemoval = false;
  @state() private copied: CopyState = 'idle';
  private code = '';

  override render() {
    return html`<h2 id="totp-title" tabindex="-1">${msg('Authenticator-App', { id: 'account.totp.title' })}</h2>
      ${errorSummary(this.errors, this.general)}
      ${this.enrollment ? this.renderEnrollment(this.enrollment) : this.enabled ? this.renderEnabled() : this.renderStart()}`;
  }

  private renderStart() {
    return html`<p>${msg('Eine App wie FreeOTP, Aegis oder Google Authenticator zeigt alle 30 Sekunden einen neuen Code. Mit ihm bestätigen Sie jede Anmeldung.', { id: 'account.totp.intro' })}</p>
      <p><button type="button" class="button secondary totp-start" @click=${this.start}>${msg('Authenticator-App einrichten', { id: 'account.totp.start' })}</button></p>`;
  }

  private renderEnabled() {
    if (this.confirmingRemoval) {
      return html`<div class="confirm" role="group" aria-labelledby="confirm-totp-title">
        <p id="confirm-totp-title" class="warning-text" tabindex="-1">${msg('Die App entfernen? Ihre Codes gelten dann nicht mehr für die Anmeldung.', { id: 'account.totp.remove.confirm' })}</p>
        <div class="button-row">
          <button type="button" class="button warning totp-remove-confirmed" @click=${this.removeApp}>${msg('App entfernen', { id: 'account.totp.remove' })}</button>
          <button type="button" class="link-button" @click=${() => this.askRemoval(false)}>${msg('Abbrechen', { id: 'staff.cancel' })}</button>
        </div>
      </div>`;
    }
    return html`<p><span class="tag">${msg('Eingerichtet', { id: 'account.totp.enabled' })}</span></p>
      <p><button type="button" class="button secondary totp-remove" @click=${() => this.askRemoval(true)}>${msg('App entfernen', { id: 'account.totp.remove' })}</button></p>`;
  }

  private renderEnrollment(enrollment: TotpEnrollment['data']) {
    const invalid = this.errors.has('totp-code');
    return html`<ol class="steps">
        <li>
          <p>${msg('Öffnen Sie die App und fügen Sie ein Konto hinzu. Geben Sie diesen Schlüssel ein:', { id: 'account.totp.step-key' })}</p>
          <p class="secret totp-secret">${groupSecret(enrollment.secret)}</p>
          ${copyButton(msg('Schlüssel kopieren', { id: 'account.totp.copy' }), this.copied, () => void this.copy(enrollment.secret))}
          <p>${msg('Auf demselben Gerät nimmt die App auch diese Adresse:', { id: 'account.totp.step-uri' })}</p>
          <p class="secret totp-uri">${enrollment.uri}</p>
        </li>
        <li>
          <form novalidate @submit=${this.confirm}>
            <div class="field ${invalid ? 'has-error' : ''}">
              <label class="label" for="totp-code">${msg('Code aus der App', { id: 'account.totp.code' })}</label>
              <p class="field-hint" id="totp-code-hint">${msg('6 Ziffern, zum Beispiel 123456', { id: 'second-factor.totp.hint' })}</p>
              ${fieldError(this.errors, 'totp-code')}
              <input class="input short" id="totp-code" autocomplete="one-time-code" inputmode="numeric" spellcheck="false" .value=${this.code}
                @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)}
                aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(this.errors, 'totp-code', true)} />
            </div>
            <div class="button-row">
              <button class="button totp-confirm" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('App bestätigen', { id: 'account.totp.confirm' })}</button>
              <button type="button" class="link-button" @click=${this.abandon}>${msg('Abbrechen', { id: 'staff.cancel' })}</button>
            </div>
          </form>
        </li>
      </ol>`;
  }

  private async start() {
    if (this.busy || !this.client) return;
    this.busy = true;
    try {
      this.enrollment = (await this.client.secondFactor.startTotpEnrollment()).data;
      this.code = '';
      this.copied = 'idle';
      this.errors = new Map();
      this.general = undefined;
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('#totp-title')?.focus();
    } catch (error) {
      const meaning = meaningOf(error);
      await this.show(new Map(), meaning.status === 409 ? msg('Eine App ist schon eingerichtet. Entfernen Sie sie zuerst.', { id: 'account.totp.exists' }) : failureText(meaning, msg('Die Einrichtung hat nicht begonnen. Versuchen Sie es in einem Moment noch einmal.', { id: 'account.totp.start-failed' })));
    } finally {
      this.busy = false;
    }
  }

  private async confirm(event: Event) {
    event.preventDefault();
    if (this.busy || !this.client) return;
    const code = this.code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) return this.show(new Map([['totp-code', msg('Geben Sie die 6 Ziffern ein, die die App gerade zeigt', { id: 'account.totp.code.missing' })]]));
    this.busy = true;
    try {
      const enrolled = await this.client.secondFactor.confirmTotpEnrollment(code);
      this.enrollment = undefined;
      this.code = '';
      factorsChanged(this, { factors: enrolled.data, recoveryCodes: enrolled.recoveryCodes, notice: msg('Die Authenticator-App ist eingerichtet. Ab jetzt fragt die Anmeldung nach ihrem Code.', { id: 'account.totp.done' }) });
    } catch (error) {
      const meaning = meaningOf(error);
      if (meaning.status === 401 || meaning.status === 400) {
        return this.show(new Map([['totp-code', msg('Der Code stimmt nicht. Geben Sie den Code ein, den die App jetzt zeigt. Stimmt er wieder nicht, prüfen Sie die Uhrzeit des Geräts.', { id: 'account.totp.code.wrong' })]]));
      }
      if (meaning.status === 410) {
        this.enrollment = undefined;
        return this.show(new Map(), msg('Die Einrichtung ist abgelaufen. Beginnen Sie neu; die App braucht dann den neuen Schlüssel.', { id: 'account.totp.expired' }));
      }
      if (meaning.status === 429) {
        const wait = describeWait(meaning.waitMs ?? 60_000, activeOfficeLocale());
        return this.show(new Map(), msg(str`Zu viele Versuche. Versuchen Sie es ${wait} wieder.`, { id: 'sign-in.throttled' }));
      }
      return this.show(new Map(), failureText(meaning, msg('Die App wurde nicht bestätigt. Versuchen Sie es in einem Moment noch einmal.', { id: 'account.totp.confirm-failed' })));
    } finally {
      this.busy = false;
    }
  }

  private async removeApp() {
    try {
      const { data } = await this.client!.secondFactor.removeTotp();
      this.confirmingRemoval = false;
      factorsChanged(this, { factors: data, recoveryCodes: [], notice: msg('Die Authenticator-App ist entfernt.', { id: 'account.totp.removed' }) });
    } catch (error) {
      const meaning = meaningOf(error);
      this.confirmingRemoval = false;
      await this.show(new Map(), meaning.status === 409 ? lastFactorText() : failureText(meaning, msg('Die App wurde nicht entfernt. Versuchen Sie es noch einmal.', { id: 'account.totp.remove-failed' })));
    }
  }

  private async askRemoval(asking: boolean) {
    this.confirmingRemoval = asking;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(asking ? '#confirm-totp-title' : '.totp-remove')?.focus();
  }

  private async abandon() {
    this.enrollment = undefined;
    this.errors = new Map();
    this.general = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.totp-start')?.focus();
  }

  private async copy(secret: string) {
    this.copied = await copyText(secret);
  }

  private async show(errors: Map<string, string>, general?: string) {
    this.errors = errors;
    this.general = general;
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }
}
