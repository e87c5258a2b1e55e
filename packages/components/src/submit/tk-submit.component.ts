import { html, nothing, type TemplateResult } from 'lit';
import { formErrorStyles } from '../shared/form-errors.styles.js';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../shared/base.styles.js';
import { widgetFrameStyles } from '../shared/widget-frame.styles.js';
import { errorState } from '../shared/status.js';
import { WidgetElement } from '../shared/widget-element.js';
import { tokens } from '../theme/tokens.styles.js';
import { createSubmitApi, type SubmitApi, type SubmitTaxonomy, type TaxonomyTerm } from './submit-api.js';
import { emptyValues, fieldLabel, fieldsOf, isOptional, proposalOf, validate, type SubmitErrors, type SubmitField, type SubmitKind, type SubmitValues } from './submit-form-model.js';
import { submitStyles } from './submit.styles.js';

export interface SubmitEvents {
  /** The proposal reached the office. */
  'tk-submitted': { kind: SubmitKind };
  [name: string]: unknown;
}

type Notice = 'offline' | 'failed' | 'too-many' | 'refused';

/**
 * `<tk-submit>`: a public form to propose a new organisation or an event to
 * the office, without an account. What is sent waits in the office's review
 * queue; the person is told of the decision by mail. Spam protection without
 * a third party: a proof of work the browser solves (Web Crypto, no cookie)
 * and a field people do not see.
 *
 * @summary Propose an organisation or an event.
 * @fires tk-submitted - The proposal was received; `detail.kind`.
 * @slot heading - Replaces the heading.
 * @slot intro - Text under the heading.
 * @csspart base - The widget frame.
 * @csspart error-summary - The list of mistakes above the form.
 * @csspart button - Buttons.
 */
@localized()
export class TkSubmit extends WidgetElement<SubmitApi, SubmitEvents> {
  static override styles = [tokens, baseStyles, widgetFrameStyles, formErrorStyles, submitStyles];

