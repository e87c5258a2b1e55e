/**
 * `<tk-office-set-password>`: the page behind the one-time link of an
 * invitation or a reset (`/office/set-password?tenant=…#token=…`). The app
 * shell takes the secret out of the address bar and hands it over here.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { describedBy, errorSummary, fieldError, focusErrorSummary } from '../shared/form-errors.js';
import { meaningOf } from '../shared/api-errors.js';

/** The server's rule: at least 12 characters (and not a common password, which only it knows). */
const MIN_LENGTH = 12;

@localized()
export class TkOfficeSetPassword extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** The secret of the one-time link. */
  @property({ attribute: false }) linkToken: string | undefined;
  /** Where "Jetzt anmelden" leads. */
  @property({ attribute: false }) signInHref = './';

  @state() private errors = new Map<string, string>();
  @state() private general: string | undefined;
  @state() private outcome: 'form' | 'done' | 'gone' = 'form';
  @state() private busy = false;
  private values = { password: '', repeat: '' };

  override render() {
    if (this.outcome === 'done') {
      return html`<div class="measure">
        <div class="banner" role="status"><p class="banner-title">${msg('Erledigt', { id: 'banner.done' })}</p>
          <div class="banner-body"><p>${msg('Ihr Passwort ist gesetzt.', { id: 'set-password.done' })}</p></div></div>
        <p><a class="button" href=${this.signInHref}>${msg('Jetzt anmelden', { id: 'set-password.sign-in' })}</a></p>
      </div>`;
    }
    if (this.outcome === 'gone' || !this.linkToken) {
      return html`<div class="measure">
        <h1 tabindex="-1">${msg('Der Link gilt nicht mehr', { id: 'set-password.gone.title' })}</h1>
        <p>${msg('Der Link wurde schon benutzt oder ist abgelaufen (er gilt 72 Stunden). Fordern Sie auf der Anmeldeseite mit „Passwort vergessen“ einen neuen an.', { id: 'set-password.gone.body' })}</p>
        <p><a href=${this.signInHref}>${msg('Zur Anmeldung', { id: 'set-password.to-sign-in' })}</a></p>
      </div>`;
    }
    return html`
      <h1 tabindex="-1">${msg('Passwort setzen', { id: 'set-password.title' })}</h1>
      ${errorSummary(this.errors, this.general)}
      <form novalidate @submit=${this.submit}>
        ${this.field('new-password', 'password', msg('Neues Passwort', { id: 'set-password.password' }), true)}
        ${this.field('repeat-password', 'repeat', msg('Passwort wiederholen', { id: 'set-password.repeat' }), false)}
        <div class="button-row"><button class="button" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Passwort setzen', { id: 'set-password.submit' })}</button></div>
      </form>
    `;
  }

  private field(id: string, key: 'password' | 'repeat', label: string, hint: boolean) {
    const invalid = this.errors.has(id);
    return html`<div class="field ${invalid ? 'has-error' : ''}">
      <label class="label" for=${id}>${label}</label>
      ${hint ? html`<p class="field-hint" id="${id}-hint">${msg('Mindestens 12 Zeichen. Ein Satz, den Sie sich merken können, eignet sich gut.', { id: 'set-password.hint' })}</p>` : ''}
      ${fieldError(this.errors, id)}
      <input class="input" id=${id} type="password" autocomplete="new-password" .value=${this.values[key]}
        @input=${(e: Event) => (this.values[key] = (e.target as HTMLInputElement).value)}
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(this.errors, id, hint)} />
    </div>`;
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (this.busy || !this.client || !this.linkToken) return;
    const errors = new Map<string, string>();
    if (this.values.password.length < MIN_LENGTH) errors.set('new-password', msg('Das Passwort muss mindestens 12 Zeichen haben', { id: 'set-password.too-short' }));
    else if (this.values.repeat !== this.values.password) errors.set('repeat-password', msg('Geben Sie dasselbe Passwort noch einmal ein', { id: 'set-password.mismatch' }));
    if (errors.size) return this.show(errors);
    this.busy = true;
    try {
      await this.client.auth.setPassword(this.linkToken, this.values.password);
      this.outcome = 'done';
    } catch (error) {
      const meaning = meaningOf(error);
      if (meaning.status === 410 || meaning.status === 404) this.outcome = 'gone';
      else if (meaning.status === 400 && meaning.fieldErrors.some((e) => e.path === 'password'))
        await this.show(new Map([['new-password', msg('Wählen Sie ein anderes Passwort: dieses ist zu bekannt oder zu kurz', { id: 'set-password.rejected' })]]));
      else await this.show(new Map(), msg('Das Passwort konnte nicht gesetzt werden. Versuchen Sie es in einem Moment noch einmal.', { id: 'set-password.failed' }));
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
}
