/**
 * `<tk-office-review>`: the review queue of self-service. One card per
 * proposal (a new organisation or event, or an organisation's change through
 * its link) with what differs from the live record, field by field; the
 * office accepts it (as it is, or after correcting its texts), or declines
 * it with a reason the submitter reads in the mail. After a decision a
 * notification banner says what happened.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Proposal, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { diffRows, proposalTitle } from './proposal-diff.js';
import { editableFields, fieldId, pathOfServerError, withField } from './proposal-fields.js';
import { errorSummary, fieldError, focusErrorSummary, type FieldErrors } from '../shared/form-errors.js';
import { meaningOf } from '../shared/api-errors.js';
import { doneBanner } from '../shared/done-banner.js';
import { RemoteData, remoteState } from '../shared/remote-data.js';

@localized()
export class TkOfficeReview extends LitElement {
  static override styles = [tokens, baseStyles, officeStyles];

  /** The signed-in client. */
  @property({ attribute: false }) client: TeilhabeClient | undefined;

  private readonly proposals = new RemoteData<Proposal[]>(this, async () => (await this.client!.reviewQueue.list()).data);
  @state() private banner: string | undefined;
  @state() private declining: string | undefined;
  @state() private reason = '';
  @state() private reasonError = false;
  @state() private failed: string | undefined;
  /** The proposal being corrected, and its record as the office has changed it so far. */
  @state() private editing: string | undefined;
  @state() private draft: Record<string, unknown> = {};
  @state() private editErrors: FieldErrors = new Map();

  private async accept(proposal: Proposal): Promise<void> {
    this.failed = undefined;
    try {
      await this.client!.reviewQueue.accept(proposal.id);
      this.decided(proposal, msg(str`Angenommen und veröffentlicht: ${proposalTitle(proposal)}.`, { id: 'review.banner.accepted' }));
    } catch {
      this.failed = proposal.id;
    }
  }

  private async decline(proposal: Proposal): Promise<void> {
    this.failed = undefined;
    if (this.reason.trim().length < 3) {
      this.reasonError = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#review-reason')?.focus();
      return;
    }
    try {
      await this.client!.reviewQueue.decline(proposal.id, this.reason.trim());
      this.decided(proposal, msg(str`Abgelehnt: ${proposalTitle(proposal)}. Die Person bekommt eine E-Mail mit Ihrer Begründung.`, { id: 'review.banner.declined' }));
    } catch {
      this.failed = proposal.id;
    }
  }

  private startEditing(proposal: Proposal): void {
    this.editing = proposal.id;
    this.declining = undefined;
    this.draft = { ...(proposal.record as Record<string, unknown>) };
    this.editErrors = new Map();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-proposal-id="${proposal.id}"] .proposal-editor input, [data-proposal-id="${proposal.id}"] .proposal-editor textarea`)?.focus());
  }

  /** Accepts the corrected record; the server's field errors stay at their inputs, with what the office typed. */
  private async acceptEdited(proposal: Proposal): Promise<void> {
    this.failed = undefined;
    const labels = new Map(editableFields(proposal.record as Record<string, unknown>).map((field) => [field.path, field.label]));
    try {
      await this.client!.reviewQueue.accept(proposal.id, this.draft);
      this.decided(proposal, msg(str`Mit Ihren Änderungen angenommen und veröffentlicht: ${proposalTitle({ ...proposal, record: this.draft })}. Die Person bekommt eine E-Mail mit dem, was veröffentlicht ist.`, { id: 'review.banner.accepted-edited' }));
    } catch (error) {
      const { status, fieldErrors } = meaningOf(error);
      if (status !== 400 || fieldErrors.length === 0) {
        this.failed = proposal.id;
        return;
      }
      this.editErrors = new Map(
        fieldErrors.map((e) => {
          const path = pathOfServerError(e.path);
          const label = labels.get(path) ?? path;
          return [fieldId(path), msg(str`Prüfen Sie „${label}“: ${e.message}`, { id: 'review.edit.field-error' })];
        }),
      );
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
    }
  }

  private decided(proposal: Proposal, text: string): void {
    this.proposals.value = (this.proposals.value ?? []).filter((p) => p.id !== proposal.id);
    this.editing = undefined;
    this.editErrors = new Map();
    this.declining = undefined;
    this.reason = '';
    this.reasonError = false;
    this.banner = text;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.banner')?.focus());
  }

  private renderProposal(proposal: Proposal) {
    const rows = diffRows(proposal);
    const kind = proposal.kind === 'organization' ? msg('Organisation', { id: 'review.kind.organization' }) : msg('Veranstaltung', { id: 'review.kind.event' });
    const origin = proposal.targetId ? msg('Änderung über den Link an die Organisation', { id: 'review.origin.link' }) : msg('Neuer Vorschlag über das öffentliche Formular', { id: 'review.origin.public' });
    const declining = this.declining === proposal.id;
    return html`<li class="card proposal" data-proposal-id=${proposal.id}>
      <h2>${proposalTitle(proposal)}</h2>
      <p><span class="tag">${kind}</span> ${origin}</p>
      ${proposal.submitter ? html`<p>${msg('Von', { id: 'review.from' })}: ${proposal.submitter.name} (${proposal.submitter.email})</p>` : nothing}
      <table class="diff">
        <caption>${proposal.targetId ? msg('Was sich ändern soll', { id: 'review.diff.change' }) : msg('Was veröffentlicht werden soll', { id: 'review.diff.new' })}</caption>
        <thead><tr><th scope="col">${msg('Feld', { id: 'review.diff.field' })}</th><th scope="col">${msg('Bisher', { id: 'review.diff.before' })}</th><th scope="col">${msg('Vorschlag', { id: 'review.diff.after' })}</th></tr></thead>
        <tbody>
          ${rows.map((row) => html`<tr><th scope="row">${row.field}</th><td>${row.before}</td><td>${row.after}</td></tr>`)}
        </tbody>
      </table>
      ${this.editing === proposal.id ? this.renderEditor(proposal) : nothing}
      ${this.failed === proposal.id ? html`<p class="field-error" role="alert">${msg('Die Entscheidung konnte nicht gespeichert werden. Versuchen Sie es erneut.', { id: 'review.failed' })}</p>` : nothing}
      ${declining
        ? html`<div class="field ${this.reasonError ? 'has-error' : ''}">
              <label class="label" for="review-reason">${msg('Begründung für die Person, die den Vorschlag gemacht hat', { id: 'review.reason' })}</label>
              ${this.reasonError ? html`<p class="field-error" id="review-reason-error">${msg('Geben Sie eine Begründung an', { id: 'review.reason.missing' })}</p>` : nothing}
              <textarea id="review-reason" class="input" rows="3" aria-invalid=${this.reasonError ? 'true' : nothing} aria-describedby=${this.reasonError ? 'review-reason-error' : nothing}
                .value=${this.reason} @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}></textarea>
            </div>
            <div class="button-row">
              <button type="button" class="button warning" @click=${() => void this.decline(proposal)}>${msg('Ablehnen und E-Mail senden', { id: 'review.decline.confirm' })}</button>
              <button type="button" class="button secondary" @click=${() => (this.declining = undefined)}>${msg('Abbrechen', { id: 'review.cancel' })}</button>
            </div>`
        : this.editing === proposal.id
          ? nothing
          : html`<div class="button-row">
            <button type="button" class="button" @click=${() => void this.accept(proposal)}>${msg('Annehmen und veröffentlichen', { id: 'review.accept' })}</button>
            <button type="button" class="button secondary" @click=${() => this.startEditing(proposal)}>${msg('Vor dem Annehmen bearbeiten …', { id: 'review.edit' })}</button>
            <button type="button" class="button secondary" @click=${() => { this.declining = proposal.id; this.reason = ''; this.reasonError = false; }}>${msg('Ablehnen …', { id: 'review.decline' })}</button>
          </div>`}
    </li>`;
  }

  /** The proposal's texts as inputs, prefilled with what was proposed. */
  private renderEditor(proposal: Proposal) {
    const fields = editableFields(proposal.record as Record<string, unknown>);
    const current = (path: string) => {
      const [key, inner] = path.split('.') as [string, string | undefined];
      const value = inner === undefined ? this.draft[key] : (this.draft[key] as Record<string, unknown> | undefined)?.[inner];
      return typeof value === 'string' ? value : '';
    };
    return html`<form class="proposal-editor measure" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.acceptEdited(proposal); }}>
      <h3>${msg('Vor dem Annehmen bearbeiten', { id: 'review.edit.title' })}</h3>
      ${errorSummary(this.editErrors)}
      <p class="hint">${msg('Was Sie hier ändern, wird veröffentlicht; die Person erfährt es in der E-Mail. Listen und Codes ändern Sie danach im Eintrag.', { id: 'review.edit.hint' })}</p>
      ${fields.map((field) => {
        const id = fieldId(field.path);
        const invalid = this.editErrors.has(id);
        const input = (e: Event) => (this.draft = withField(this.draft, field.path, (e.target as HTMLInputElement | HTMLTextAreaElement).value));
        return html`<div class="field ${invalid ? 'has-error' : ''}">
          <label class="label" for=${id}>${field.label}</label>
          ${fieldError(this.editErrors, id)}
          ${field.multiline
            ? html`<textarea id=${id} class="input" rows="4" aria-invalid=${invalid ? 'true' : nothing} aria-describedby=${invalid ? `${id}-error` : nothing} .value=${current(field.path)} @input=${input}></textarea>`
            : html`<input id=${id} class="input" aria-invalid=${invalid ? 'true' : nothing} aria-describedby=${invalid ? `${id}-error` : nothing} .value=${current(field.path)} @input=${input} />`}
        </div>`;
      })}
      <div class="button-row">
        <button type="submit" class="button">${msg('Geändert annehmen und veröffentlichen', { id: 'review.edit.accept' })}</button>
        <button type="button" class="button secondary" @click=${() => { this.editing = undefined; this.editErrors = new Map(); }}>${msg('Abbrechen', { id: 'review.cancel' })}</button>
      </div>
    </form>`;
  }

  override render() {
    return html`<h1>${msg('Vorschläge prüfen', { id: 'review.title' })}</h1>
      ${doneBanner(this.banner)}
      ${remoteState(this.proposals, { loading: msg('Die Vorschläge werden geladen …', { id: 'review.loading' }), failed: msg('Die Vorschläge konnten nicht geladen werden.', { id: 'review.error' }) }, (proposals) =>
        proposals.length === 0
          ? html`<p>${msg('Es wartet kein Vorschlag.', { id: 'review.empty' })}</p>`
          : html`<ul class="proposals">${proposals.map((p) => this.renderProposal(p))}</ul>`,
      )}`;
  }
}
