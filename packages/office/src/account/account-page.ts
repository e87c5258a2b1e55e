/**
 * `<tk-office-account>`: the signed-in person's own sign-in security: the
 * authenticator app, passkeys, recovery codes (shown once, renewable), a
 * link to set a new password (the API changes passwords only by link), and
 * signing out everywhere, which the app shell carries out
 * (`tk-sign-out-everywhere`).
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatNumber, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { meaningOf } from '../shared/api-errors.js';
import { copyText, type CopyState } from '../shared/copy-text.js';
import { activeOfficeLocale } from '../localization/index.js';
import { failureText } from '../staff/failure.js';
import { staffStyles } from '../staff/staff.styles.js';
import type { FactorsChangedDetail, SecondFactors } from './factor-events.js';
import { recoveryCodesPanel } from './recovery-codes.js';
import { accountStyles } from './account.styles.js';
import { doneBanner } from '../shared/done-banner.js';
import { RemoteData, remoteState } from '../shared/remote-data.js';

@localized()
export class TkOfficeAccount extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles, staffStyles, accountStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** The signed-in person's e-mail address, where the password link goes. */
  @property({ attribute: false }) email = '';

  private readonly factors = new RemoteData<SecondFactors>(this, async () => (await this.client!.secondFactor.list()).data);
  @state() private banner: string | undefined;
  @state() private recoveryCodes: string[] = [];
  @state() private copied: CopyState = 'idle';
  @state() private confirmingRenewal = false;
  @state() private problem: string | undefined;
  @state() private passwordLink: 'idle' | 'sent' | 'failed' = 'idle';

  override render() {
    return html`${doneBanner(this.banner)}
      ${this.recoveryCodes.length ? recoveryCodesPanel(this.recoveryCodes, this.copied, () => void this.copyCodes(), () => void this.codesSaved()) : nothing}
      <h1 tabindex="-1">${msg('Anmeldung und Sicherheit', { id: 'account.title' })}</h1>
      ${remoteState(
        this.factors,
        { loading: msg('Ihre Anmeldewege werden geladen …', { id: 'account.loading' }), failed: msg('Ihre Anmeldewege konnten nicht geladen werden.', { id: 'account.load-failed' }) },
        (factors) => this.renderFactors(factors),
      )}
      <section class="account-section" aria-labelledby="password-title">
        <h2 id="password-title">${msg('Passwort ändern', { id: 'account.password.title' })}</h2>
        <p>${msg(str`Wir schicken einen Link an ${this.email}. Mit ihm setzen Sie ein neues Passwort; danach endet jede andere Sitzung.`, { id: 'account.password.intro' })}</p>
        <p><button type="button" class="button secondary password-link" @click=${this.sendPasswordLink}>${msg('Link schicken', { id: 'forgot.submit' })}</button></p>
        <p role="status" class="password-status">
          ${this.passwordLink === 'sent'
            ? msg('Der Link ist unterwegs. Er gilt 72 Stunden.', { id: 'account.password.sent' })
            : this.passwordLink === 'failed'
              ? msg('Der Link wurde nicht verschickt. Versuchen Sie es in einem Moment noch einmal.', { id: 'account.password.failed' })
              : nothing}
        </p>
      </section>
      <section class="account-section" aria-labelledby="everywhere-title">
        <h2 id="everywhere-title">${msg('Überall abmelden', { id: 'shell.sign-out-everywhere' })}</h2>
        <p>${msg('Beendet jede Ihrer Sitzungen auf jedem Gerät, auch diese. Nützlich, wenn Sie ein Gerät verloren haben oder an einem fremden Rechner angemeldet waren.', { id: 'account.everywhere.intro' })}</p>
        <p><button type="button" class="button warning sign-out-everywhere" @click=${this.signOutEverywhere}>${msg('Auf allen Geräten abmelden', { id: 'account.everywhere.submit' })}</button></p>
      </section>`;
  }

  private renderFactors(factors: SecondFactors) {
    const locale = activeOfficeLocale();
    const hasFactor = factors.totp || factors.passkeys.length > 0;
    return html`${factors.required && !hasFactor
        ? html`<p class="warning-text">${msg('Ihre Verwaltung verlangt einen zweiten Faktor. Richten Sie eine App oder einen Passkey ein.', { id: 'account.required' })}</p>`
        : nothing}
      <section class="account-section" aria-labelledby="totp-title">
        <tk-office-totp-setup .client=${this.client} ?enabled=${factors.totp} @tk-factors-changed=${this.factorsChanged}></tk-office-totp-setup>
      </section>
      <section class="account-section" aria-labelledby="passkeys-title">
        <tk-office-passkeys .client=${this.client} .passkeys=${factors.passkeys} @tk-factors-changed=${this.factorsChanged}></tk-office-passkeys>
      </section>
      <section class="account-section" aria-labelledby="codes-title">
        <h2 id="codes-title">${msg('Wiederherstellungscodes', { id: 'second-factor.recovery' })}</h2>
        ${this.problem ? html`<p class="field-error" role="alert">${this.problem}</p>` : nothing}
        ${hasFactor
          ? html`<p>${factors.recoveryCodesLeft === 1
                ? msg('Sie haben noch 1 Code.', { id: 'account.codes.left.one' })
                : msg(str`Sie haben noch ${formatNumber(factors.recoveryCodesLeft, locale)} Codes.`, { id: 'account.codes.left.other' })}</p>
              ${this.confirmingRenewal
                ? html`<div class="confirm" role="group" aria-labelledby="confirm-codes-title">
                    <p id="confirm-codes-title" class="warning-text" tabindex="-1">${msg('Neue Codes erzeugen? Die alten gelten dann nicht mehr.', { id: 'account.codes.confirm' })}</p>
                    <div class="button-row">
                      <button type="button" class="button warning codes-renew-confirmed" @click=${this.renewCodes}>${msg('Neue Codes erzeugen', { id: 'account.codes.renew' })}</button>
                      <button type="button" class="link-button" @click=${() => this.askRenewal(false)}>${msg('Abbrechen', { id: 'staff.cancel' })}</button>
                    </div>
                  </div>`
                : html`<p><button type="button" class="button secondary codes-renew" @click=${() => this.askRenewal(true)}>${msg('Neue Codes erzeugen', { id: 'account.codes.renew' })}</button></p>`}`
          : html`<p>${msg('Die Codes bekommen Sie, sobald Sie eine App oder einen Passkey eingerichtet haben.', { id: 'account.codes.later' })}</p>`}
      </section>`;
  }

  private factorsChanged(event: CustomEvent<FactorsChangedDetail>) {
    void this.applyChange(event.detail);
  }

  private async applyChange({ factors, recoveryCodes, notice }: FactorsChangedDetail) {
    this.factors.value = factors;
    this.banner = notice;
    this.recoveryCodes = recoveryCodes;
    this.copied = 'idle';
    this.problem = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(recoveryCodes.length ? '#recovery-title' : '.banner')?.focus();
  }

  private async askRenewal(asking: boolean) {
    this.confirmingRenewal = asking;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(asking ? '#confirm-codes-title' : '.codes-renew')?.focus();
  }

  private async renewCodes() {
    try {
      const renewed = await this.client!.secondFactor.regenerateRecoveryCodes();
      this.confirmingRenewal = false;
      await this.applyChange({ factors: renewed.data, recoveryCodes: renewed.recoveryCodes, notice: msg('Neue Wiederherstellungscodes erzeugt. Die alten gelten nicht mehr.', { id: 'account.codes.renewed' }) });
    } catch (error) {
      this.confirmingRenewal = false;
      this.problem = failureText(meaningOf(error), msg('Es wurden keine neuen Codes erzeugt. Versuchen Sie es noch einmal.', { id: 'account.codes.failed' }));
    }
  }

  private async copyCodes() {
    this.copied = await copyText(this.recoveryCodes.join('\n'));
  }

  private async codesSaved() {
    this.recoveryCodes = [];
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(this.banner ? '.banner' : 'h1')?.focus();
  }

  private async sendPasswordLink() {
    try {
      await this.client!.auth.requestPasswordReset(this.email);
      this.passwordLink = 'sent';
    } catch {
      this.passwordLink = 'failed';
    }
  }

  private signOutEverywhere() {
    this.dispatchEvent(new CustomEvent('tk-sign-out-everywhere', { bubbles: true, composed: true }));
  }
}
