/**
 * `<tk-office-sign-in>`: e-mail and password, then the second factor when the
 * session is `pending` (a code from the authenticator app or a recovery
 * code), the municipality's identity provider when configured, and the
 * forgotten password. Resolves with `tk-signed-in` carrying the session.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { SignInMethods, StaffSession, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { describedBy, errorSummary, fieldError, focusErrorSummary } from '../shared/form-errors.js';
import { meaningOf } from '../shared/api-errors.js';
import { describeWait } from '../shared/wait.js';
import { getPasskey, passkeySignInSupported } from '../shared/webauthn.js';
import { activeOfficeLocale } from '../localization/index.js';

type Step = 'credentials' | 'second-factor' | 'forgot' | 'forgot-sent';
type CodeKind = 'totp' | 'recovery-code';

export interface SignedInDetail {
  secret: string;
  session: StaffSession;
}

@localized()
export class TkOfficeSignIn extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles];

  /** The SDK client of the tenant (without a session). */
  @property({ attribute: false }) client: TeilhabeClient | undefined;

  @state() private step: Step = 'credentials';
  @state() private methods: SignInMethods | undefined;
  @state() private errors = new Map<string, string>();
  @state() private general: string | undefined;
  @state() private busy = false;
  @state() private codeKind: CodeKind = 'totp';
  @state() private pending: { secret: string; session: StaffSession } | undefined;
  private values = { email: '', password: '', code: '' };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.client?.signInMethods.get().then(
      (methods) => (this.methods = methods),
      () => undefined,
    );
  }

  override render() {
    switch (this.step) {
      case 'second-factor':
        return this.renderSecondFactor();
      case 'forgot':
        return this.renderForgot();
      case 'forgot-sent':
        return html`<div class="measure">
          <h1 tabindex="-1">${msg('Prüfen Sie Ihr Postfach', { id: 'forgot.sent.title' })}</h1>
          <p>${msg(str`Wenn ${this.values.email} zu einem Konto gehört, haben wir dorthin einen Link geschickt. Mit ihm setzen Sie ein neues Passwort. Der Link gilt 72 Stunden.`, { id: 'forgot.sent.body' })}</p>
          <p><button type="button" class="link-button" @click=${() => this.go('credentials')}>${msg('Zurück zur Anmeldung', { id: 'forgot.back' })}</button></p>
        </div>`;
      default:
        return this.renderCredentials();
    }
  }

  private renderCredentials() {
    const oidc = this.methods && this.client?.signInMethods.oidcStartUrl(this.methods);
    return html`
      <h1 tabindex="-1">${msg('Anmelden', { id: 'sign-in.title' })}</h1>
      ${errorSummary(this.errors, this.general)}
      <form novalidate @submit=${this.signIn}>
        ${this.textField('email', msg('E-Mail-Adresse', { id: 'sign-in.email' }), 'email', 'username')}
        ${this.textField('password', msg('Passwort', { id: 'sign-in.password' }), 'password', 'current-password')}
        <div class="button-row">
          <button class="button" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Anmelden', { id: 'sign-in.submit' })}</button>
          <button type="button" class="link-button" @click=${() => this.go('forgot')}>${msg('Passwort vergessen', { id: 'sign-in.forgot' })}</button>
        </div>
      </form>
      ${oidc
        ? html`<h2 class="oidc-title">${msg('Mit dem Konto der Verwaltung', { id: 'sign-in.oidc.title' })}</h2>
            <p><a class="button secondary" href=${oidc}>${msg('Mit dem Verwaltungskonto anmelden', { id: 'sign-in.oidc.link' })}</a></p>`
        : nothing}
    `;
  }

  private renderSecondFactor() {
    const options = this.pending?.session.secondFactorOptions ?? [];
    const passkey = options.includes('passkey');
    const codes = options.includes('totp') || options.includes('recovery-code');
    if (!codes && !passkey) {
      return html`<div class="measure">
        <h1 tabindex="-1">${msg('Zweiter Faktor nötig', { id: 'second-factor.enroll.title' })}</h1>
        <p>${msg('Ihr Konto braucht einen zweiten Faktor (Authenticator-App oder Passkey). Die Office-App kann ihn noch nicht einrichten. Ihre Administration richtet ihn mit Ihnen ein.', { id: 'second-factor.enroll.body' })}</p>
        <p><button type="button" class="link-button" @click=${() => this.go('credentials')}>${msg('Zurück zur Anmeldung', { id: 'forgot.back' })}</button></p>
      </div>`;
    }
    return html`
      <h1 tabindex="-1">${msg('Bestätigen Sie die Anmeldung', { id: 'second-factor.title' })}</h1>
      ${errorSummary(this.errors, this.general)}
      ${passkey ? this.renderPasskey() : nothing}
      ${codes ? html`${passkey ? html`<h2>${msg('Mit einem Code', { id: 'second-factor.codes.title' })}</h2>` : nothing}${this.renderCodeForm(options)}` : nothing}
    `;
  }

  private renderPasskey() {
    if (!passkeySignInSupported()) {
      return html`<p class="measure">${msg('Dieser Browser kann keine Passkeys verwenden. Nehmen Sie einen anderen Browser oder einen Wiederherstellungscode.', { id: 'second-factor.passkey.unsupported' })}</p>`;
    }
    return html`<p class="measure">${msg('Bestätigen Sie mit Ihrem Passkey: auf diesem Gerät oder mit einem Sicherheitsschlüssel.', { id: 'second-factor.passkey.intro' })}</p>
      <p><button type="button" class="button passkey-sign-in" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.verifyWithPasskey()}>
        ${msg('Mit Passkey bestätigen', { id: 'second-factor.passkey.button' })}
      </button></p>`;
  }

  private renderCodeForm(options: readonly string[]) {
    const totp = this.codeKind === 'totp';
    const other: CodeKind = totp ? 'recovery-code' : 'totp';
    return html`
      <form novalidate @submit=${this.verify}>
        <div class="field ${this.errors.has('code') ? 'has-error' : ''}">
          <label class="label" for="code">${totp ? msg('Code aus der Authenticator-App', { id: 'second-factor.totp' }) : msg('Wiederherstellungscode', { id: 'second-factor.recovery' })}</label>
          <p class="field-hint" id="code-hint">
            ${totp ? msg('6 Ziffern, zum Beispiel 123456', { id: 'second-factor.totp.hint' }) : msg('Einer der zehn Codes, die Sie beim Einrichten bekommen haben. Jeder Code gilt einmal.', { id: 'second-factor.recovery.hint' })}
          </p>
          ${fieldError(this.errors, 'code')}
          <input class="input short" id="code" name="code" autocomplete="one-time-code" inputmode=${totp ? 'numeric' : 'text'} spellcheck="false"
            .value=${this.values.code} @input=${(e: Event) => (this.values.code = (e.target as HTMLInputElement).value)}
            aria-invalid=${this.errors.has('code') ? 'true' : 'false'} aria-describedby=${describedBy(this.errors, 'code', true)} />
        </div>
        <div class="button-row">
          <button class="button" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Weiter', { id: 'second-factor.submit' })}</button>
          ${options.includes(other)
            ? html`<button type="button" class="link-button" @click=${() => this.switchCode(other)}>
                ${other === 'recovery-code' ? msg('Einen Wiederherstellungscode verwenden', { id: 'second-factor.use-recovery' }) : msg('Den Code der App verwenden', { id: 'second-factor.use-totp' })}
              </button>`
            : nothing}
        </div>
      </form>
    `;
  }

  private renderForgot() {
    return html`
      <h1 tabindex="-1">${msg('Passwort vergessen', { id: 'forgot.title' })}</h1>
      ${errorSummary(this.errors, this.general)}
      <form novalidate @submit=${this.requestReset}>
        <p>${msg('Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort setzen.', { id: 'forgot.intro' })}</p>
        ${this.textField('email', msg('E-Mail-Adresse', { id: 'sign-in.email' }), 'email', 'username')}
        <div class="button-row">
          <button class="button">${msg('Link schicken', { id: 'forgot.submit' })}</button>
          <button type="button" class="link-button" @click=${() => this.go('credentials')}>${msg('Zurück zur Anmeldung', { id: 'forgot.back' })}</button>
        </div>
      </form>
    `;
  }

  private textField(name: 'email' | 'password', label: string, type: string, autocomplete: string) {
    const invalid = this.errors.has(name);
    return html`<div class="field ${invalid ? 'has-error' : ''}">
      <label class="label" for=${name}>${label}</label>
      ${fieldError(this.errors, name)}
      <input class="input" id=${name} name=${name} type=${type} autocomplete=${autocomplete} spellcheck="false"
        .value=${this.values[name]} @input=${(e: Event) => (this.values[name] = (e.target as HTMLInputElement).value)}
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(this.errors, name)} />
    </div>`;
  }

  private async signIn(event: Event) {
    event.preventDefault();
    if (this.busy || !this.client) return;
    const errors = new Map<string, string>();
    if (!this.values.email.trim()) errors.set('email', msg('Geben Sie Ihre E-Mail-Adresse an', { id: 'sign-in.email.missing' }));
    if (!this.values.password) errors.set('password', msg('Geben Sie Ihr Passwort an', { id: 'sign-in.password.missing' }));
    if (errors.size) return this.showErrors(errors);
    await this.run(async () => {
      const session = await this.client!.auth.signIn(this.values.email.trim(), this.values.password);
      this.values.password = '';
      if (session.secondFactor === 'pending') {
        this.pending = { secret: session.token!, session };
        this.codeKind = session.secondFactorOptions.includes('totp') ? 'totp' : 'recovery-code';
        this.go('second-factor');
      } else {
        this.done(session.token!, session);
      }
    }, msg('E-Mail-Adresse oder Passwort stimmen nicht. Prüfen Sie beides.', { id: 'sign-in.wrong' }));
  }

  private async verify(event: Event) {
    event.preventDefault();
    if (this.busy || !this.client || !this.pending) return;
    const code = this.values.code.replace(/\s+/g, '');
    const totp = this.codeKind === 'totp';
    if (!code) {
      return this.showErrors(new Map([['code', totp ? msg('Geben Sie den Code aus der App an', { id: 'second-factor.totp.missing' }) : msg('Geben Sie einen Wiederherstellungscode an', { id: 'second-factor.recovery.missing' })]]));
    }
    const { secret } = this.pending;
    const person = this.client.withToken(secret).secondFactor;
    await this.run(async () => {
      const passed = await (totp ? person.verifyTotp(code) : person.useRecoveryCode(code));
      this.values.code = '';
      this.done(secret, passed.data);
    }, totp ? msg('Der Code stimmt nicht oder ist abgelaufen. Geben Sie den neuen Code aus der App an.', { id: 'second-factor.wrong' }) : msg('Der Wiederherstellungscode stimmt nicht oder wurde schon benutzt.', { id: 'second-factor.recovery.wrong' }));
  }

  private async verifyWithPasskey() {
    if (this.busy || !this.client || !this.pending) return;
    const { secret } = this.pending;
    const person = this.client.withToken(secret).secondFactor;
    await this.run(async () => {
      const options = await person.passkeyAuthenticationOptions();
      let response;
      try {
        response = await getPasskey(options.data);
      } catch (error) {
        // The browser's dialog was cancelled, timed out or found no passkey of this account.
        if (!(error instanceof DOMException)) throw error;
        await this.showErrors(new Map(), msg('Der Passkey hat nicht geantwortet, oder Sie haben abgebrochen. Versuchen Sie es noch einmal.', { id: 'second-factor.passkey.cancelled' }));
        return;
      }
      const passed = await person.verifyPasskey(response);
      this.done(secret, passed.data);
    }, msg('Dieser Passkey gehört nicht zu Ihrem Konto oder wurde nicht erkannt.', { id: 'second-factor.passkey.wrong' }));
  }

  private async requestReset(event: Event) {
    event.preventDefault();
    if (this.busy || !this.client) return;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.values.email.trim())) {
      return this.showErrors(new Map([['email', msg('Geben Sie Ihre E-Mail-Adresse an, zum Beispiel name@stadt.de', { id: 'forgot.email.missing' })]]));
    }
    await this.run(async () => {
      await this.client!.auth.requestPasswordReset(this.values.email.trim());
      this.go('forgot-sent');
    }, msg('Der Link konnte nicht angefordert werden.', { id: 'forgot.failed' }));
  }

  /** Runs a call; a 401 means `wrong`, a 429 says how long to wait, anything else that it did not work. */
  private async run(call: () => Promise<void>, wrong: string) {
    this.busy = true;
    try {
      await call();
    } catch (error) {
      const meaning = meaningOf(error);
      let general: string;
      if (meaning.status === 429) {
        const wait = describeWait(meaning.waitMs ?? 60_000, activeOfficeLocale());
        general = msg(str`Zu viele Versuche. Versuchen Sie es ${wait} wieder.`, { id: 'sign-in.throttled' });
      } else if (meaning.status === 401 || meaning.status === 400) {
        general = wrong;
      } else if (meaning.status === 0) {
        general = msg('Keine Verbindung zum Server. Prüfen Sie die Internetverbindung und versuchen Sie es noch einmal.', { id: 'sign-in.offline' });
      } else {
        general = msg('Die Anmeldung hat nicht geklappt. Versuchen Sie es in einem Moment noch einmal.', { id: 'sign-in.failed' });
      }
      this.showErrors(new Map(), general);
    } finally {
      this.busy = false;
    }
  }

  private async showErrors(errors: Map<string, string>, general?: string) {
    this.errors = errors;
    this.general = general;
    await this.updateComplete;
    focusErrorSummary(this.shadowRoot);
  }

  private async go(step: Step) {
    this.step = step;
    this.errors = new Map();
    this.general = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('h1')?.focus();
  }

  private async switchCode(kind: CodeKind) {
    this.codeKind = kind;
    this.values.code = '';
    this.errors = new Map();
    this.general = undefined;
    await this.updateComplete;
    this.shadowRoot?.getElementById('code')?.focus();
  }

  private done(secret: string, session: StaffSession) {
    this.pending = undefined;
    this.dispatchEvent(new CustomEvent<SignedInDetail>('tk-signed-in', { detail: { secret, session }, bubbles: true, composed: true }));
  }
}