  /** What is proposed: `organization` (default) or `event`. */
  @property() kind: SubmitKind = 'organization';
  /** Link to the privacy statement of the municipality; shown in the privacy note. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private values: SubmitValues = emptyValues();
  @state() private errors: SubmitErrors = {};
  @state() private notice: Notice | undefined;
  @state() private sending = false;
  @state() private sent = false;

  protected readonly taxonomies: readonly SubmitTaxonomy[] = [];
  private readonly terms = this.fetcher<TaxonomyTerm[]>();

  protected createApi(baseUrl: string, tenant: string): SubmitApi {
    return createSubmitApi(baseUrl, tenant);
  }

  protected localeChanged(): void {
    this.loadTerms();
  }

  override updated(changed: Map<string, unknown>): void {
    super.updated(changed);
    if (changed.has('kind') || changed.has('api') || changed.has('apiBase') || changed.has('tenant')) this.loadTerms();
  }

  private loadedFor = '';
  private loadTerms(): void {
    const api = this.client();
    const key = `${this.kind} ${this.contentLocale} ${this.apiBase} ${this.tenant}`;
    if (!api || key === this.loadedFor) return;
    this.loadedFor = key;
    const name: SubmitTaxonomy = this.kind === 'event' ? 'event-formats' : 'organization-types';
    void this.terms.run((signal) => api.getTaxonomy(name, { locale: this.contentLocale, signal }));
  }

  private change(patch: Partial<SubmitValues>): void {
    this.values = { ...this.values, ...patch };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.errors = validate(this.kind, this.values);
    this.notice = undefined;
    if (Object.keys(this.errors).length) {
      this.focusAfterUpdate.request('.error-summary');
      return;
    }
    const api = this.client();
    if (!api) return;
    this.sending = true;
    this.announcer.announce(msg('Der Vorschlag wird gesendet …', { id: 'sub.sending' }));
    try {
      await api.submit(proposalOf(this.kind, this.values, this.contentLocale), {});
      this.sent = true;
      this.announcer.announce(msg('Danke. Ihr Vorschlag ist beim Büro angekommen.', { id: 'sub.sent.title' }));
      this.focusAfterUpdate.request('.success');
      this.emit('tk-submitted', { kind: this.kind });
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      this.notice = !navigator.onLine || status === 0 ? 'offline' : status === 429 ? 'too-many' : status === 400 ? 'refused' : 'failed';
      this.focusAfterUpdate.request('.notice');
    } finally {
      this.sending = false;
    }
  }

  private noticeText(notice: Notice): string {
    switch (notice) {
      case 'offline':
        return msg('Sie sind offline. Ihr Vorschlag ist noch nicht gesendet; Ihre Angaben bleiben erhalten. Senden Sie ihn erneut, sobald Sie wieder verbunden sind.', { id: 'sub.notice.offline' });
      case 'too-many':
        return msg('Von Ihrem Anschluss kamen gerade sehr viele Anfragen. Senden Sie den Vorschlag in einigen Minuten erneut.', { id: 'sub.notice.too-many' });
      case 'refused':
        return msg('Das Büro konnte den Vorschlag so nicht annehmen. Prüfen Sie Ihre Angaben und senden Sie ihn erneut.', { id: 'sub.notice.refused' });
      case 'failed':
        return msg('Der Vorschlag konnte nicht gesendet werden. Ihre Angaben bleiben erhalten. Versuchen Sie es in einem Moment erneut.', { id: 'sub.notice.failed' });
    }
  }

  private describedBy(field: SubmitField, hint: boolean): string | typeof nothing {
    const ids = [hint ? `sub-${field}-hint` : '', this.errors[field] ? `sub-${field}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private fieldFrame(field: SubmitField, control: TemplateResult, hint?: string): TemplateResult {
    const error = this.errors[field];
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label class="label" for="sub-${field}"
        >${fieldLabel(field, this.kind)}${isOptional(field) ? html` <span class="optional">${msg('(freiwillig)', { id: 'sub.optional' })}</span>` : nothing}</label
      >
      ${hint ? html`<p class="field-hint" id="sub-${field}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="field-error" id="sub-${field}-error"><span class="visually-hidden">${msg('Fehler:', { id: 'sub.error-prefix' })}</span> ${error}</p>` : nothing}
      ${control}
    </div>`;
  }

  private text(field: 'name' | 'website' | 'email' | 'submitterName' | 'submitterEmail' | 'street' | 'postalCode' | 'city' | 'start' | 'end', type: string, options: { autocomplete?: string; hint?: string; narrow?: boolean } = {}): TemplateResult {
    return this.fieldFrame(
      field,
      html`<input
        id="sub-${field}"
        name=${field}
        class="input ${options.narrow ? 'narrow' : ''}"
        type=${type}
        autocomplete=${options.autocomplete ?? nothing}
        aria-invalid=${this.errors[field] ? 'true' : nothing}
        aria-describedby=${this.describedBy(field, Boolean(options.hint))}
        .value=${live(this.values[field])}
        @input=${(e: Event) => this.change({ [field]: (e.target as HTMLInputElement).value })}
      />`,
      options.hint,
    );
  }

  private typeSelect(): TemplateResult {
    const terms = this.terms.value ?? [];
    return this.fieldFrame(
      'type',
      html`<select
        id="sub-type"
        name="type"
        class="input"
        aria-invalid=${this.errors.type ? 'true' : nothing}
        aria-describedby=${this.describedBy('type', false)}
        @change=${(e: Event) => this.change({ type: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${this.values.type === ''}>${msg('Auswählen', { id: 'sub.choose' })}</option>
        ${terms.map((term) => html`<option value=${term.code} ?selected=${this.values.type === term.code}>${term.label}</option>`)}
      </select>`,
    );
  }

  private errorSummary(): TemplateResult | typeof nothing {
    const fields = fieldsOf(this.kind).filter((field) => this.errors[field]);
    if (!fields.length) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="sub-error-summary-title">
      <p id="sub-error-summary-title"><strong>${msg('Prüfen Sie diese Angaben:', { id: 'sub.error-summary' })}</strong></p>
      <ul>
        ${fields.map(
          (field) => html`<li>
            <a
              href="#sub-${field}"
              @click=${(event: Event) => {
                event.preventDefault();
                this.$(`#sub-${field}`)?.focus();
              }}
              >${this.errors[field]}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private form(): TemplateResult {
    const event = this.kind === 'event';
    return html`<form class="submit-form" novalidate @submit=${(e: Event) => void this.submit(e)}>
      ${this.errorSummary()} ${this.notice ? html`<div class="notice" tabindex="-1" role="alert"><p>${this.noticeText(this.notice)}</p></div>` : nothing}
      ${this.text('name', 'text')}
      ${this.fieldFrame(
        'description',
        html`<textarea
          id="sub-description"
          name="description"
          class="input textarea"
          rows="4"
          aria-invalid=${this.errors.description ? 'true' : nothing}
          aria-describedby=${this.describedBy('description', true)}
          .value=${live(this.values.description)}
          @input=${(e: Event) => this.change({ description: (e.target as HTMLTextAreaElement).value })}
        ></textarea>`,
        event ? msg('Was erwartet die Besucherinnen und Besucher? In zwei, drei Sätzen.', { id: 'sub.hint.event-description' }) : msg('Was macht die Organisation? In zwei, drei Sätzen.', { id: 'sub.hint.org-description' }),
      )}
      ${this.terms.status === 'error' || this.terms.status === 'offline' ? errorState(this.terms.status === 'offline', () => void this.terms.retry()) : this.typeSelect()}
      ${event
        ? html`${this.text('start', 'datetime-local')} ${this.text('end', 'datetime-local')} ${this.text('street', 'text', { autocomplete: 'street-address' })}
          ${this.text('postalCode', 'text', { autocomplete: 'postal-code', narrow: true })} ${this.text('city', 'text', { autocomplete: 'address-level2' })}`
        : html`${this.text('website', 'url', { hint: msg('Zum Beispiel https://verein.de', { id: 'sub.hint.website' }) })} ${this.text('email', 'email')}`}
      ${this.text('submitterName', 'text', { autocomplete: 'name' })}
      ${this.text('submitterEmail', 'email', { autocomplete: 'email', hint: msg('Hierhin schreibt Ihnen das Büro, ob es den Vorschlag veröffentlicht.', { id: 'sub.hint.submitter-email' }) })}
      <div class="field ${this.errors.consent ? 'has-error' : ''}">
        ${this.errors.consent ? html`<p class="field-error" id="sub-consent-error"><span class="visually-hidden">${msg('Fehler:', { id: 'sub.error-prefix' })}</span> ${this.errors.consent}</p>` : nothing}
        <div class="checkbox">
          <input
            id="sub-consent"
            name="consent"
            type="checkbox"
            aria-invalid=${this.errors.consent ? 'true' : nothing}
            aria-describedby=${this.errors.consent ? 'sub-consent-error' : nothing}
            .checked=${live(this.values.consent)}
            @change=${(e: Event) => this.change({ consent: (e.target as HTMLInputElement).checked })}
          />
          <label for="sub-consent">${fieldLabel('consent', this.kind)}</label>
        </div>
      </div>
      <div class="trap" aria-hidden="true">
        <label for="sub-homepage">Homepage</label>
        <input id="sub-homepage" name="homepage" type="text" tabindex="-1" autocomplete="off" .value=${live(this.values.homepage)} @input=${(e: Event) => this.change({ homepage: (e.target as HTMLInputElement).value })} />
      </div>
      <p class="privacy">
        ${msg('Datenschutz: Ihr Name und Ihre E-Mail-Adresse gehen nur an das Büro der Kommune. Es löscht sie einige Zeit nach seiner Entscheidung. Zum Schutz vor Spam rechnet Ihr Browser kurz eine Aufgabe; dafür wird nichts gespeichert und kein anderer Dienst gefragt.', { id: 'sub.privacy' })}
        ${this.privacyUrl ? html`<a href=${this.privacyUrl}>${msg('Datenschutzerklärung', { id: 'sub.privacy-link' })}</a>` : nothing}
      </p>
      <button type="submit" class="button" part="button">${this.sending ? msg('Wird gesendet …', { id: 'sub.submitting' }) : msg('Vorschlag senden', { id: 'sub.submit' })}</button>
    </form>`;
  }

  private success(): TemplateResult {
    return html`<div class="success" tabindex="-1">
      <p><strong>${msg('Danke. Ihr Vorschlag ist beim Büro angekommen.', { id: 'sub.sent.title' })}</strong></p>
      <p>${msg('Das Büro prüft ihn und schreibt Ihnen per E-Mail, ob es ihn veröffentlicht.', { id: 'sub.sent.hint' })}</p>
      <button
        type="button"
        class="button secondary"
        part="button"
        @click=${() => {
          this.values = emptyValues();
          this.errors = {};
          this.sent = false;
          this.focusAfterUpdate.request('#sub-name');
        }}
      >
        ${msg('Noch einen Vorschlag machen', { id: 'sub.again' })}
      </button>
    </div>`;
  }

  protected override render(): TemplateResult {
    const title = this.kind === 'event' ? msg('Veranstaltung vorschlagen', { id: 'sub.title.event' }) : msg('Organisation vorschlagen', { id: 'sub.title.organization' });
    return this.frame(title, () => html`<p class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</p>${this.sent ? this.success() : this.form()}`);
  }
}
