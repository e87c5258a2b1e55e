/**
 * The detail of a record in a modal `<dialog>` (APG dialog pattern): opened
 * over the list, closed with the button or Escape, focus back on what opened
 * it. The directory and the calendar use it; styles in `detail-dialog.styles.ts`.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { directionOf } from '../localization/index.js';

type DialogHost = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
type Finder = () => HTMLElement | null | undefined;

export interface DetailDialogContext {
  /** Whether a record is open (the body is rendered only then). */
  open: boolean;
  busy: boolean;
  /** Language of the record's content. */
  contentLocale: string;
  body: () => unknown;
  onClose: () => void;
}

export function detailDialog(context: DetailDialogContext): TemplateResult {
  return html`<dialog
    part="dialog"
    class="detail"
    aria-labelledby="detail-title"
    lang=${context.contentLocale}
    dir=${directionOf(context.contentLocale)}
    @cancel=${(event: Event) => {
      event.preventDefault();
      context.onClose();
    }}
  >
    <div class="dialog-bar">
      <button type="button" class="button secondary close" part="close button" @click=${() => context.onClose()}>
        <span aria-hidden="true">×</span> ${msg('Schließen', { id: 'detail.close' })}
      </button>
    </div>
    <div class="dialog-body" aria-busy=${context.busy ? 'true' : 'false'}>${context.open ? context.body() : nothing}</div>
  </dialog>`;
}

/** Opens and closes the widget's detail dialog and returns focus to its opener. */
export class DetailDialogController {
  private opener: Finder | undefined;

  constructor(private readonly host: DialogHost) {
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
  }

  /** Shows the dialog after the next render; `opener` finds the element to focus on close. */
  async show(opener: Finder | undefined): Promise<void> {
    this.opener = opener;
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the dialog and focuses the opener, else `fallback`. */
  close(fallback: Finder): void {
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
    const opener = this.opener;
    this.opener = undefined;
    void this.host.updateComplete.then(() => (opener?.() ?? fallback())?.focus());
  }
}
