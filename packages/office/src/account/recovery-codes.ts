/**
 * The recovery codes, shown once after the first factor or a renewal: the
 * codes as a list, a copy button, a warning, and "saved" to close them.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { copyButton, type CopyState } from '../shared/copy-text.js';

export function recoveryCodesPanel(codes: readonly string[], copied: CopyState, onCopy: () => void, onDone: () => void) {
  return html`<section class="recovery-codes card" aria-labelledby="recovery-title">
    <h2 id="recovery-title" tabindex="-1">${msg('Ihre Wiederherstellungscodes', { id: 'account.recovery.title' })}</h2>
    <p class="warning-text">${msg('Sie sehen diese Codes nur jetzt. Speichern Sie sie an einem sicheren Ort, zum Beispiel ausgedruckt im Büro. Mit jedem Code melden Sie sich einmal an, wenn Sie Ihre App oder Ihren Passkey nicht zur Hand haben.', { id: 'account.recovery.warning' })}</p>
    <ol class="codes">${codes.map((code) => html`<li><code>${code}</code></li>`)}</ol>
    ${copyButton(msg('Codes kopieren', { id: 'account.recovery.copy' }), copied, onCopy)}
    <p><button type="button" class="button recovery-done" @click=${onDone}>${msg('Fertig, ich habe die Codes gespeichert', { id: 'account.recovery.done' })}</button></p>
  </section>`;
}
