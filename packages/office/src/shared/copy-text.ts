/**
 * A secret or a code the office shows once (a token, recovery codes, an
 * authenticator secret): the text itself, selectable, and a button that
 * copies it. Whether copying worked is announced, because the person cannot
 * see the clipboard; when the browser refuses, they are told to copy by hand.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

export type CopyState = 'idle' | 'copied' | 'failed';

export async function copyText(text: string): Promise<CopyState> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** The button and its live message; `label` names what is copied ("Schlüssel kopieren"). */
export function copyButton(label: string, state: CopyState, onCopy: () => void, className = '') {
  return html`<div class="copy-row">
    <button type="button" class="button secondary copy ${className}" @click=${onCopy}>${label}</button>
    <p class="copy-status" role="status">
      ${state === 'copied'
        ? msg('Kopiert.', { id: 'copy.done' })
        : state === 'failed'
          ? msg('Kopieren hat nicht geklappt. Markieren Sie den Text und kopieren Sie ihn selbst.', { id: 'copy.failed' })
          : nothing}
    </p>
  </div>`;
}
